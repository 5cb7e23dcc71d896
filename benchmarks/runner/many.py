"""The "many" workloads (WORKLOADS.md): N connections doing 64-byte request/response against
one server process, driven by the C load generator psk_many_c, with the server's memory per
idle connection measured in between.

run() is the runner's side: one impl per call, in its own network namespace (wrap), so every
impl starts with fresh loopback ports and no TIME_WAIT left by another. Inside, this file runs
as a script (`many.py <impl> <sizes> <warmup-ms> <batch-ms> <batches> <class-path>`): it raises
RLIMIT_NOFILE to the hard limit, and for each size starts a fresh server pinned to the second
CPU, primes it with a few connections, reads its used heap (after full GCs) and RSS, starts
the clients pinned to the first CPU, reads the memory again once they are connected and
idle, lets them run, and prints one JSON line per size.
"""

import json
import os
import resource
import select
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # benchmarks/
CLIENT = os.path.join(HERE, "target", "c", "psk_many_c")
PY_SERVER = os.path.join(HERE, "python", "many_server.py")
JAR = os.path.join(HERE, "target", "benchmarks.jar")

SIZES = [100, 1000, 10000]
# A pysocket native server runs once per binding, '<impl>@<binding>' (-Dpysocket.binding).
IMPLS = ["pysocket-native@jni", "pysocket-native@jna", "pysocket-jdk", "nio",
         "vt-pysocket-native@jni", "vt-pysocket-native@jna", "vt-java.net", "cpython"]
VIRTUAL = {"vt-pysocket-native", "vt-java.net"}
# Virtual threads need Java 21+; the other JVM rows run on `java` (17) like every workload.
JAVA21 = os.environ.get("PYSOCKET_BENCH_JAVA21", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
# Serial GC: its System.gc() is a full, stop-the-world collection, so "used heap after a
# full GC" means the same thing for every row (one CPU would pick it anyway).
JVM_FLAGS = ["-XX:+UseSerialGC", "-Xms256m", "-Xmx1g"]
# Descriptors a process needs beside its connections (JVM jars, epoll, pipes, ...).
FD_SPARE = 256
PRIME = 16  # connections that warm a fresh server before its baseline memory reading
TIMEOUT_S = 120
SETTLE_S = 1.0

# Per mode: warm-up ms, batch ms, batches.
TIMING = {"smoke": (100, 100, 1), "quick": (1000, 1000, 2), "full": (2000, 2000, 3)}


def workload(size):
    return "many%d" % size


def size_of(workload_name):
    return int(workload_name[len("many"):])


def run(impl, workloads, mode, wrap, java_cp=None):
    """run: {(workload, impl): ns per request, (workload + ':heap'|':rss', impl): bytes per
    connection, (workload + ':cpu', impl): the server's CPU us per request} for the sizes of
    workloads; a skipped size is reported on stderr."""
    if not workloads:
        return {}
    if _server(impl)[0] in VIRTUAL and not os.path.exists(JAVA21):
        print("many: %s skipped: no Java 21+ at %s (set PYSOCKET_BENCH_JAVA21)" % (impl, JAVA21), file=sys.stderr)
        return {}
    sizes = [size_of(w) for w in workloads]
    cp = java_cp or JAR
    cmd = wrap([sys.executable, os.path.abspath(__file__), impl, ",".join(map(str, sizes))]
               + [str(x) for x in TIMING[mode]] + [cp])
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        raise RuntimeError("many %s failed (%d):\n%s" % (impl, p.returncode, (p.stdout + p.stderr)[-3000:]))
    out = {}
    for line in p.stdout.splitlines():
        row = json.loads(line)
        w = workload(row["connections"])
        if "skipped" in row:
            print("many: %s %s skipped: %s" % (impl, w, row["skipped"]), file=sys.stderr)
            continue
        out[(w, impl)] = 1e9 / row["rps"]
        out[(w + ":rss", impl)] = row["rss_per_conn"]
        out[(w + ":cpu", impl)] = row["cpu_us_per_req"]
        out[(w + ":clientcpu", impl)] = row["client_cpu_us_per_req"]
        if row["heap_per_conn"] is not None:
            out[(w + ":heap", impl)] = row["heap_per_conn"]
    return out


# ---- the script side, inside the namespace ----

def _cpus():
    cpus = sorted(os.sched_getaffinity(0))
    return str(cpus[0]), str(cpus[1] if len(cpus) > 1 else cpus[0])


def _readline(proc, what):
    ready, _, _ = select.select([proc.stdout], [], [], TIMEOUT_S)
    line = proc.stdout.readline() if ready else ""
    if not line:
        proc.kill()
        raise SystemExit("many: no %s from %s (exit %s)" % (what, proc.args, proc.poll()))
    return line.strip()


def _rss(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise SystemExit("many: no VmRSS for %d" % pid)


def _cpu_seconds(pid):
    """_cpu_seconds: utime + stime of the process, all threads (proc(5): fields 14 and 15)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _memory(server):
    server.stdin.write("mem\n")
    server.stdin.flush()
    heap = int(_readline(server, "heap reading").split()[1])
    return (heap if heap >= 0 else None), _rss(server.pid)


def _server(impl):
    """_server: (ManyServer's impl name, the JVM flags that pick its binding) of a row's impl."""
    name, _, binding = impl.partition("@")
    return name, (["-Dpysocket.binding=" + binding] if binding else [])


def _server_cmd(impl, cp):
    if impl == "cpython":
        return [sys.executable, PY_SERVER]
    name, binding = _server(impl)
    java = JAVA21 if name in VIRTUAL else "java"
    extra = ["--enable-native-access=ALL-UNNAMED"] if name in VIRTUAL else []
    return [java] + JVM_FLAGS + extra + binding + ["-cp", cp, "dev.pysocket.bench.ManyServer", name]


def _clients(port, n, timing, cpu):
    return subprocess.Popen(["taskset", "-c", cpu, CLIENT, str(port), str(n)] + [str(x) for x in timing],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _finish(proc, what):
    try:
        rc = proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise SystemExit("many: %s did not exit" % what)
    if rc != 0:
        raise SystemExit("many: %s exited %d" % (what, rc))


def measure(impl, n, timing, cp):
    client_cpu, server_cpu = _cpus()
    server = subprocess.Popen(["taskset", "-c", server_cpu] + _server_cmd(impl, cp),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port = int(_readline(server, "port").split()[1])
        prime = _clients(port, PRIME, (100, 100, 1), client_cpu)
        _readline(prime, "ready")
        prime.stdin.write("go\n")
        prime.stdin.flush()
        _readline(prime, "result")
        _finish(prime, "the priming clients")
        # Let the server see the priming clients' resets and close their connections (the
        # jdk backend and the virtual threads hold more per live connection than per closed).
        time.sleep(SETTLE_S)
        heap0, rss0 = _memory(server)
        clients = _clients(port, n, timing, client_cpu)
        _readline(clients, "ready")
        heap1, rss1 = _memory(server)
        clients.stdin.write("go\n")
        clients.stdin.flush()
        _readline(clients, "end of warm-up")
        cpu0, load0 = _cpu_seconds(server.pid), _cpu_seconds(clients.pid)
        result = json.loads(_readline(clients, "result"))
        cpu1, load1 = _cpu_seconds(server.pid), _cpu_seconds(clients.pid)
        _finish(clients, "the clients")
        server.stdin.write("quit\n")
        server.stdin.flush()
        _finish(server, "the %s server" % impl)
    finally:
        if server.poll() is None:
            server.kill()
    result["impl"] = impl
    result["heap_per_conn"] = (heap1 - heap0) / n if heap0 is not None else None
    result["rss_per_conn"] = (rss1 - rss0) / n
    result["cpu_us_per_req"] = (cpu1 - cpu0) * 1e6 / result["requests"]
    # The load generator's own cost, to show it is not the limit.
    result["client_cpu_us_per_req"] = (load1 - load0) * 1e6 / result["requests"]
    return result


def main(argv):
    impl, sizes, warmup, batch, batches, cp = argv
    timing = (int(warmup), int(batch), int(batches))
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    for n in map(int, sizes.split(",")):
        if hard != resource.RLIM_INFINITY and hard < n + FD_SPARE:
            row = {"connections": n, "skipped": "RLIMIT_NOFILE hard limit %d < %d connections + %d"
                   % (hard, n, FD_SPARE)}
        else:
            row = measure(impl, n, timing, cp)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
