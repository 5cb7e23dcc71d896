"""Writes an SVG bar chart of each implementation's cost relative to C per workload
(1.0 = C; longer bars are slower), with no dependency beyond the standard library."""

from xml.sax.saxutils import escape

COLORS = {"c": "#555555", "pysocket-native": "#1f77b4", "pysocket-native-bb": "#6baed6",
          "pysocket-jdk": "#ff7f0e", "nio": "#2ca02c", "java.net": "#98df8a", "cpython": "#d62728",
          "vt-pysocket-native": "#9467bd", "vt-java.net": "#c5b0d5"}
# Through JNA (the '@jna' rows): a paler shade of the impl's colour, so the pairs read together.
JNA_COLORS = {"pysocket-native": "#9ecae1", "pysocket-native-bb": "#c6dbef", "vt-pysocket-native": "#dadaeb"}


def color(impl):
    """color: an impl's bar colour; '<impl>@jni' is the impl's own, '<impl>@jna' a paler one."""
    name, _, tag = impl.partition("@")
    if tag == "jna" and name in JNA_COLORS:
        return JNA_COLORS[name]
    return COLORS.get(name if tag in ("", "jni") else impl, "#999")


def svg(table, workloads, title):
    bar, gap, left, width = 14, 10, 230, 460
    # Workloads without a C row (the many ones) are drawn against NIO instead: cost ratio xNIO.
    base = {w: ("xc" if any(r["xc"] is not None for r in table.get(w, [])) else "xnio") for w in workloads}
    rows = [(w, dict(r, xc=r[base[w]])) for w in workloads for r in table.get(w, []) if r[base[w]] is not None]
    top = max([r["xc"] for _, r in rows] + [1.5])
    scale = width / top
    height = 60 + len(rows) * bar + len(workloads) * (gap + bar) + 30
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" '
           'font-size="11">' % (left + width + 80, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="20" font-size="14" font-weight="bold">%s</text>' % escape(title),
           '<text x="10" y="38" fill="#444">cost relative to C in the same round (median of rounds; '
           '1.0 = C, lower is better; "÷NIO" rows: time per request relative to NIO\'s)</text>']
    y = 55
    for w in workloads:
        ws = [r for ww, r in rows if ww == w]
        if not ws:
            continue
        label = w if base[w] == "xc" else w + " (÷NIO)"
        out.append('<text x="10" y="%d" font-weight="bold">%s</text>' % (y + bar - 3, escape(label)))
        if base[w] != "xc":
            y += bar  # a longer label: on its own line
        for r in ws:
            x1 = left + r["xc"] * scale
            out.append('<text x="70" y="%d">%s</text>' % (y + bar - 3, escape(r["impl"])))
            out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>' % (
                left, y, r["xc"] * scale, bar - 2, color(r["impl"])))
            out.append('<text x="%.1f" y="%d">%.2f</text>' % (x1 + 4, y + bar - 3, r["xc"]))
            y += bar
        y += gap
    one = left + scale
    out.append('<line x1="%.1f" y1="48" x2="%.1f" y2="%d" stroke="black" stroke-dasharray="4,3"/>' % (one, one, y))
    out.append('<text x="%.1f" y="%d">1.0 = C</text>' % (one - 20, y + 14))
    out.append("</svg>")
    return "\n".join(out) + "\n"
