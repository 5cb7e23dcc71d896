"""Connect CLIENTS clients at once, then talk on them newest first.

Every client stays connected while the others talk, so only a server that serves its
clients at the same time answers them all; a server that serves one client at a time
answers none (the newest waits behind the oldest, which says nothing until its turn).

Usage: python3 many_clients.py PORT [CLIENTS]
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 3

socks = [socket.create_connection((HOST, PORT), timeout=5.0) for _ in range(CLIENTS)]
try:
    for i in reversed(range(CLIENTS)):
        socks[i].sendall(f"message {i}".encode())
        socks[i].shutdown(socket.SHUT_WR)
        received = b""
        while chunk := socks[i].recv(1024):
            received += chunk
        print(f"client {i} received {received.decode()}")
        socks[i].close()
finally:
    for sock in socks:
        sock.close()
