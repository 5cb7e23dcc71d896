"""The Time Protocol (RFC 868) over UDP: any datagram gets back the time as 4 bytes, the
seconds since 1900-01-01 00:00 UTC in network byte order. Answers REQUESTS requests, then exits.

Usage: python3 time_server.py [PORT [REQUESTS]]   (PORT 0, the default, lets the kernel choose)
"""
import socket
import struct
import sys
import time

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
REQUESTS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
SECONDS_1900_TO_1970 = 2208988800  # RFC 868: 1970-01-01 00:00 UTC is 2,208,988,800

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
    sock.bind((HOST, PORT))
    print("listening on", *sock.getsockname(), flush=True)
    for _ in range(REQUESTS):
        request, addr = sock.recvfrom(512)
        now = int(time.time()) + SECONDS_1900_TO_1970
        sock.sendto(struct.pack("!I", now), addr)
        print("asked by", addr)
