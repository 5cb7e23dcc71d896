"""A client of kv_server.py: send each command, print it with its answer.

Usage: python3 kv_client.py PORT COMMAND...   e.g. "SET city Zürich" "GET city" QUIT
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
COMMANDS = sys.argv[2:]

with socket.create_connection((HOST, PORT), timeout=10.0) as sock, sock.makefile("rw", encoding="utf-8") as f:
    for command in COMMANDS:
        f.write(command + "\n")
        f.flush()
        print(command, "->", f.readline().rstrip("\n"))
