"""A key-value store speaking a line protocol through sock.makefile("rw"), one line per request:

    SET key value   ->  OK
    GET key         ->  VALUE value   or   NOT FOUND
    QUIT            ->  BYE, and the connection ends

Serves CLIENTS clients one after another (the store outlives a connection), then exits. The
protocol is strictly one request, one answer: a text file opened "rw" drops what it has read
ahead when written to (io.TextIOWrapper on a stream that cannot seek), so a client that sent
its next line before the answer came could lose it.

Usage: python3 kv_server.py [PORT [CLIENTS]]   (PORT 0, the default, lets the kernel choose)
"""
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 1

store = {}


def answer(request):
    command, _, rest = request.partition(" ")
    if command == "SET":
        key, _, value = rest.partition(" ")
        store[key] = value
        return "OK"
    if command == "GET":
        return f"VALUE {store[rest]}" if rest in store else "NOT FOUND"
    if command == "QUIT":
        return "BYE"
    return f"ERROR unknown command {command}"


with socket.create_server((HOST, PORT)) as server:
    print("listening on", *server.getsockname(), flush=True)
    for _ in range(CLIENTS):
        conn, addr = server.accept()
        with conn, conn.makefile("rw", encoding="utf-8") as f:
            while line := f.readline():
                reply = answer(line.rstrip("\n"))
                f.write(reply + "\n")
                f.flush()
                if reply == "BYE":
                    break
print("served", CLIENTS, "clients")
