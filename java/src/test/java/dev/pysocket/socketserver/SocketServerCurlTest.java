package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.Address;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SocketServerCurlTest: curl talks HTTP/1.1 to a ThreadingTCPServer handler. */
@Timeout(60)
class SocketServerCurlTest extends BackendTest {
    /** Http: answers any request with a plain-text body naming its path, as HTTP/1.0 with Content-Length. */
    static final class Http extends StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            String requestLine = new String(rfile.readlineBytes(), StandardCharsets.ISO_8859_1).trim();
            for (;;) { // the headers, up to the blank line
                byte[] header = rfile.readlineBytes();
                if (header.length == 0 || new String(header, StandardCharsets.ISO_8859_1).trim().isEmpty()) {
                    break;
                }
            }
            byte[] body = ("hello from " + requestLine.split(" ")[1] + " via pysocket\n").getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            int sent = 0;
            while (sent < all.length) {
                sent += wfile.write(Arrays.copyOfRange(all, sent, all.length));
            }
        }
    }

    private static boolean curlInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> new File(d, "curl").canExecute());
    }

    @Test
    void curlGetsAnAnswerFromAThreadingTcpServer() throws Exception {
        assumeTrue(curlInstalled(), "curl is not installed (on PATH): the HTTP-client check needs it");
        try (Running r = new Running(new ThreadingTCPServer(loopback(0), Http::new), 0.1)) {
            int port = ((Address.Inet) r.server.serverAddress()).port();
            for (String path : List.of("/one", "/two")) {
                ChildProcess.Output out = ChildProcess.run(
                        List.of("curl", "-sS", "--max-time", "10", "http://127.0.0.1:" + port + path), Map.of(),
                        Duration.ofSeconds(30));
                assertEquals(0, out.exit(), () -> "curl failed: " + out.stderr());
                assertEquals("hello from " + path + " via pysocket\n", out.stdout());
            }
        }
    }
}
