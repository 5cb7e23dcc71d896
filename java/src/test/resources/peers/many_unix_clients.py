# many_unix_clients.py PATH N: the clients of VirtualThreadTest's parked receivers. Raises its own
# RLIMIT_NOFILE soft limit to the hard one (resource.setrlimit), connects one control connection
# and then N AF_UNIX stream connections to the listener at PATH, in that order, and prints
# "CONNECTED N". When the control connection brings b"go", sends "message <i>" on connection i,
# reads each echo back, prints "RIGHT <how many came back whole and right>", and closes
# everything. Every wait after the connects is bounded by a 120 s timeout; the connects wait for
# the listener, which accepts them with a timeout of its own.
import resource
import socket
import sys

path, n = sys.argv[1], int(sys.argv[2])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def connect():
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # Blocking while it connects: an AF_UNIX connect in timeout mode fails with EAGAIN, not
    # waits, while the listener's queue is full.
    s.connect(path)
    s.settimeout(120)
    return s


control = connect()
conns = [connect() for _ in range(n)]
print("CONNECTED", len(conns))
order = b""
while len(order) < 2:
    part = control.recv(2 - len(order))
    if not part:
        break
    order += part
if order != b"go":
    print("NO ORDER", order)
    sys.exit(2)
for i, s in enumerate(conns):
    s.sendall(b"message %d" % i)
right = 0
for i, s in enumerate(conns):
    want = b"message %d" % i
    got = b""
    while len(got) < len(want):
        part = s.recv(len(want) - len(got))
        if not part:
            break
        got += part
    right += got == want
print("RIGHT", right)
for s in conns:
    s.close()
control.close()
