"""Runs one implementation family: the C program, the CPython script, or JMH; each returns
{(workload, impl): ns_per_op} for one round."""

import json
import os
import subprocess
import sys
import tempfile

from .workloads import MODES, NOT_IN_C, ops_for

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
    return _baseline([C_PROGRAM], [w for w in workloads if w not in NOT_IN_C], mode, "c", wrap)


def run_cpython(workloads, mode, wrap):
    return _baseline([sys.executable, PY_PROGRAM], workloads, mode, "cpython", wrap)


def jmh_command(java_cp, jar=None):
    """jmh_command: how to start JMH: the shaded jar (or another build's), or a class path (the smoke test's)."""
    if java_cp:
        return ["java", "-cp", java_cp, "org.openjdk.jmh.Main"]
    jar = jar or JMH_JAR
    if not os.path.exists(jar):
        raise RuntimeError("%s is missing: run `mvn -B -q install -DskipTests` first" % jar)
    return ["java", "-jar", jar]


# The pysocket impls a --baseline build is measured for (every workload has both).
BASELINE_IMPLS = ["pysocket-native", "pysocket-jdk"]


def run_jmh(workloads, mode, wrap, java_cp=None, baseline_jar=None):
    """run_jmh runs the JMH benchmarks whose method name is one of workloads, once. With
    baseline_jar it runs that build's pysocket impls instead, named '<impl>@baseline'."""
    with tempfile.TemporaryDirectory(prefix="pysocket-jmh-") as tmp:
        result = os.path.join(tmp, "jmh.json")
        regex = r"dev\.pysocket\.bench\..*\.(%s)$" % "|".join(workloads)
        only = ["-p", "impl=" + ",".join(BASELINE_IMPLS)] if baseline_jar else []
        cmd = wrap(jmh_command(java_cp, baseline_jar) + [regex] + MODES[mode]["jmh"] + only
                   + ["-rf", "json", "-rff", result])
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=PROGRAM_TIMEOUT * 4)
        if p.returncode != 0 or not os.path.exists(result):
            tail = "\n".join((p.stdout + p.stderr).splitlines()[-30:])
            raise RuntimeError("JMH failed (%d):\n%s" % (p.returncode, tail))
        with open(result) as f:
            rows = json.load(f)
    out = {}
    for row in rows:
        workload = row["benchmark"].rsplit(".", 1)[1]
        impl = row.get("params", {}).get("impl", "?") + ("@baseline" if baseline_jar else "")
        out[(workload, impl)] = float(row["primaryMetric"]["score"])
    return out
