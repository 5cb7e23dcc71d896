# full_table.py: what CPython does when the descriptor table is full (the reference for
# lifecycle/FullTableTest, which runs it under a low `ulimit -n`).
#   full_table.py SCENARIO   sets the scenario up, fills the table with /dev/null
#                            descriptors until EMFILE, frees as many as the scenario needs,
#                            runs it and prints one line: "connected", "listening", or
#                            "<ExceptionClass>: <message>". FullTableProbe.java does the same.
# Scenarios: recv, accept, send, recvfrom (free 0: a first timed wait needs no descriptor),
# create_connection and create_server (free 1: the socket's own).
import os
import socket
import sys

scenario = sys.argv[1]
opened = []


def pair():
    listener = socket.create_server(("127.0.0.1", 0))
    client = socket.socket()
    client.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
    client.connect(listener.getsockname())
    server, _ = listener.accept()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    opened.extend([listener, client, server])
    return client, server


def full_sender():
    client, _ = pair()
    client.setblocking(False)
    try:
        for _ in range(100000):
            client.send(b"x" * 65536)
    except BlockingIOError:
        pass
    return client


def setup():
    if scenario == "recv":
        server = pair()[1]
        server.settimeout(0.2)
        return 0, lambda: server.recv(1)
    if scenario == "accept":
        listener = socket.create_server(("127.0.0.1", 0))
        opened.append(listener)
        listener.settimeout(0.2)
        return 0, listener.accept
    if scenario == "send":
        sender = full_sender()
        sender.settimeout(0.2)
        return 0, lambda: sender.send(b"x" * 65536)
    if scenario == "recvfrom":
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        opened.append(udp)
        udp.bind(("127.0.0.1", 0))
        udp.settimeout(0.2)
        return 0, lambda: udp.recvfrom(64)
    if scenario == "create_connection":
        listener = socket.create_server(("127.0.0.1", 0))
        opened.append(listener)
        address = listener.getsockname()

        def connect():
            opened.append(socket.create_connection(address, 2.0))
            return "connected"
        return 1, connect
    if scenario == "create_server":
        def serve():
            opened.append(socket.create_server(("127.0.0.1", 0)))
            return "listening"
        return 1, serve
    raise SystemExit("unknown scenario " + scenario)


free, run = setup()
filler = []
try:
    while True:
        filler.append(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    if e.errno != 24:
        raise
for fd in filler[:free]:
    os.close(fd)
del filler[:free]
try:
    result = run()
    line = result if isinstance(result, str) else "ok"
except OSError as e:
    line = "%s: %s" % (type(e).__name__, e)
for fd in filler:
    os.close(fd)
for s in opened:
    s.close()
print(line, flush=True)
