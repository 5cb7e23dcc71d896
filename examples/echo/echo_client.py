"""The classic echo client: send a message, half-close, print what comes back.

Usage: python3 echo_client.py PORT [MESSAGE]
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
MESSAGE = sys.argv[2] if len(sys.argv) > 2 else "Hello, world"

with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
    sock.settimeout(10.0)
    sock.connect((HOST, PORT))
    sock.sendall(MESSAGE.encode())
    sock.shutdown(socket.SHUT_WR)  # no more to send: the server's recv returns b""
    received = b""
    while chunk := sock.recv(1024):
        received += chunk
print("received", received.decode())
