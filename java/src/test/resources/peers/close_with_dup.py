# close_with_dup.py MODE: what CPython's duplicate of a socket sees after the original is
# closed while another thread is blocked in it (CloseSparesDuplicatesTest compares pysocket's
# lines with these). MODE: dup | fromfd | fileno (a connected stream) or listener.
#
# CPython's close() does not wake the blocked thread (R18): it would stay in the kernel and
# take the first bytes or connection that arrive. So its call is given an end of its own,
# SO_RCVTIMEO (socket(7)), which the kernel reads once when the call starts: the blocked
# call ends by itself, and only then does the peer act. Lines starting with "python:" are
# CPython's own story and are not compared; the others are what the duplicate and the peer see.
import socket
import struct
import sys
import threading
import time

mode = sys.argv[1]
OWN_END = struct.pack("ll", 0, 400000)  # the blocked call's own 0.4 s end
NO_END = struct.pack("ll", 0, 0)


def say(*words):
    print(*words, flush=True)


def outcome(call):
    try:
        r = call()
    except OSError as e:
        return "timeout" if isinstance(e, TimeoutError) and e.errno is None else "errno %d" % e.errno
    if isinstance(r, bytes):
        return "data " + r.decode("ascii") if r else "eof"
    return "ok"


def blocked(call):
    done = {}
    t = threading.Thread(target=lambda: done.setdefault("outcome", outcome(call)), daemon=True)
    t.start()
    time.sleep(0.15)  # the thread is now waiting in the kernel
    return t, done


if mode == "listener":
    a = socket.socket()
    a.bind(("127.0.0.1", 0))
    a.listen()
    a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, OWN_END)
    t, done = blocked(a.accept)
    a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, NO_END)
    b = a.dup()
    a.close()
    time.sleep(0.1)
    say("python: blocked accept after close:", done.get("outcome", "still blocked"))
    t.join(2)
    say("python: blocked accept ended:", done.get("outcome", "never"))
    c = socket.create_connection(b.getsockname(), timeout=2)
    say("client_connect ok")
    b.settimeout(2)
    conn, _ = b.accept()
    say("dup_accept ok")
    conn.sendall(b"from-dup-conn")
    c.settimeout(2)
    say("client_recv", outcome(lambda: c.recv(100)))
    conn.close()
    c.close()
    b.close()
else:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    a = socket.create_connection(listener.getsockname())
    peer, _ = listener.accept()
    listener.close()
    a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, OWN_END)
    t, done = blocked(lambda: a.recv(100))
    a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, NO_END)
    if mode == "dup":
        b = a.dup()
    elif mode == "fromfd":
        b = socket.fromfd(a.fileno(), socket.AF_INET, socket.SOCK_STREAM)
    else:
        b = socket.socket(a.family, a.type, a.proto, socket.dup(a.fileno()))
    a.close()
    time.sleep(0.1)
    say("python: blocked recv after close:", done.get("outcome", "still blocked"))
    t.join(2)
    say("python: blocked recv ended:", done.get("outcome", "never"))
    say("peer_probe", outcome(lambda: peer.recv(100, socket.MSG_DONTWAIT)))
    say("peer_sendall", outcome(lambda: peer.sendall(b"from-peer")))
    b.settimeout(2)
    say("dup_recv", outcome(lambda: b.recv(100)))
    say("dup_sendall", outcome(lambda: b.sendall(b"from-dup")))
    peer.settimeout(2)
    say("peer_recv", outcome(lambda: peer.recv(100)))
    b.close()
    say("peer_recv_after_dup_close", outcome(lambda: peer.recv(100)))
    peer.close()
say("END")
