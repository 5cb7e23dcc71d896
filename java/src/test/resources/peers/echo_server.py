# echo_server.py: the CPython side of an interop test (conformance scenario 70).
# Listens on 127.0.0.1:0, prints "PORT <n>", serves exactly one connection by echoing every
# byte until the client's FIN (recv returns b''), then closes and prints "ECHOED <count>".
# Every wait is bounded so a broken peer cannot hang the test.
import socket
import sys

with socket.create_server(("127.0.0.1", 0)) as srv:
    srv.settimeout(20)
    print("PORT", srv.getsockname()[1], flush=True)
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
