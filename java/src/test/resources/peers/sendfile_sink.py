# sendfile_sink.py: the CPython receiver of the sendfile interop test (R23). Listens on
# 127.0.0.1:0, prints "PORT <n>", accepts one connection, reads to the end of stream and
# prints "OK <bytes> <sha256 hex>".
import hashlib
import socket

with socket.create_server(("127.0.0.1", 0)) as srv:
    srv.settimeout(20)
    print("PORT", srv.getsockname()[1], flush=True)
    conn, _ = srv.accept()
    with conn:
        conn.settimeout(20)
        digest = hashlib.sha256()
        total = 0
        while True:
            chunk = conn.recv(1 << 16)
            if not chunk:
                break
            digest.update(chunk)
            total += len(chunk)
print("OK", total, digest.hexdigest(), flush=True)
