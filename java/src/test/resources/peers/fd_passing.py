# fd_passing.py PATH: the CPython side of the descriptor-passing interop test (scenario 71 in
# both directions). Connects to the AF_UNIX stream at PATH, passes a pipe's write end and one
# end of a socketpair with socket.send_fds, reads what pysocket writes through them; then
# receives two descriptors from pysocket with socket.recv_fds and writes through each.
# Every wait is bounded (select, socket timeouts); each step prints one line.
import os
import select
import socket
import sys

def read_within(fd, seconds):
    ready, _, _ = select.select([fd], [], [], seconds)
    return os.read(fd, 100) if ready else b'(nothing)'

c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
c.settimeout(20)
c.connect(sys.argv[1])
r, w = os.pipe()
s1, s2 = socket.socketpair()
print('SENT', socket.send_fds(c, [b'from python'], [w, s1.fileno()]))
os.close(w)
s1.close()
print('PIPE', read_within(r, 20).decode())
s2.settimeout(20)
print('SOCKET', s2.recv(100).decode())
msg, fds, flags, addr = socket.recv_fds(c, 100, 4)
print('GOT', msg.decode(), len(fds), flags)
os.write(fds[0], b'python wrote to your pipe')
with socket.socket(fileno=fds[1]) as back:
    back.sendall(b'python wrote to your socket')
os.close(fds[0])
print('DONE')
