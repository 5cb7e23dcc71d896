# poll_masks.py: the readiness CPython reports for one socket in each of a list of states, the
# reference for SelectInteropTest (docs/python-semantics.md R40). For each state it prints one
# line "NAME POLL EPOLL RWX": the poll mask and the epoll mask (both asked for
# IN|PRI|OUT|RDHUP; 0 when nothing is reported) and whether select lists the socket as
# readable, writable, exceptional. The Java side builds the same states and compares.
import select
import socket
import struct
import sys
import time

POLL_MASK = select.POLLIN | select.POLLPRI | select.POLLOUT | select.POLLRDHUP
EPOLL_MASK = select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT | select.EPOLLRDHUP


def report(name, sock):
    time.sleep(0.02)  # let loopback deliver what the peer did
    p = select.poll()
    p.register(sock, POLL_MASK)
    polled = p.poll(0)
    with select.epoll() as e:
        e.register(sock, EPOLL_MASK)
        epolled = e.poll(0)
    r, w, x = select.select([sock], [sock], [sock], 0)
    print(name, polled[0][1] if polled else 0, epolled[0][1] if epolled else 0,
          "%d%d%d" % (len(r), len(w), len(x)))


def tcp_pair():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        client = socket.create_connection(listener.getsockname())
        server, _ = listener.accept()
    return client, server


def main():
    with socket.socket() as s:
        report("fresh", s)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        report("listen_idle", listener)
        with socket.create_connection(listener.getsockname()):
            report("listen_pending", listener)
    a, b = tcp_pair()
    report("idle", a)
    b.send(b"x")
    report("data", a)
    if "oob" in sys.argv[1:]:
        b.send(b"!", socket.MSG_OOB)
        report("oob", a)
    a.close(), b.close()
    a, b = tcp_pair()
    b.shutdown(socket.SHUT_WR)
    report("peer_shut_wr", a)
    a.shutdown(socket.SHUT_WR)
    report("both_shut", a)
    a.close(), b.close()
    a, b = tcp_pair()
    b.close()
    report("peer_closed", a)
    a.close()
    a, b = tcp_pair()
    b.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    b.close()
    report("peer_reset", a)
    a.close()
    a, b = tcp_pair()
    a.shutdown(socket.SHUT_RDWR)
    report("self_shut_rdwr", a)
    a.close(), b.close()
    a, b = socket.socketpair()
    b.close()
    report("pair_peer_closed", a)
    a.close()
    print("DONE")


main()
