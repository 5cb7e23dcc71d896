"""The benchmark runner's pieces: programs (run one implementation), report (ratios,
tables, targets), chart (SVG), machine (what the numbers were measured on)."""
