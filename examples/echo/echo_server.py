"""The classic echo server: serve one client, sending back every byte it sends, then exit.

Usage: python3 echo_server.py [PORT]   (PORT 0, the default, lets the kernel choose)
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((HOST, PORT))
    server.listen()
    print("listening on", *server.getsockname(), flush=True)
    conn, addr = server.accept()
    with conn:
        print("connected by", addr)
        while data := conn.recv(1024):
            conn.sendall(data)
    print("client closed")
