# line_protocol.py ROLE [PORT]: one end of a line protocol spoken through makefile('rw') on
# both sides (MakefileInteropTest). Each request is a line; the answer is the line upper-cased,
# and "bye" ends the conversation.
#   client PORT: connects, sends "hello", "wörld" and "bye" one at a time, prints each answer (UTF-8, in hex)
#   server: listens on 127.0.0.1:0, prints "PORT n", answers one client, prints each request (UTF-8, in hex)
import socket
import sys

role = sys.argv[1]
if role == "client":
    with socket.create_connection(("127.0.0.1", int(sys.argv[2])), timeout=10) as s:
        f = s.makefile("rw", encoding="utf-8", newline="\n")
        for line in ["hello", "wörld", "bye"]:
            f.write(line + "\n")
            f.flush()
            print("ANSWER", f.readline().rstrip("\n").encode("utf-8").hex(), flush=True)
        f.close()
else:
    with socket.create_server(("127.0.0.1", 0)) as srv:
        srv.settimeout(10)
        print("PORT", srv.getsockname()[1], flush=True)
        conn, _ = srv.accept()
        with conn:
            conn.settimeout(10)
            f = conn.makefile("rw", encoding="utf-8", newline="\n")
            for line in f:
                request = line.rstrip("\n")
                print("REQUEST", request.encode("utf-8").hex(), flush=True)
                f.write(request.upper() + "\n")
                f.flush()
                if request == "bye":
                    break
            f.close()
