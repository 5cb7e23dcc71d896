"""Runs one implementation family: the C program, the CPython script, or JMH; each returns
{(workload, impl): ns_per_op} for one round."""

import json
import os
import subprocess
import sys
import tempfile

from .workloads import BB_WORKLOADS, C_CALLS, CALLS, MODES, NATIVE_IMPLS, NOT_IN_C, NOT_IN_CPYTHON, ops_for

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # benchmarks/
REPO = os.path.dirname(HERE)
C_BUILD = os.path.join(HERE, "target", "c")
C_PROGRAM = os.path.join(C_BUILD, "psk_bench_c")
PY_PROGRAM = os.path.join(HERE, "python", "bench.py")
JMH_JAR = os.path.join(HERE, "target", "benchmarks.jar")

# A stuck program is killed after this long (the programs bound their own calls too).
PROGRAM_TIMEOUT = 300


def build_c():
    """build_c builds psk_bench_c and psk_many_c with CMake (Release, PSK_BENCH=ON) if it is missing."""
    subprocess.run(["cmake", "-S", REPO, "-B", C_BUILD, "-DCMAKE_BUILD_TYPE=Release", "-DPSK_BENCH=ON"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", C_BUILD, "--target", "psk_bench_c", "psk_many_c"], check=True,
                   stdout=subprocess.DEVNULL)


def _baseline(cmd_prefix, workloads, mode, impl, wrap):
    out = {}
    for w in workloads:
        cmd = wrap(cmd_prefix + [w, str(ops_for(w, mode)), str(MODES[mode]["batches"])])
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=PROGRAM_TIMEOUT)
        if p.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr.strip()))
        row = json.loads(p.stdout.strip().splitlines()[-1])
        out[(w, impl)] = float(row["ns_per_op"])
    return out


def run_c(workloads, mode, wrap):
    out = _baseline([C_PROGRAM], [w for w in workloads if w not in NOT_IN_C], mode, "c", wrap)
    if CALLS in workloads:
        # calls_b64 -> calls:b64, the rows of the calls table
        found = _baseline([C_PROGRAM], [CALLS + "_" + k for k in C_CALLS], mode, "c", wrap)
        out.update({(w.replace(CALLS + "_", CALLS + ":", 1), impl): v for (w, impl), v in found.items()})
    return out


def run_cpython(workloads, mode, wrap):
    return _baseline([sys.executable, PY_PROGRAM], [w for w in workloads if w not in NOT_IN_CPYTHON], mode,
                     "cpython", wrap)


def jmh_command(java_cp, jar=None, binding=None):
    """jmh_command: how to start JMH: the shaded jar (or another build's), or a class path (the
    smoke test's). binding: pysocket.binding of this JVM, which runs the benchmarks itself under
    -f 0 (smoke); its forks get it too, as JMH starts a fork with the host JVM's own arguments
    (and the benchmarks' @Fork jvmArgsAppend after them): Impls.useBackend checks it."""
    prop = ["-Dpysocket.binding=" + binding] if binding else []
    if java_cp:
        return ["java"] + prop + ["-cp", java_cp, "org.openjdk.jmh.Main"]
    jar = jar or JMH_JAR
    if not os.path.exists(jar):
        raise RuntimeError("%s is missing: run `mvn -B -o -q package -DskipTests` first" % jar)
    return ["java"] + prop + ["-jar", jar]


# The pysocket impls a --baseline build is measured for (every workload has both).
BASELINE_IMPLS = ["pysocket-native", "pysocket-jdk"]


def method_regex(workloads):
    """method_regex: JMH's include pattern for the benchmark methods of workloads (the calls
    workload is several methods, calls_<kind>)."""
    names = [CALLS + "_[a-z0-9]+" if w == CALLS else w for w in workloads]
    return r"dev\.pysocket\.bench\..*\.(%s)$" % "|".join(names)


def _jmh_once(cmd_prefix, workloads, mode, wrap, params):
    """_jmh_once: one JMH run of workloads' benchmarks: {(workload, impl param): ns/op}."""
    with tempfile.TemporaryDirectory(prefix="pysocket-jmh-") as tmp:
        result = os.path.join(tmp, "jmh.json")
        cmd = wrap(cmd_prefix + [method_regex(workloads)] + MODES[mode]["jmh"] + params
                   + ["-rf", "json", "-rff", result])
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=PROGRAM_TIMEOUT * 4)
        if p.returncode != 0 or not os.path.exists(result):
            tail = "\n".join((p.stdout + p.stderr).splitlines()[-30:])
            raise RuntimeError("JMH failed (%d):\n%s" % (p.returncode, tail))
        with open(result) as f:
            rows = json.load(f)
    out = {}
    for row in rows:
        # calls_nop -> calls:nop, the calls table's rows
        workload = row["benchmark"].rsplit(".", 1)[1].replace(CALLS + "_", CALLS + ":", 1)
        out[(workload, row.get("params", {}).get("impl", "?"))] = float(row["primaryMetric"]["score"])
    return out


def run_jmh(workloads, mode, wrap, java_cp=None, baseline_jar=None, binding="jni"):
    """run_jmh runs the JMH benchmarks whose method name is one of workloads, once, with
    pysocket native bound through binding (its rows named '<impl>@<binding>'). With
    baseline_jar it runs that build's pysocket impls instead, named '<impl>@baseline'."""
    if baseline_jar:
        # the calls workload is per binding, not per build
        found = _jmh_once(jmh_command(None, baseline_jar), [w for w in workloads if w != CALLS], mode, wrap,
                          ["-p", "impl=" + ",".join(BASELINE_IMPLS)])
        return {(w, impl + "@baseline"): v for (w, impl), v in found.items()}
    found = _jmh_once(jmh_command(java_cp, binding=binding), workloads, mode, wrap, [])
    return {(w, impl + "@" + binding if impl in NATIVE_IMPLS else impl): v for (w, impl), v in found.items()}


def run_jmh_native(workloads, mode, wrap, java_cp, binding):
    """run_jmh_native runs only the pysocket native impls of workloads' benchmarks, bound
    through binding, rows named '<impl>@<binding>': the binding is chosen per JVM, so another
    binding is another JMH run. -p impl names values a benchmark must have, so the workloads
    with a -bb row are one run and the others a second."""
    out = {}
    for group, impls in ((sorted(set(workloads) & BB_WORKLOADS), "pysocket-native,pysocket-native-bb"),
                         ([w for w in workloads if w not in BB_WORKLOADS], "pysocket-native")):
        if group:
            found = _jmh_once(jmh_command(java_cp, binding=binding), group, mode, wrap, ["-p", "impl=" + impls])
            out.update({(w, impl + "@" + binding): v for (w, impl), v in found.items()})
    return out
