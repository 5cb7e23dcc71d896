#!/usr/bin/env python3
"""run.py: pysocket's benchmarks beside C, java.net, NIO and CPython, in one run.

Each round runs the C program, JMH (pysocket native through JNI and jdk, java.net, NIO), JMH
again for pysocket native through JNA, and the CPython script once, in an order rotated per
round, over the workloads of WORKLOADS.md; pysocket native's rows are named
'<impl>@jni' and '<impl>@jna' (-Dpysocket.binding of their JVM).
It prints one table per workload (median and best ns/op, and the cost ratio to C and to
NIO taken per round), the issue's targets, and writes results.json, results.md and
ratios.svg to the output directory.

  python3 benchmarks/run.py            full run (3 rounds; ~33 min on 2 cores, ~13 of them the many workloads)
  python3 benchmarks/run.py --quick    2 rounds at a tenth of the ops
  python3 benchmarks/run.py --smoke    a few iterations of everything (the test suite's check)
  python3 benchmarks/run.py --alloc    JMH -prof gc: bytes allocated per op on the hot paths (jni)
  python3 benchmarks/run.py --baseline OLD.jar   also measure another build, before/after in one run

Needs `mvn -B -o -q package -DskipTests` first (for benchmarks/target/benchmarks.jar).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from runner import chart, machine, many, netns, programs, report  # noqa: E402
from runner.workloads import MANY, MODES, NATIVE_IMPLS, SMOKE_JNA, WORKLOADS  # noqa: E402


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_const", dest="mode", const="quick")
    mode.add_argument("--smoke", action="store_const", dest="mode", const="smoke")
    mode.add_argument("--alloc", action="store_true", help="measure allocation per op (JMH -prof gc) only")
    p.add_argument("--rounds", type=int, help="rounds (default per mode)")
    p.add_argument("--workloads", default=",".join(WORKLOADS), help="comma-separated subset")
    p.add_argument("--out", help="output directory (default benchmarks/target/results-<mode>)")
    p.add_argument("--java-cp", help="run JMH from this class path instead of target/benchmarks.jar")
    p.add_argument("--baseline", metavar="JAR",
                   help="also run this benchmarks.jar (another build, e.g. the last release's) in every round; "
                        "its pysocket rows are named '<impl>@baseline', so a change is measured before/after in one run")
    p.add_argument("--cc", default="cubic",
                   help="TCP congestion control of the private network namespace every program runs in "
                        "(default cubic; 'system' runs in the machine's namespace with its default)")
    p.set_defaults(mode="full")
    return p.parse_args(argv)


def run_rounds(mode, rounds, workloads, java_cp, ns, baseline=None):
    wrap = ns.wrap
    def few(ws):
        return [w for w in ws if w not in MANY]

    def many_of(ws):
        return sorted((w for w in ws if w in MANY), key=many.size_of)

    def jna_few(ws):
        # A smoke run measures jna on a subset (SMOKE_JNA): enough to test the path.
        return [w for w in few(ws) if mode != "smoke" or w in SMOKE_JNA]

    families = [("c", lambda ws: programs.run_c(few(ws), mode, wrap)),
                ("jmh", lambda ws: programs.run_jmh(few(ws), mode, wrap, java_cp, binding="jni")),
                ("jmh jna", lambda ws: programs.run_jmh_native(jna_few(ws), mode, wrap, java_cp, "jna")),
                ("cpython", lambda ws: programs.run_cpython(few(ws), mode, wrap))]
    if baseline:
        families.append(("baseline", lambda ws: programs.run_jmh(few(ws), mode, wrap, baseline_jar=baseline)))
    if not few(workloads):
        families = []
    if many_of(workloads):
        # One family per impl, so the rotation moves the server impls around too.
        many_wrap = netns.plain_wrap(ns)

        def sizes(impl, ws):
            if mode == "smoke" and impl.endswith("@jna"):
                return [w for w in many_of(ws) if w in SMOKE_JNA]
            return many_of(ws)
        families += [("many " + impl, lambda ws, impl=impl: many.run(impl, sizes(impl, ws), mode, many_wrap, java_cp))
                     for impl in many.IMPLS]
    results = []
    for i in range(rounds):
        measured = {}
        order = families[i % len(families):] + families[:i % len(families)]
        ws = workloads[i % len(workloads):] + workloads[:i % len(workloads)]
        for name, run in order:
            t0 = time.time()
            measured.update(run(ws))
            print("round %d/%d: %s done in %.0f s" % (i + 1, rounds, name, time.time() - t0), flush=True)
        results.append(measured)
    return results


def run_alloc(workloads, java_cp):
    """run_alloc: bytes allocated per op (gc.alloc.rate.norm) of every JMH benchmark."""
    regex = programs.method_regex(workloads)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "alloc.json")
        cmd = programs.jmh_command(java_cp, binding="jni") + [regex, "-f", "1", "-wi", "1", "-w", "1s", "-i", "2",
                                                              "-r", "1s", "-prof", "gc", "-rf", "json", "-rff", out]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, timeout=3600)
        with open(out) as f:
            rows = json.load(f)
    print("| benchmark | impl | B/op |")
    print("|---|---|---|")
    for r in rows:
        norm = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        impl = r.get("params", {}).get("impl", "?")
        print("| %s | %s | %s |" % (r["benchmark"].rsplit(".", 1)[1], impl + "@jni" if impl in NATIVE_IMPLS else impl,
                                    "%.2f" % norm if norm is not None else "?"))


def shout(message):
    """shout: message on stderr, framed so that it is seen among the runs' output."""
    bar = "!" * 78
    print("%s\nWARNING: %s\n%s" % (bar, message, bar), file=sys.stderr)


def main(argv):
    args = parse_args(argv)
    workloads = [w for w in args.workloads.split(",") if w]
    unknown = set(workloads) - set(WORKLOADS)
    if unknown:
        sys.exit("unknown workloads: %s (known: %s)" % (", ".join(sorted(unknown)), ", ".join(WORKLOADS)))
    if args.alloc:
        run_alloc(workloads, args.java_cp)
        return 0
    programs.build_c()
    ns = netns.Namespace(args.cc)
    warning = ns.warning()
    if warning:
        shout(warning)
    rounds = args.rounds or MODES[args.mode]["rounds"]
    started = time.time()
    results = run_rounds(args.mode, rounds, workloads, args.java_cp, ns, args.baseline)
    table = report.summarize(results)
    text = report.markdown(table, workloads, results)
    if warning:
        text = "> **Note: %s**\n\n%s" % (warning, text)
    print()
    print(text)
    out = args.out or os.path.join(programs.HERE, "target", "results-" + args.mode)
    os.makedirs(out, exist_ok=True)
    about = machine.describe()
    about["tcp"] = ns.describe()
    header = "Measured %s, mode %s, %d round(s), %.0f s. Machine: %s, %s CPUs, Linux %s; %s; Python %s; %s; %s.\n\n" % (
        time.strftime("%Y-%m-%d"), args.mode, rounds, time.time() - started, about["cpu"], about["cpus"],
        about["kernel"], about["java"], about["python"], about["gcc"], about["tcp"])
    with open(os.path.join(out, "results.md"), "w") as f:
        f.write(header + text)
    with open(os.path.join(out, "results.json"), "w") as f:
        json.dump({"machine": about, "mode": args.mode,
                   "rounds": [{"%s/%s" % k: v for k, v in r.items()} for r in results]}, f, indent=1)
    with open(os.path.join(out, "ratios.svg"), "w") as f:
        f.write(chart.svg(table, workloads, "pysocket benchmarks (%s)" % args.mode))
    print("wrote %s/{results.md,results.json,ratios.svg}" % out)
    if warning:
        shout(warning)  # again, as the start scrolled away during the run
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
