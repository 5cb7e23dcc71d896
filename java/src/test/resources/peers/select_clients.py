# select_clients.py PORT N: N CPython clients of a pysocket server that waits with select, poll,
# epoll or a selector (SelectInteropTest). All N connect first, then each sends its own message,
# reads the echo back, and closes, so the server sees N connections ready together and then N
# ends of stream. Prints "OK N" and exits 0 when every echo is byte-identical; else the reason,
# exit 1.
import socket
import sys

port, n = int(sys.argv[1]), int(sys.argv[2])
clients = [socket.create_connection(("127.0.0.1", port), timeout=15) for _ in range(n)]
messages = [("client %d " % i).encode() * (10 + i) for i in range(n)]
for sock, message in zip(clients, messages):
    sock.sendall(message)
for i, (sock, message) in enumerate(zip(clients, messages)):
    echo = b""
    while len(echo) < len(message):
        chunk = sock.recv(65536)
        if not chunk:
            break
        echo += chunk
    if echo != message:
        print("BAD echo for client %d: %r" % (i, echo[:40]))
        sys.exit(1)
for sock in clients:
    sock.close()
print("OK", n)
