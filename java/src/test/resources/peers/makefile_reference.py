# makefile_reference.py CASES: what CPython's socket.makefile() gives for each case of the
# file CASES (MakefileConformanceTest writes it and compares pysocket's results with these).
# One case a line, fields separated by "|":
#   mode | buffering (-1 is None) | encoding | errors | newline | eof (y: the peer shuts down
#   its writing side after the input) | input (hex) | ops (space-separated)
# encoding, errors and newline are "~" for None, else hex of their UTF-8. Ops:
#   readline read read:N readlines readinto:N write:HEX (UTF-16-LE for text, bytes for
#   binary) flush close peer (what the peer has received, without waiting) sockrecv:N (recv
#   on the socket itself, without waiting) nonblock timeout (settimeout(0.05))
# Prints one line a case: the results of its ops, joined by " ; " (\\, \n and \r escaped).
import socket
import sys


def enc(x):
    if x is None:
        return "None"
    if isinstance(x, bool):
        return "z:%s" % x
    if isinstance(x, int):
        return "i:%d" % x
    if isinstance(x, str):
        return "s:" + x.encode("utf-16-le", "surrogatepass").hex()
    if isinstance(x, (bytes, bytearray)):
        return "b:" + bytes(x).hex()
    if isinstance(x, list):
        return "[" + ",".join(enc(i) for i in x) + "]"
    return "?" + type(x).__name__


def category(e):
    """The Java class pysocket raises for e (API: ValueError-like state errors are IllegalStateException)."""
    import io
    if isinstance(e, io.UnsupportedOperation):
        return "ISE"
    if isinstance(e, OSError):
        return type(e).__name__
    if isinstance(e, ValueError) and "closed" in str(e) and not isinstance(e, UnicodeError):
        return "ISE"
    return "IAE"


def opt(field):
    return None if field == "~" else bytes.fromhex(field).decode("utf-8", "surrogatepass")


def run(line):
    mode, buffering, encoding, errors, newline, eof, data, ops = line.split("|")
    a, b = socket.socketpair()
    out = []
    try:
        b.sendall(bytes.fromhex(data))
        if eof == "y":
            b.shutdown(socket.SHUT_WR)
        buffering = int(buffering)
        try:
            f = a.makefile(mode, buffering=None if buffering == -1 else buffering,
                           encoding=opt(encoding), errors=opt(errors), newline=opt(newline))
        except Exception as e:
            return "E:%s:%s" % (category(e), e)
        text = "b" not in mode
        for op in ops.split():
            name, _, arg = op.partition(":")
            try:
                if name == "readline":
                    r = f.readline()
                elif name == "read":
                    r = f.read(int(arg)) if arg else f.read()
                elif name == "readlines":
                    r = f.readlines()
                elif name == "readinto":
                    buf = bytearray(int(arg))
                    n = f.readinto(buf)
                    r = None if n is None else bytes(buf[:n])
                elif name == "write":
                    raw = bytes.fromhex(arg)
                    r = f.write(raw.decode("utf-16-le", "surrogatepass") if text else raw)
                elif name == "flush":
                    r = f.flush()
                elif name == "close":
                    r = f.close()
                elif name == "peer":
                    b.setblocking(False)
                    try:
                        r = b.recv(1 << 20)
                    except BlockingIOError:
                        r = "nothing"
                    b.setblocking(True)
                elif name == "sockrecv":
                    a.setblocking(False)
                    try:
                        r = a.recv(int(arg))
                    except BlockingIOError:
                        r = "nothing"
                elif name == "nonblock":
                    r = a.setblocking(False)
                elif name == "timeout":
                    r = a.settimeout(0.05)
                else:
                    raise SystemExit("unknown op " + op)
                out.append(r if r == "nothing" else enc(r))
            except Exception as e:
                out.append("E:%s:%s" % (category(e), e))
        try:
            f.close()
        except Exception:
            pass
        return " ; ".join(out)
    finally:
        a.close()
        b.close()


with open(sys.argv[1], encoding="ascii") as cases:
    for case in cases.read().splitlines():
        print(run(case).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"))
