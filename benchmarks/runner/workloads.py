"""Workloads, implementations and the sizes each run mode uses (see ../WORKLOADS.md)."""

WORKLOADS = ["pp1", "pp64", "pp1to", "bulk", "udp", "conn", "gso", "upp1", "sendfile", "readline",
             "calls", "many100", "many1000", "many10000"]

# The "many" workloads: a server process per impl driven by the C load generator
# (runner/many.py), not JMH, psk_bench_c or bench.py.
MANY = {"many100", "many1000", "many10000"}

# The binding's per-call costs (JMH only): one benchmark per kind of call, "calls_<kind>",
# reported as workload "calls:<kind>" in a table of their own.
CALLS = "calls"
CALL_KINDS = [("nop", "empty native call (psk_nop)"), ("gso", "getsockopt, public API"),
              ("b64", "send + recvInto, byte[64], AF_UNIX pair"),
              ("b64k", "send + recvInto, byte[64 KiB], AF_UNIX pair")]

# The calls the C program has a twin of (psk_bench_c calls_b64, calls_b64k: c/calls.c).
C_CALLS = ["b64", "b64k"]

# Workloads the C program has no twin of (readline measures a file layer C's sockets lack;
# of calls, only C_CALLS, run by their own names).
NOT_IN_C = {"readline", CALLS} | MANY
# Workloads the CPython script has no twin of.
NOT_IN_CPYTHON = {CALLS}

# How pysocket native binds its C functions; one JVM uses one (-Dpysocket.binding). Every
# JMH and many run names its pysocket native rows '<impl>@<binding>'.
BINDINGS = ["jni", "jna"]
NATIVE_IMPLS = {"pysocket-native", "pysocket-native-bb", "vt-pysocket-native"}
# The workloads whose JMH benchmarks have a pysocket-native-bb row.
BB_WORKLOADS = {"pp1", "bulk"}
# What the jna family measures in a smoke run (one JMH and one many run, so both paths are
# tested while the smoke run's time stays that of the jni rows plus a few seconds).
SMOKE_JNA = {"pp1", "gso", CALLS, "many100"}

# What one op of each workload is, for the tables' derived column.
UNITS = {
    "pp1": "round trip", "pp64": "round trip", "pp1to": "round trip", "upp1": "round trip",
    "bulk": "64 KiB chunk", "udp": "datagram", "conn": "cycle", "gso": "call",
    "sendfile": "256 MiB file", "readline": "64-byte line",
    "many100": "request", "many1000": "request", "many10000": "request",
}

# Baseline programs: ops per batch for a full run (smoke and quick scale these down).
OPS = {"pp1": 20000, "pp64": 20000, "pp1to": 20000, "upp1": 20000,
       "bulk": 8192, "udp": 200000, "conn": 5000, "gso": 500000, "sendfile": 16, "readline": 500000,
       "calls_b64": 200000, "calls_b64k": 50000}

# Run modes: rounds, batches per baseline run, the fraction of OPS, and JMH's settings.
MODES = {
    "smoke": {"rounds": 1, "batches": 1, "scale": 0.005,
              "jmh": ["-f", "0", "-wi", "0", "-i", "1", "-r", "100ms"]},
    "quick": {"rounds": 2, "batches": 3, "scale": 0.1,
              "jmh": ["-f", "1", "-wi", "1", "-w", "500ms", "-i", "2", "-r", "500ms"]},
    "full": {"rounds": 3, "batches": 5, "scale": 1.0,
             "jmh": ["-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"]},
}

# Targets of issue 13 for pysocket native through JNI: (workload, impl, base, limit), met when
# the median of the per-round cost ratios impl/base is at most limit (a throughput target
# "at least x times C" is a cost ratio of at most 1/x). FASTER_THAN adds, for every workload,
# "faster than" each of those impls (cost ratio below 1).
JNI = "pysocket-native@jni"
TARGETS = [
    ("pp1", JNI, "c", 1.05), ("pp1", JNI, "nio", 1.00),
    ("pp64", JNI, "c", 1.05), ("pp64", JNI, "nio", 1.00),
    ("upp1", JNI, "c", 1.05), ("upp1", JNI, "nio", 1.00),
    ("pp1to", JNI, "c", 1.05), ("pp1to", JNI, "nio", 1.00),
    ("conn", JNI, "c", 1.05),
    ("gso", JNI, "c", 1.10),
    ("udp", JNI, "c", 1.05),
    ("bulk", "pysocket-native-bb@jni", "c", 1 / 0.98),
    ("bulk", JNI, "c", 1 / 0.95),
    # issue 4's, which issue 13 does not restate
    ("sendfile", JNI, "c", 1 / 0.95),
]
FASTER_THAN = ["cpython", "java.net"]


def ops_for(workload, mode):
    """ops_for: ops per batch of a baseline program in this mode (at least 10)."""
    return max(10, int(OPS[workload] * MODES[mode]["scale"]))
