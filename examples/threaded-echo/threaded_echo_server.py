"""An echo server with a thread per client: CLIENTS clients served at the same time, then exit.

Usage: python3 threaded_echo_server.py [PORT [CLIENTS]]   (PORT 0, the default, lets the kernel choose)
"""
import socket
import sys
import threading

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def handle(conn, addr):
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data)


with socket.create_server((HOST, PORT)) as server:
    print("listening on", *server.getsockname(), flush=True)
    threads = []
    for _ in range(CLIENTS):
        conn, addr = server.accept()
        thread = threading.Thread(target=handle, args=(conn, addr))
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
print("served", CLIENTS, "clients")
