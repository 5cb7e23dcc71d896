"""Workloads, implementations and the sizes each run mode uses (see ../WORKLOADS.md)."""

WORKLOADS = ["pp1", "pp64", "pp1to", "bulk", "udp", "conn", "gso", "upp1", "sendfile", "readline",
             "many100", "many1000", "many10000"]

# The "many" workloads: a server process per impl driven by the C load generator
# (runner/many.py), not JMH, psk_bench_c or bench.py.
MANY = {"many100", "many1000", "many10000"}

# Workloads the C program has no twin of (readline measures a file layer C's sockets lack).
NOT_IN_C = {"readline"} | MANY

# What one op of each workload is, for the tables' derived column.
UNITS = {
    "pp1": "round trip", "pp64": "round trip", "pp1to": "round trip", "upp1": "round trip",
    "bulk": "64 KiB chunk", "udp": "datagram", "conn": "cycle", "gso": "call",
    "sendfile": "256 MiB file", "readline": "64-byte line",
    "many100": "request", "many1000": "request", "many10000": "request",
}

# Baseline programs: ops per batch for a full run (smoke and quick scale these down).
OPS = {"pp1": 20000, "pp64": 20000, "pp1to": 20000, "upp1": 20000,
       "bulk": 8192, "udp": 200000, "conn": 5000, "gso": 500000, "sendfile": 16, "readline": 500000}

# Run modes: rounds, batches per baseline run, the fraction of OPS, and JMH's settings.
MODES = {
    "smoke": {"rounds": 1, "batches": 1, "scale": 0.005,
              "jmh": ["-f", "0", "-wi", "0", "-i", "1", "-r", "100ms"]},
    "quick": {"rounds": 2, "batches": 3, "scale": 0.1,
              "jmh": ["-f", "1", "-wi", "1", "-w", "500ms", "-i", "2", "-r", "500ms"]},
    "full": {"rounds": 3, "batches": 5, "scale": 1.0,
             "jmh": ["-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"]},
}

# Targets for pysocket native, as ratios to C (issue #4); None = no C ratio target.
TARGETS = {
    "pp1": ("pysocket-native", 1.10), "pp64": ("pysocket-native", 1.10),
    "pp1to": ("pysocket-native", 1.10), "bulk": ("pysocket-native-bb", 1 / 0.95),
    "conn": ("pysocket-native", 1.10), "gso": ("pysocket-native", 1.45),
    "udp": ("pysocket-native", 1.15), "upp1": ("pysocket-native", 1.15),
    "sendfile": ("pysocket-native", 1 / 0.95),
}
# The byte[] bulk path has its own, looser target (one copy per chunk).
EXTRA_TARGETS = {"bulk": ("pysocket-native", 1 / 0.90)}


def ops_for(workload, mode):
    """ops_for: ops per batch of a baseline program in this mode (at least 10)."""
    return max(10, int(OPS[workload] * MODES[mode]["scale"]))
