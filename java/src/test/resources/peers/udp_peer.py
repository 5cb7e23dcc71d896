# udp_peer.py: the CPython side of the UDP interop tests.
#   udp_peer.py echo COUNT       bind 127.0.0.1:0, print "PORT <n>", echo COUNT datagrams back
#                                 to their senders with sendto, then print "ECHOED <count>".
#   udp_peer.py send PORT COUNT  send COUNT numbered datagrams to 127.0.0.1:PORT one at a
#                                 time, expect each back (as b"ack:" + datagram) from PORT, then
#                                 print "OK <count>"; any mismatch prints "FAIL ..." and exits 1.
# Every wait is bounded (settimeout), so a broken peer cannot hang the test.
import socket
import sys

mode = sys.argv[1]
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.settimeout(10)
    if mode == "echo":
        count = int(sys.argv[2])
        s.bind(("127.0.0.1", 0))
        print("PORT", s.getsockname()[1], flush=True)
        for _ in range(count):
            data, addr = s.recvfrom(65536)
            s.sendto(data, addr)
        print("ECHOED", count, flush=True)
    else:
        port, count = int(sys.argv[2]), int(sys.argv[3])
        for i in range(count):
            msg = b"dgram-%d" % i
            s.sendto(msg, ("127.0.0.1", port))
            data, addr = s.recvfrom(65536)
            if data != b"ack:" + msg or addr != ("127.0.0.1", port):
                print("FAIL got", data, "from", addr, flush=True)
                sys.exit(1)
        # the empty datagram is a datagram too (scenario 50)
        s.sendto(b"", ("127.0.0.1", port))
        data, addr = s.recvfrom(65536)
        if data != b"ack:":
            print("FAIL empty datagram answered with", data, flush=True)
            sys.exit(1)
        print("OK", count, flush=True)
sys.exit(0)
