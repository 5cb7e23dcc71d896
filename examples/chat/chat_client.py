"""A chat client: wait until CLIENTS are online, say hello, print what the others say, leave.

Usage: python3 chat_client.py PORT NAME [CLIENTS]
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
NAME = sys.argv[2]
CLIENTS = int(sys.argv[3]) if len(sys.argv) > 3 else 3

# Lines are read through a file and written with sendall: a text file opened "rw" would drop
# the lines it had read ahead when written to (io.TextIOWrapper on a stream that cannot seek).
with socket.create_connection((HOST, PORT), timeout=10.0) as sock, sock.makefile("r", encoding="utf-8") as f:
    heard = 0
    while heard < CLIENTS - 1:
        line = f.readline()
        if not line:
            break  # the server went away
        if line == f"* {CLIENTS} online\n":
            sock.sendall(f"{NAME}: hello\n".encode())
        elif not line.startswith("* "):
            print(line, end="")
            heard += 1
