"""A client of the Time Protocol (RFC 868) over UDP: send an empty datagram, print the answer.

UDP may lose a datagram; this client waits 5 s for the answer and then fails (a client on a
real network would ask again).

Usage: python3 time_client.py PORT
"""
import socket
import struct
import sys
from datetime import datetime, timezone

HOST = "127.0.0.1"
PORT = int(sys.argv[1])
SECONDS_1900_TO_1970 = 2208988800  # RFC 868: 1970-01-01 00:00 UTC is 2,208,988,800

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
    sock.settimeout(5.0)
    sock.sendto(b"", (HOST, PORT))
    data, addr = sock.recvfrom(4)
(seconds,) = struct.unpack("!I", data)
when = datetime.fromtimestamp(seconds - SECONDS_1900_TO_1970, timezone.utc)
print("time", when.strftime("%Y-%m-%d %H:%M:%S UTC"))
