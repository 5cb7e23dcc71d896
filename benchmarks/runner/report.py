"""Turns rounds of measurements into per-workload tables: each implementation's median and
best ns/op, and its cost ratio to C and to NIO taken per round (the median of the
per-round ratios, which cancels drift between rounds), plus the issue's targets for pysocket native."""

import statistics

from .workloads import EXTRA_TARGETS, TARGETS, UNITS

IMPL_ORDER = ["c", "pysocket-native", "pysocket-native-bb", "pysocket-jdk", "nio", "java.net", "cpython"]


def _order(impl):
    """_order: IMPL_ORDER, a '<impl>@baseline' row right after its impl, anything else last."""
    name, _, tag = impl.partition("@")
    rank = IMPL_ORDER.index(name) if name in IMPL_ORDER else len(IMPL_ORDER)
    return (rank, tag)


def ratios(rounds, workload, impl, base):
    """ratios: value/base for each round that measured both."""
    out = []
    for r in rounds:
        if (workload, impl) in r and (workload, base) in r:
            out.append(r[(workload, impl)] / r[(workload, base)])
    return out


def summarize(rounds):
    """summarize: {workload: [row]} with row = dict(impl, median, best, xc, xnio, n)."""
    table = {}
    keys = sorted({k for r in rounds for k in r}, key=lambda k: (k[0], _order(k[1])))
    for workload, impl in keys:
        values = [r[(workload, impl)] for r in rounds if (workload, impl) in r]
        xc = ratios(rounds, workload, impl, "c")
        xn = ratios(rounds, workload, impl, "nio")
        table.setdefault(workload, []).append({
            "impl": impl, "median": statistics.median(values), "best": min(values), "n": len(values),
            "xc": statistics.median(xc) if xc else None, "xnio": statistics.median(xn) if xn else None,
        })
    return table


def derived(workload, ns):
    """derived: the workload's natural unit next to ns/op (GB/s, datagrams/s, ops/s)."""
    if workload == "bulk":
        return "%.2f GB/s" % (65536 / ns)
    if workload == "udp":
        return "%.0f k dgram/s" % (1e6 / ns)
    if workload == "conn":
        return "%.1f k cycles/s" % (1e6 / ns)
    return "%.2f us" % (ns / 1000) if ns >= 1000 else "%.0f ns" % ns


def _fmt(x):
    return "%.2f" % x if x is not None else "–"


def targets(table):
    """targets: (workload, impl, measured xC, limit, met) for each target that has data."""
    out = []
    for source in (TARGETS, EXTRA_TARGETS):
        for workload, (impl, limit) in source.items():
            row = next((r for r in table.get(workload, []) if r["impl"] == impl), None)
            if row and row["xc"] is not None:
                out.append((workload, impl, row["xc"], limit, row["xc"] <= limit))
    return out


def markdown(table, workloads):
    """markdown: one table per workload, then the targets."""
    lines = []
    for w in workloads:
        rows = table.get(w)
        if not rows:
            continue
        lines.append("### %s (ns per %s)" % (w, UNITS[w]))
        lines.append("")
        lines.append("| impl | median ns/op | best ns/op | median | xC | xNIO |")
        lines.append("|---|---|---|---|---|---|")
        for r in rows:
            lines.append("| %s | %.0f | %.0f | %s | %s | %s |" % (
                r["impl"], r["median"], r["best"], derived(w, r["median"]), _fmt(r["xc"]), _fmt(r["xnio"])))
        lines.append("")
    t = targets(table)
    if t:
        lines.append("### Targets (pysocket native, ratio to C in the same run)")
        lines.append("")
        lines.append("| workload | impl | xC measured | target | met |")
        lines.append("|---|---|---|---|---|")
        for w, impl, xc, limit, ok in t:
            lines.append("| %s | %s | %.2f | ≤ %.2f | %s |" % (w, impl, xc, limit, "yes" if ok else "**no**"))
        lines.append("")
    return "\n".join(lines)
