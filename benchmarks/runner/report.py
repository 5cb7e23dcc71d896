"""Turns rounds of measurements into per-workload tables: each implementation's median and
best ns/op, and its cost ratio to C and to NIO taken per round (the median of the
per-round ratios, which cancels drift between rounds), the issue's targets for pysocket native
through JNI, and what a call costs through each binding (workload calls)."""

import statistics

from .workloads import BINDINGS, CALL_KINDS, CALLS, FASTER_THAN, JNI, MANY, TARGETS, UNITS

IMPL_ORDER = ["c", "pysocket-native", "pysocket-native-bb", "pysocket-jdk", "nio", "java.net",
              "vt-pysocket-native", "vt-java.net", "cpython"]

# The "many" goals of issue 12, for pysocket native's selector server.
MANY_MIN_XNIO = 1.0  # requests/s at least NIO's
MANY_MAX_HEAP = 2048  # bytes of heap per idle connection


# Row tags after an impl's name: its bindings first (jni, jna), then a --baseline build's.
TAG_ORDER = ["jni", "jna", "baseline"]


def _order(impl):
    """_order: IMPL_ORDER, an impl's '@jni', '@jna', '@baseline' rows together in that order,
    anything else last."""
    name, _, tag = impl.partition("@")
    rank = IMPL_ORDER.index(name) if name in IMPL_ORDER else len(IMPL_ORDER)
    return (rank, TAG_ORDER.index(tag) if tag in TAG_ORDER else -1 if not tag else len(TAG_ORDER), tag)


def ratios(rounds, workload, impl, base):
    """ratios: value/base for each round that measured both."""
    out = []
    for r in rounds:
        # no ratio with a zero (a memory row of a smoke run can be 0 bytes per connection)
        if r.get((workload, impl)) and r.get((workload, base)):
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
            # per round, and NIO's rate over this one's per round (the many tables' columns)
            "values": values, "tnio": statistics.median([1 / x for x in xn]) if xn else None,
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
    if workload in MANY:
        return "%.1f k req/s" % (1e6 / ns)
    return "%.2f us" % (ns / 1000) if ns >= 1000 else "%.0f ns" % ns


def _fmt(x):
    return "%.2f" % x if x is not None else "–"


def _ratio(rounds, workload, impl, base):
    """_ratio: the median of the per-round cost ratios impl/base, or None."""
    found = ratios(rounds, workload, impl, base)
    return statistics.median(found) if found else None


def _base_name(base):
    return {"c": "C", "nio": "NIO", "cpython": "CPython"}.get(base, base)


def targets(rounds, workloads):
    """targets: (workload, impl, "x<base>", measured ratio, "≤ limit" or "< 1", met) for each
    target of TARGETS and each FASTER_THAN comparison that has data, in workload order."""
    out = []
    for w in workloads:
        checks = [(impl, base, limit, False) for tw, impl, base, limit in TARGETS if tw == w]
        checks += [(JNI, base, 1.0, True) for base in FASTER_THAN]
        for impl, base, limit, strict in checks:
            x = _ratio(rounds, w, impl, base)
            if x is None:
                continue
            met = x < limit if strict else x <= limit
            out.append((w, impl, "x" + _base_name(base), x, ("< %.2f" if strict else "≤ %.2f") % limit, met))
    return out


def calls_rows(table):
    """calls_rows: (kind, what, jni ns, jna ns) per kind of call of the calls workload, the medians of
    rounds of pysocket-native's rows (None where a binding was not measured)."""
    out = []
    for kind, what in CALL_KINDS:
        rows = {r["impl"]: r["median"] for r in table.get(CALLS + ":" + kind, [])}
        found = [rows.get("pysocket-native@" + b) for b in BINDINGS]
        if any(v is not None for v in found):
            out.append((kind, what, *found))
    return out


def _ns(x):
    return "%.1f" % x if x is not None else "–"


def calls_markdown(table):
    """calls_markdown: the "what each binding costs per call" table, with C's figure where C has
    the call: psk_bench_c's calls_b64/calls_b64k, and for getsockopt the gso workload's c row
    (the same call on the same kind of socket)."""
    rows = calls_rows(table)
    if not rows:
        return []
    def c(workload):
        return next((r["median"] for r in table.get(workload, []) if r["impl"] == "c"), None)

    lines = ["### calls (what each binding costs per call: pysocket native, ns per call, median of rounds)", "",
             "| call | jni ns | jna ns | jna − jni ns | jna ÷ jni | C ns |", "|---|---|---|---|---|---|"]
    for kind, what, jni, jna in rows:
        both = jni is not None and jna is not None
        lines.append("| %s | %s | %s | %s | %s | %s |" % (
            what, _ns(jni), _ns(jna), _ns(jna - jni) if both else "–", "%.2f" % (jna / jni) if both else "–",
            _ns(c("gso")) + " (gso)" if kind == "gso" and c("gso") is not None else _ns(c(CALLS + ":" + kind))))
    lines.append("")
    return lines


def _memory(table, workload, kind, impl):
    """_memory: the median over rounds of bytes per connection, or None (cpython has no heap)."""
    row = next((r for r in table.get(workload + ":" + kind, []) if r["impl"] == impl), None)
    return row["median"] if row else None


def _bytes(x):
    return "%.0f" % x if x is not None else "–"


def many_markdown(table, w):
    """many_markdown: requests/s (median and per round), its ratio to NIO's per round, and the
    memory per idle connection (median over rounds)."""
    lines = ["### %s (%s connections, 64-byte request/response)" % (w, w[len("many"):]), "",
             "| impl | median req/s | req/s per round | ÷ NIO req/s | server CPU µs/req per round | heap B/conn | RSS B/conn |",
             "|---|---|---|---|---|---|---|"]
    for r in table.get(w, []):
        cpu = next((c for c in table.get(w + ":cpu", []) if c["impl"] == r["impl"]), None)
        lines.append("| %s | %.0f | %s | %s | %s | %s | %s |" % (
            r["impl"], 1e9 / r["median"], ", ".join("%.0f" % (1e9 / v) for v in r["values"]),
            _fmt(r["tnio"]), ", ".join("%.1f" % v for v in cpu["values"]) if cpu else "–",
            _bytes(_memory(table, w, "heap", r["impl"])), _bytes(_memory(table, w, "rss", r["impl"]))))
    load = [v for c in table.get(w + ":clientcpu", []) for v in c["values"]]
    if load:
        lines.append("")
        lines.append("Load generator (psk_many_c) CPU per request: %.1f-%.1f µs (median %.1f) over every row and round."
                     % (min(load), max(load), statistics.median(load)))
    lines.append("")
    return lines


def many_targets(table, workloads):
    """many_targets: (workload, what, measured, goal, met) for pysocket native's selector server."""
    out = []
    for w in workloads:
        if w not in MANY:
            continue
        row = next((r for r in table.get(w, []) if r["impl"] == JNI), None)
        if row and row["tnio"] is not None:
            out.append((w, "req/s ÷ NIO's", "%.3f" % row["tnio"], "≥ %.2f" % MANY_MIN_XNIO,
                        row["tnio"] >= MANY_MIN_XNIO))
        heap = _memory(table, w, "heap", JNI)
        if heap is not None:
            out.append((w, "heap B per idle connection", "%.0f" % heap, "≤ %d" % MANY_MAX_HEAP,
                        heap <= MANY_MAX_HEAP))
    return out


def markdown(table, workloads, rounds):
    """markdown: one table per workload, the calls table, then the targets."""
    lines = []
    for w in workloads:
        if w == CALLS:
            lines.extend(calls_markdown(table))
            continue
        rows = table.get(w)
        if not rows:
            continue
        if w in MANY:
            lines.extend(many_markdown(table, w))
            continue
        lines.append("### %s (ns per %s)" % (w, UNITS[w]))
        lines.append("")
        lines.append("| impl | median ns/op | best ns/op | median | xC | xNIO |")
        lines.append("|---|---|---|---|---|---|")
        for r in rows:
            lines.append("| %s | %.0f | %.0f | %s | %s | %s |" % (
                r["impl"], r["median"], r["best"], derived(w, r["median"]), _fmt(r["xc"]), _fmt(r["xnio"])))
        lines.append("")
    t = targets(rounds, workloads)
    if t:
        lines.append("### Targets (issue 13: pysocket native through JNI; cost ratios, median of the per-round ratios)")
        lines.append("")
        lines.append("| workload | impl | ratio | measured | target | met |")
        lines.append("|---|---|---|---|---|---|")
        for w, impl, what, x, goal, ok in t:
            lines.append("| %s | %s | %s | %.2f | %s | %s |" % (w, impl, what, x, goal, "yes" if ok else "**no**"))
        lines.append("")
    m = many_targets(table, workloads)
    if m:
        lines.append("### Targets of the many workloads (%s, DefaultSelector server)" % JNI)
        lines.append("")
        lines.append("| workload | what | measured | goal | met |")
        lines.append("|---|---|---|---|---|")
        for w, what, value, goal, ok in m:
            lines.append("| %s | %s | %s | %s | %s |" % (w, what, value, goal, "yes" if ok else "**no**"))
        lines.append("")
    return "\n".join(lines)
