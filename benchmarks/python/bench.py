#!/usr/bin/env python3
"""CPython baseline of benchmarks/WORKLOADS.md (impl "cpython").

    python3 bench.py <workload> <ops-per-batch> <batches>

Sets the workload up, runs one untimed warm-up batch and `batches` timed batches of
`ops-per-batch` operations, and prints one JSON line with the median ns per op; exit 0,
or 1 with a message on stderr.

The two ends of a workload are separate processes (os.fork), so the GIL is not part of
the measurement; each is pinned with os.sched_setaffinity as WORKLOADS.md places it.
The parent drives and times, the child serves a fixed number of operations. Sockets stay
in Python's blocking mode (its fast path) and are bounded by kernel SO_RCVTIMEO /
SO_SNDTIMEO, except the pp1to client, which measures settimeout(5.0). Standard library
only (Python 3.11).
"""

import json
import os
import signal
import socket
import statistics
import struct
import sys
import tempfile
import time
import traceback

TIMEOUT_S = 5
ALARM_S = 300
MAX_OPS = 1_000_000_000
MAX_BATCHES = 10_000

TIMEVAL = struct.pack("@ll", TIMEOUT_S, 0)  # struct timeval for SO_RCVTIMEO/SO_SNDTIMEO
LINGER_RESET = struct.pack("@ii", 1, 0)  # struct linger {1, 0}: close() resets

CHUNK = 64 * 1024
DATAGRAM = 64
WINDOW = 64  # datagrams per ack
WINDOWS_IN_FLIGHT = 2

CPU_A, CPU_B = 0, 1  # WORKLOADS.md's "CPU 0" and "CPU 1"

# The CPUs this process may use, in order: "CPU 0" / "CPU 1" are the first and second of
# them (the same CPUs on an unrestricted machine); with only one, everything shares it.
CPUS = sorted(os.sched_getaffinity(0))


class BenchError(Exception):
    pass


def pin(logical_cpu):
    cpu = CPUS[logical_cpu] if logical_cpu < len(CPUS) else CPUS[0]
    os.sched_setaffinity(0, {cpu})


def set_timeouts(sock):
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, TIMEVAL)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, TIMEVAL)


def tcp_listener():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    set_timeouts(sock)  # SO_RCVTIMEO bounds accept()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    return sock


def tcp_pair(nodelay):
    # connect() to a local listener completes from the backlog, so one process can build
    # both ends before forking.
    with tcp_listener() as listener:
        client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        set_timeouts(client)
        client.connect(listener.getsockname())
        server, _ = listener.accept()
    set_timeouts(server)
    if nodelay:
        for sock in (client, server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return client, server


def unix_pair():
    # The path exists only until both ends are connected.
    directory = tempfile.mkdtemp(prefix="psk-bench-")
    path = os.path.join(directory, "s")
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as listener:
            set_timeouts(listener)
            listener.bind(path)
            listener.listen(1)
            client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            set_timeouts(client)
            client.connect(path)
            server, _ = listener.accept()
        set_timeouts(server)
        return client, server
    finally:
        if os.path.exists(path):
            os.unlink(path)
        os.rmdir(directory)


def recv_rest(sock, data, size):
    """Completes a short recv(); a ping-pong message normally arrives in one piece."""
    while len(data) < size:
        more = sock.recv(size - len(data))
        if not more:
            raise BenchError("recv: unexpected EOF")
        data += more
    return data


def wait_eof(sock):
    """For a child that only holds its end open: wait (bounded by count x SO_RCVTIMEO)
    until the parent shuts its end down."""
    for _ in range(ALARM_S // TIMEOUT_S):
        try:
            data = sock.recv(1)
        except BlockingIOError:  # SO_RCVTIMEO expired
            continue
        if data:
            raise BenchError("wait_eof: unexpected data")
        return
    raise BenchError(f"wait_eof: no EOF within {ALARM_S} s")


def timed_batches(ops, batches, batch):
    """Runs batch(ops) once untimed, then `batches` times timed; ns per op of each."""
    values = []
    for index in range(batches + 1):
        t0 = time.perf_counter_ns()  # CLOCK_MONOTONIC
        batch(ops)
        t1 = time.perf_counter_ns()
        if index > 0:
            values.append((t1 - t0) / ops)
    return values


def two_ends(parent_cpu, parent_fn, parent_socks, child_cpu, child_fn, child_socks):
    """Forks. The child closes parent_socks, pins itself, runs child_fn and exits by
    itself; the parent closes child_socks, pins itself, runs parent_fn, closes its own
    sockets and always reaps the child."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            signal.alarm(ALARM_S)  # alarms are not inherited across fork
            for sock in parent_socks:
                sock.close()
            pin(child_cpu)
            child_fn()
            status = 0
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stderr.flush()
            os._exit(status)

    done = False
    try:
        for sock in child_socks:
            sock.close()
        pin(parent_cpu)
        result = parent_fn()
        done = True
    finally:
        for sock in parent_socks:
            sock.close()  # a child blocked on these sees EOF now
        if not done:
            try:
                os.kill(pid, signal.SIGKILL)  # the run failed; do not wait out its timeouts
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise BenchError(f"child process failed (wait status {status})")
    return result


# --- pp1, pp64, pp1to, upp1: ping-pong round trips, both ends on CPU 0 ----------------


def echo(sock, size, total):
    recv, sendall = sock.recv, sock.sendall
    for _ in range(total):
        data = recv(size)
        if len(data) != size:
            data = recv_rest(sock, data, size)
        sendall(data)


def pingpong(client, server, size, ops, batches):
    message = b"p" * size

    def batch(count):
        recv, sendall = client.recv, client.sendall
        for _ in range(count):
            sendall(message)
            data = recv(size)
            if len(data) != size:
                recv_rest(client, data, size)

    return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [client],
                    CPU_A, lambda: echo(server, size, ops * (batches + 1)), [server])


def bench_pp(size, ops, batches):
    client, server = tcp_pair(nodelay=True)
    return pingpong(client, server, size, ops, batches)


def bench_pp1to(ops, batches):
    client, server = tcp_pair(nodelay=True)
    client.settimeout(5.0)  # CPython then polls before every send and recv
    return pingpong(client, server, 1, ops, batches)


def bench_upp1(ops, batches):
    client, server = unix_pair()
    return pingpong(client, server, 1, ops, batches)


# --- bulk: 64 KiB chunks, sender CPU 0, receiver CPU 1, a 1-byte ack per batch --------


def bench_bulk(ops, batches):
    sender, receiver = tcp_pair(nodelay=False)
    chunk = bytes(CHUNK)

    def batch(count):
        sendall = sender.sendall
        for _ in range(count):
            sendall(chunk)
        if sender.recv(1) != b"k":
            raise BenchError("bulk: bad or missing ack")

    def receive():
        buf = bytearray(CHUNK)
        recv_into = receiver.recv_into
        for _ in range(batches + 1):
            remaining = ops * CHUNK
            while remaining > 0:
                n = recv_into(buf)
                if n == 0:
                    raise BenchError("bulk: unexpected EOF")
                remaining -= n
            receiver.sendall(b"k")

    return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [sender],
                    CPU_B, receive, [receiver])


# --- sendfile: a 256 MiB file per op, sender CPU 0, receiver CPU 1, a 1-byte ack per file ---

SENDFILE_SIZE = 256 << 20


def bench_sendfile(ops, batches):
    import tempfile
    with tempfile.TemporaryFile() as f:
        block = bytes((i * 31) & 0xFF for i in range(1 << 20))
        for _ in range(SENDFILE_SIZE >> 20):
            f.write(block)
        f.flush()
        sender, receiver = tcp_pair(nodelay=False)

        def batch(count):
            for _ in range(count):
                if sender.sendfile(f, 0) != SENDFILE_SIZE:
                    raise BenchError("sendfile: short send")
                if sender.recv(1) != b"k":
                    raise BenchError("sendfile: bad or missing ack")

        def receive():
            buf = bytearray(CHUNK)
            recv_into = receiver.recv_into
            for _ in range(ops * (batches + 1)):
                remaining = SENDFILE_SIZE
                while remaining > 0:
                    n = recv_into(buf)
                    if n == 0:
                        raise BenchError("sendfile: unexpected EOF")
                    remaining -= n
                receiver.sendall(b"k")

        return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [sender],
                        CPU_B, receive, [receiver])


# --- udp: 64-byte datagrams, ack per 64, at most 2 windows in flight -------------------


def udp_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    set_timeouts(sock)
    sock.bind(("127.0.0.1", 0))
    return sock


def bench_udp(ops, batches):
    # Lossless by flow control: a lost datagram stalls both ends into their timeouts,
    # failing the run instead of skewing it.
    sender, receiver = udp_socket(), udp_socket()
    target = receiver.getsockname()
    message = b"u" * DATAGRAM
    windows = (ops + WINDOW - 1) // WINDOW

    def batch(count):
        sendto, recv = sender.sendto, sender.recv
        for w in range(windows):
            if w >= WINDOWS_IN_FLIGHT and recv(1) != b"k":  # window w - 2 delivered
                raise BenchError("udp: bad ack")
            for _ in range(min(WINDOW, count - w * WINDOW)):
                sendto(message, target)
        for _ in range(min(WINDOWS_IN_FLIGHT, windows)):
            if recv(1) != b"k":
                raise BenchError("udp: bad ack")

    def receive():
        recvfrom, sendto = receiver.recvfrom, receiver.sendto
        for _ in range(batches + 1):
            for i in range(1, ops + 1):
                data, source = recvfrom(DATAGRAM)
                if len(data) != DATAGRAM:
                    raise BenchError(f"udp: {len(data)}-byte datagram")
                if i % WINDOW == 0 or i == ops:
                    sendto(b"k", source)

    return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [sender],
                    CPU_B, receive, [receiver])


# --- conn: connect+accept+close in lock step, CPU 0 ------------------------------------


def bench_conn(ops, batches):
    listener = tcp_listener()
    address = listener.getsockname()

    def batch(count):
        new_socket = socket.socket
        for _ in range(count):
            sock = new_socket(socket.AF_INET, socket.SOCK_STREAM)
            set_timeouts(sock)  # SO_SNDTIMEO bounds connect(), SO_RCVTIMEO the recv()
            sock.connect(address)
            if sock.recv(1) != b"":
                raise BenchError("conn: data where EOF was expected")
            # Reset instead of leaving TIME_WAIT sockets to pile up over a run.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, LINGER_RESET)
            sock.close()

    def serve():
        accept = listener.accept
        for _ in range(ops * (batches + 1)):
            # No timeouts on the accepted socket: it is only closed, nothing can block.
            sock, _ = accept()
            sock.close()

    # The parent only needs the listener's address; the child serves on it.
    return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [],
                    CPU_A, serve, [listener])


# --- gso: getsockopt(SOL_SOCKET, SO_RCVBUF) on a connected TCP socket, CPU 0 -----------


def bench_gso(ops, batches):
    client, server = tcp_pair(nodelay=True)

    def batch(count):
        getsockopt, level, option = client.getsockopt, socket.SOL_SOCKET, socket.SO_RCVBUF
        for _ in range(count):
            getsockopt(level, option)

    def measure():
        values = timed_batches(ops, batches, batch)
        client.shutdown(socket.SHUT_WR)  # lets the child's wait_eof return
        return values

    return two_ends(CPU_A, measure, [client], CPU_A, lambda: wait_eof(server), [server])


# --- readline: 64-byte lines through makefile("r"), reader CPU 0, writer CPU 1 ---------


LINE = 64


def bench_readline(ops, batches):
    reader, writer = tcp_pair(nodelay=False)
    chunk = (b"x" * (LINE - 1) + b"\n") * (CHUNK // LINE)

    def write():
        total = ops * (batches + 1)
        sendall = writer.sendall
        for _ in range(total // (CHUNK // LINE)):
            sendall(chunk)
        sendall(chunk[: (total % (CHUNK // LINE)) * LINE])

    f = reader.makefile("r", encoding="utf-8")

    def batch(count):
        readline = f.readline
        for _ in range(count):
            if len(readline()) != LINE:
                raise BenchError("readline: short line")

    try:
        return two_ends(CPU_A, lambda: timed_batches(ops, batches, batch), [reader],
                        CPU_B, write, [writer])
    finally:
        f.close()


WORKLOADS = {
    "pp1": lambda ops, batches: bench_pp(1, ops, batches),
    "pp64": lambda ops, batches: bench_pp(64, ops, batches),
    "pp1to": bench_pp1to,
    "bulk": bench_bulk,
    "udp": bench_udp,
    "conn": bench_conn,
    "gso": bench_gso,
    "upp1": bench_upp1,
    "sendfile": bench_sendfile,
    "readline": bench_readline,
}


def parse_count(text, what, maximum):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= maximum:
        raise BenchError(f"{what} must be an integer in 1..{maximum}, got {text!r}")
    return value


def main(argv):
    if len(argv) != 4:
        print("usage: bench.py <workload> <ops-per-batch> <batches>\nworkloads: "
              + " ".join(WORKLOADS), file=sys.stderr)
        return 1
    try:
        if argv[1] not in WORKLOADS:
            raise BenchError(f"unknown workload {argv[1]!r}")
        ops = parse_count(argv[2], "ops-per-batch", MAX_OPS)
        batches = parse_count(argv[3], "batches", MAX_BATCHES)
        signal.alarm(ALARM_S)
        values = WORKLOADS[argv[1]](ops, batches)
    except BlockingIOError:  # EAGAIN from a blocking socket: its kernel timeout expired
        print(f"bench.py: {argv[1]}: timed out after {TIMEOUT_S} s", file=sys.stderr)
        return 1
    except (BenchError, OSError) as error:
        print(f"bench.py: {argv[1]}: {error}", file=sys.stderr)
        return 1
    print(json.dumps({"workload": argv[1], "impl": "cpython",
                      "ns_per_op": round(statistics.median(values), 1),
                      "batches": [round(value, 1) for value in values]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
