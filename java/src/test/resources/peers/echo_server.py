# echo_server.py [UNIX_PATH]: the CPython side of an interop test (docs/python-semantics.md §4, scenario 70).
# Listens on 127.0.0.1:0 and prints "PORT <n>", or with UNIX_PATH on that AF_UNIX path and
# prints "UNIX <path>"; serves exactly one connection by echoing every byte until the
# client's FIN (recv returns b''), then closes and prints "ECHOED <count>".
# Every wait is bounded so a broken peer cannot hang the test.
import socket
import sys


def listen():
    if len(sys.argv) > 1:
        srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        srv.bind(sys.argv[1])
        srv.listen()
        return srv, "UNIX " + srv.getsockname()
    srv = socket.create_server(("127.0.0.1", 0))
    return srv, "PORT " + str(srv.getsockname()[1])


srv, hello = listen()
with srv:
    srv.settimeout(20)
    print(hello, flush=True)
    conn, _ = srv.accept()
    with conn:
        conn.settimeout(20)
        total = 0
        while True:
            data = conn.recv(65536)
            if not data:
                break
            conn.sendall(data)
            total += len(data)
print("ECHOED", total, flush=True)
sys.exit(0)
