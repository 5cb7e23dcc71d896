"""A small HTTP/1.0 server on socketserver.ThreadingTCPServer (a thread per connection):
GET answers 200 with a line naming the path, any other method 501. Shuts down after
REQUESTS requests.

Usage: python3 http_server.py [PORT [REQUESTS]]   then: curl -s http://127.0.0.1:PORT/hello
"""
import socketserver
import sys
import threading

HOST = "127.0.0.1"
PORT = int(sys.argv[1]) if len(sys.argv) > 1 else 0
REQUESTS = int(sys.argv[2]) if len(sys.argv) > 2 else 1

served = 0
served_lock = threading.Lock()


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        request_line = self.rfile.readline().decode("latin-1").rstrip("\r\n")
        while self.rfile.readline() not in (b"\r\n", b"\n", b""):
            pass  # a header: this server needs none
        method, path, _version = request_line.split(" ", 2)
        if method == "GET":
            status, body = "200 OK", f"hello from {path}\n"
        else:
            status, body = "501 Not Implemented", f"{method} is not supported\n"
        payload = body.encode("utf-8")
        head = f"HTTP/1.0 {status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {len(payload)}\r\n\r\n"
        self.wfile.write(head.encode("latin-1"))
        self.wfile.write(payload)
        print(method, path, "->", status)
        global served
        with served_lock:
            served += 1
            last = served == REQUESTS
        if last:
            self.server.shutdown()  # from this request's thread; serve_forever runs in the main thread


with socketserver.ThreadingTCPServer((HOST, PORT), Handler) as server:
    print("listening on", *server.server_address, flush=True)
    server.serve_forever()
print("served", REQUESTS, "requests")
