import dev.pysocket.Address;
import dev.pysocket.socketserver.StreamRequestHandler;
import dev.pysocket.socketserver.ThreadingTCPServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.0 server on socketserver's ThreadingTCPServer (a thread per connection): GET
 * answers 200 with a line naming the path, any other method 501. Shuts down after REQUESTS
 * requests. http_server.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR HttpServer.java [PORT [REQUESTS]], then
 * {@code curl -s http://127.0.0.1:PORT/hello}
 */
public class HttpServer {
    static final String HOST = "127.0.0.1";
    static int requests;

    static final AtomicInteger served = new AtomicInteger();

    static class Handler extends StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            String requestLine = new String(rfile.readlineBytes(), StandardCharsets.ISO_8859_1).replaceAll("[\r\n]+$", "");
            while (!List.of("\r\n", "\n", "").contains(new String(rfile.readlineBytes(), StandardCharsets.ISO_8859_1))) {
                continue; // a header: this server needs none
            }
            String[] parts = requestLine.split(" ", 3);
            String method = parts[0];
            String path = parts[1];
            String status;
            String body;
            if (method.equals("GET")) {
                status = "200 OK";
                body = "hello from " + path + "\n";
            } else {
                status = "501 Not Implemented";
                body = method + " is not supported\n";
            }
            byte[] payload = body.getBytes(StandardCharsets.UTF_8);
            String head = "HTTP/1.0 " + status + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
                    + payload.length + "\r\n\r\n";
            wfile.write(head.getBytes(StandardCharsets.ISO_8859_1));
            wfile.write(payload);
            System.out.println(method + " " + path + " -> " + status);
            if (served.incrementAndGet() == requests) {
                server().shutdown(); // from this request's thread; serveForever runs in the main thread
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        requests = args.length > 1 ? Integer.parseInt(args[1]) : 1;

        try (ThreadingTCPServer server = new ThreadingTCPServer(Address.of(HOST, port), Handler::new)) {
            Address.Inet bound = (Address.Inet) server.serverAddress();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            server.serveForever();
        }
        System.out.println("served " + requests + " requests");
    }
}
