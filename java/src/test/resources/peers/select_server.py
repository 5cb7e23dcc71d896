# select_server.py MODE N: a CPython echo server that waits with select.select (MODE "select")
# or selectors.DefaultSelector (MODE "selectors"), for pysocket clients (SelectInteropTest).
# Prints "PORT p", echoes every connection until its end of stream, and after N connections
# have ended prints "SERVED N BYTES" and exits 0; 15 s without anything ready: "IDLE", exit 1.
import selectors
import select
import socket
import sys

mode, n = sys.argv[1], int(sys.argv[2])
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(n)
listener.setblocking(False)
print("PORT", listener.getsockname()[1])
conns = []
ended = 0
echoed = 0
sel = selectors.DefaultSelector() if mode == "selectors" else None
if sel:
    sel.register(listener, selectors.EVENT_READ)


def ready():
    if sel:
        return [key.fileobj for key, _ in sel.select(15)]
    return select.select([listener] + conns, [], [], 15)[0]


while ended < n:
    socks = ready()
    if not socks:
        print("IDLE")
        sys.exit(1)
    for sock in socks:
        if sock is listener:
            conn, _ = listener.accept()
            conn.setblocking(True)
            conns.append(conn)
            if sel:
                sel.register(conn, selectors.EVENT_READ)
            continue
        data = sock.recv(65536)
        if data:
            sock.sendall(data)
            echoed += len(data)
            continue
        if sel:
            sel.unregister(sock)
        conns.remove(sock)
        sock.close()
        ended += 1
print("SERVED", ended, echoed)
