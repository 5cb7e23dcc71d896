# echo_client.py PORT|UNIX_PATH SIZE: the CPython client of an interop test
# (docs/python-semantics.md §4, scenario 70). Connects to 127.0.0.1:PORT, or to the AF_UNIX path when the first argument
# holds a "/", sends SIZE random bytes with sendall while a thread reads the
# echo back, then shutdown(SHUT_WR) and expects the server's close (b''). Prints "OK <n>" and
# exits 0 when the echo is byte-identical, else prints the reason and exits 1.
import os
import socket
import sys
import threading

target, size = sys.argv[1], int(sys.argv[2])
payload = os.urandom(size)
received = bytearray()
errors = []


def reader(sock):
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return
            received.extend(chunk)
    except Exception as e:  # reported below
        errors.append(repr(e))


def connect():
    if "/" in target:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(20)
        sock.connect(target)
        return sock
    return socket.create_connection(("127.0.0.1", int(target)), timeout=20)


with connect() as s:
    t = threading.Thread(target=reader, args=(s,))
    t.start()
    s.sendall(payload)
    s.shutdown(socket.SHUT_WR)
    t.join(20)
    if t.is_alive():
        print("FAIL reader did not see the server's close", flush=True)
        sys.exit(1)

if errors:
    print("FAIL", errors[0], flush=True)
    sys.exit(1)
if bytes(received) != payload:
    print("FAIL echo differs: sent", len(payload), "received", len(received), flush=True)
    sys.exit(1)
print("OK", len(received), flush=True)
sys.exit(0)
