#!/usr/bin/env python3
"""many_server.py: the CPython row of the "many" workloads (benchmarks/WORKLOADS.md).

An echo server in one thread on selectors.DefaultSelector with non-blocking sockets: the
listener and every connection registered for EVENT_READ; a readable connection is read into
one shared buffer and what was read is sent back at once (64-byte messages into an idle
send buffer: a short send means something is wrong, and the server fails loudly).

Control, as the JVM servers (dev.pysocket.bench.ManyServer): prints "port <n>" when
listening; reads lines on stdin: "mem" answers "heap -1" after gc.collect() (CPython has no
heap figure comparable to the JVM's: the runner reports RSS only), "quit" (or EOF) exits.
"""

import gc
import selectors
import socket
import sys


def main():
    sel = selectors.DefaultSelector()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(4096)
    listener.setblocking(False)
    sel.register(listener, selectors.EVENT_READ, "listener")
    sel.register(sys.stdin, selectors.EVENT_READ, "control")
    print("port %d" % listener.getsockname()[1], flush=True)
    buf = bytearray(65536)
    view = memoryview(buf)
    while True:
        for key, _ in sel.select():
            if key.data is None:
                conn = key.fileobj
                try:
                    n = conn.recv_into(buf)
                except (BlockingIOError, InterruptedError):
                    continue
                except OSError:
                    n = 0
                if n == 0:
                    sel.unregister(conn)
                    conn.close()
                    continue
                try:
                    sent = conn.send(view[:n])
                except BlockingIOError:
                    sent = 0
                except OSError:
                    sel.unregister(conn)  # reset by the client at the end of a run
                    conn.close()
                    continue
                if sent != n:
                    sys.exit("short send: %d of %d bytes" % (sent, n))
            elif key.data == "listener":
                while True:
                    try:
                        conn, _ = listener.accept()
                    except (BlockingIOError, InterruptedError):
                        break
                    conn.setblocking(False)
                    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    sel.register(conn, selectors.EVENT_READ, None)
            else:
                line = sys.stdin.readline().strip()
                if line == "mem":
                    gc.collect()
                    print("heap -1", flush=True)
                elif line == "quit" or line == "":
                    return 0


if __name__ == "__main__":
    sys.exit(main())
