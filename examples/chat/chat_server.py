"""A chat server in one thread: a selector watches every client, and each line a client sends
goes to all the others. Everyone hears "* N online" when someone joins. Exits once CLIENTS
clients have come and gone, or after 30 s without an event.

Usage: python3 chat_server.py [PORT [CLIENTS]]   (PORT 0, the default, lets the kernel choose)
"""
import selectors
import socket
import sys

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


class Client:
    """One connection: the bytes of a line not yet complete, the bytes not yet sent."""

    def __init__(self, sock):
        self.sock = sock
        self.inbox = bytearray()
        self.outbox = bytearray()


sel = selectors.DefaultSelector()
clients = []


def send_to(client, data):
    client.outbox += data
    sel.modify(client.sock, selectors.EVENT_READ | selectors.EVENT_WRITE, client)


def accept(server):
    sock, addr = server.accept()
    sock.setblocking(False)
    client = Client(sock)
    clients.append(client)
    sel.register(sock, selectors.EVENT_READ, client)
    print(f"* {len(clients)} online")
    for each in clients:
        send_to(each, f"* {len(clients)} online\n".encode())


def read(client):
    try:
        data = client.sock.recv(4096)
    except ConnectionError:
        data = b""
    if not data:
        leave(client)
        return
    client.inbox += data
    while (end := client.inbox.find(b"\n")) >= 0:
        line = bytes(client.inbox[:end + 1])
        del client.inbox[:end + 1]
        for other in clients:
            if other is not client:
                send_to(other, line)


def write(client):
    try:
        sent = client.sock.send(client.outbox)
    except ConnectionError:
        leave(client)
        return
    del client.outbox[:sent]
    if not client.outbox:
        sel.modify(client.sock, selectors.EVENT_READ, client)


def leave(client):
    sel.unregister(client.sock)
    client.sock.close()
    clients.remove(client)
    print(f"* {len(clients)} online")


with sel, socket.create_server((HOST, PORT)) as server:
    server.setblocking(False)
    sel.register(server, selectors.EVENT_READ)
    print("listening on", *server.getsockname(), flush=True)
    joined = 0
    while joined < CLIENTS or clients:
        events = sel.select(timeout=30.0)
        if not events:
            print("no event for 30 s")
            break
        for key, mask in events:
            if key.data is None:
                accept(key.fileobj)
                joined += 1
                continue
            client = key.data
            if mask & selectors.EVENT_READ:
                read(client)
            if mask & selectors.EVENT_WRITE and client in clients:
                write(client)
    for client in clients:
        client.sock.close()
