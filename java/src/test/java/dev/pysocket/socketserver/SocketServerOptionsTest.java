package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SocketServerOptionsTest: the server's bind-time options and the stream handler's timeout and TCP_NODELAY. */
@Timeout(60)
class SocketServerOptionsTest extends BackendTest {
    /** Report: answers with the connection's timeout and TCP_NODELAY as its handler set them. */
    static final class Report extends StreamRequestHandler {
        Report() {
            timeout = 2.5;
            disableNagleAlgorithm = true;
        }

        @Override
        public void handle() throws Exception {
            rfile.readlineBytes();
            String r = connection.gettimeout() + " " + (connection.getsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY) != 0) + "\n";
            wfile.write(r.getBytes());
        }
    }

    @Test
    void optionsSetBeforeBindApplyAndTheHandlerSetsTimeoutAndNodelay() throws Exception {
        TCPServer server = new TCPServer(loopback(0), Report::new, false);
        assertFalse(server.allowReuseAddress());
        assertFalse(server.allowReusePort());
        assertEquals(5, server.requestQueueSize());
        server.setAllowReuseAddress(true);
        server.setAllowReusePort(true);
        server.setRequestQueueSize(1);
        server.serverBind();
        server.serverActivate();
        assertEquals(1, server.socket().getsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR));
        assertEquals(1, server.socket().getsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEPORT));
        try (Running r = new Running(server, 0.1);
                Socket c = Sockets.createConnection(loopback(((Address.Inet) r.server.serverAddress()).port()), 10.0);
                SocketFile f = c.makefile("rb")) {
            c.sendall("?\n".getBytes());
            assertEquals("2.5 true\n", new String(f.readlineBytes()));
        }
    }

    @Test
    void bindFailureClosesTheSocketAndRaises() throws Exception {
        try (TCPServer first = new TCPServer(loopback(0), Report::new)) {
            assertTrue(first.socket().isOpen());
            assertOSError(dev.pysocket.OSError.class, dev.pysocket.Errno.EADDRINUSE, "[Errno 98] Address already in use",
                    () -> new TCPServer(first.serverAddress(), Report::new).close());
        }
    }
}
