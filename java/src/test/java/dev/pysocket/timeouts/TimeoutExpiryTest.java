package dev.pysocket.timeouts;

import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_RCVBUF;
import static dev.pysocket.Sockets.SO_SNDBUF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.Accepted;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenarios 25, 26, 28, 29 and 36; rules R2, R3 and R5. */
class TimeoutExpiryTest extends BackendTest {

    /** assertSocketTimeout: Python's TimeoutError('timed out'): errno None (0), bare message. */
    private static void assertSocketTimeout(Throwable t) {
        TimeoutError e = assertInstanceOf(TimeoutError.class, t);
        assertInstanceOf(OSError.class, e);
        assertEquals(TimeoutError.class, e.getClass());
        assertEquals(0, e.errno());
        assertEquals("timed out", e.getMessage());
    }

    /** Scenario 25. */
    @Test
    void recvWithTimeoutRaisesTimeoutErrorAfterAboutTheTimeout() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(0.3);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, () -> p.server().recv(10));
            assertAbout(0.3, secondsSince(t0));
            assertSocketTimeout(e);
        }
    }

    /** Scenario 25 for recv_into: same rule. */
    @Test
    void recvIntoWithTimeoutRaisesTimeoutError() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(0.2);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, () -> p.server().recvInto(new byte[10]));
            assertAbout(0.2, secondsSince(t0));
            assertSocketTimeout(e);
        }
    }

    /** R2: the socket still works after a timeout. */
    @Test
    void socketStillReceivesAfterATimeout() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(0.1);
            assertThrows(TimeoutError.class, () -> p.server().recv(10));
            p.client().sendall(ascii("late"));
            p.server().settimeout(2.0);
            assertEquals("late", new String(p.server().recv(10), java.nio.charset.StandardCharsets.US_ASCII));
        }
    }

    /** Scenario 26. */
    @Test
    void acceptWithTimeoutRaisesTimeoutErrorAfterAboutTheTimeout() throws Exception {
        try (Socket l = listener()) {
            l.settimeout(0.2);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, l::accept);
            assertAbout(0.2, secondsSince(t0));
            assertSocketTimeout(e);
        }
    }

    /** Scenario 26: a non-blocking accept raises BlockingIOError 11, not TimeoutError. */
    @Test
    void nonBlockingAcceptWithoutClientRaisesBlockingIOError11() throws Exception {
        try (Socket l = listener()) {
            l.settimeout(0.0);
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable", l::accept);
        }
    }

    /** R3: a non-blocking recv with no data raises BlockingIOError 11. */
    @Test
    void nonBlockingRecvWithoutDataRaisesBlockingIOError11() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().setblocking(false);
            assertOSError(BlockingIOError.class, 11, "[Errno 11] Resource temporarily unavailable", () -> p.server().recv(10));
        }
    }

    /** Scenario 28: a slow reader; sendall shares one 1.0 s deadline over all chunks (R5). */
    @Test
    void sendallToSlowReaderTimesOutAfterOneDeadlineForTheWholeCall() throws Exception {
        byte[] payload = new byte[4 << 20];
        try (Socket l = Sockets.socket()) {
            // small, fixed buffers so the kernel cannot absorb the payload
            l.setsockopt(SOL_SOCKET, SO_RCVBUF, 32 * 1024);
            l.bind(loopback(0));
            l.listen();
            try (Socket client = Sockets.socket()) {
                client.setsockopt(SOL_SOCKET, SO_SNDBUF, 32 * 1024);
                client.connect(l.getsockname());
                try (Socket conn = l.accept().conn();
                        Async<Long> reader = Async.start("slow-reader", () -> {
                            long total = 0;
                            conn.settimeout(5.0);
                            try {
                                while (true) {
                                    byte[] b = conn.recv(1024);
                                    if (b.length == 0) {
                                        return total;
                                    }
                                    total += b.length;
                                    Thread.sleep(10);
                                }
                            } catch (OSError e) {
                                return total; // the sender closed with data in flight
                            }
                        })) {
                    client.settimeout(1.0);
                    long t0 = System.nanoTime();
                    TimeoutError e = assertThrows(TimeoutError.class, () -> client.sendall(payload));
                    double took = secondsSince(t0);
                    assertSocketTimeout(e);
                    assertAbout(1.0, took);
                    closeNow(client);
                    long read = reader.get(Duration.ofSeconds(10));
                    assertTrue(read < payload.length, () -> "reader got everything: " + read);
                }
            }
        }
    }

    /**
     * fillSendBuffer sends from a non-blocking s until EAGAIN has held for 250 ms: the kernel
     * frees a little more space when delayed ACKs and window updates arrive (up to 200 ms on
     * Linux), so the first EAGAIN alone does not mean the buffer stays full.
     */
    private static void fillSendBuffer(Socket s) throws Exception {
        s.setblocking(false);
        byte[] chunk = new byte[4096];
        long deadline = System.nanoTime() + 5_000_000_000L;
        long fullSince = -1;
        while (true) {
            try {
                s.send(chunk);
                fullSince = -1;
            } catch (BlockingIOError full) {
                assertEquals(Errno.EAGAIN, full.errno());
                long now = System.nanoTime();
                if (fullSince < 0) {
                    fullSince = now;
                } else if (now - fullSince > 250_000_000L) {
                    return;
                }
                Thread.sleep(5);
            }
            if (System.nanoTime() > deadline) {
                fail("the send buffer never stayed full");
            }
        }
    }

    /** Scenario 29: with the send buffer full, a timeout-mode send raises TimeoutError after ≈0.3 s. */
    @Test
    void sendIntoFullBufferWithTimeoutRaisesTimeoutErrorAfterAboutTheTimeout() throws Exception {
        try (Socket l = Sockets.socket()) {
            // small, fixed buffers (no autotuning) and no reader
            l.setsockopt(SOL_SOCKET, SO_RCVBUF, 32 * 1024);
            l.bind(loopback(0));
            l.listen();
            try (Socket client = Sockets.socket()) {
                client.setsockopt(SOL_SOCKET, SO_SNDBUF, 32 * 1024);
                client.connect(l.getsockname());
                try (Socket conn = l.accept().conn()) {
                    assertEquals(client.getsockname(), conn.getpeername());
                    fillSendBuffer(client);
                    client.settimeout(0.3);
                    long t0 = System.nanoTime();
                    TimeoutError e = assertThrows(TimeoutError.class, () -> client.send(new byte[64 * 1024]));
                    assertAbout(0.3, secondsSince(t0));
                    assertSocketTimeout(e);
                }
            }
        }
    }

    /** Scenario 36. */
    @Test
    void nonBlockingAcceptRaisesAtOnceThenAcceptsAConnectedClientAsBlocking() throws Exception {
        try (Socket l = listener()) {
            l.setblocking(false);
            long t0 = System.nanoTime();
            assertThrows(BlockingIOError.class, l::accept);
            assertTrue(secondsSince(t0) < 1.0, "a non-blocking accept must not wait");
            try (Socket c = Sockets.createConnection(l.getsockname(), 2.0)) {
                Accepted[] got = new Accepted[1];
                // the handshake is done; the connection reaches the accept queue at once
                eventually(Duration.ofSeconds(2), "accept succeeds after the client connected", () -> {
                    try {
                        got[0] = l.accept();
                        return true;
                    } catch (BlockingIOError notYet) {
                        return false;
                    }
                });
                try (Socket conn = got[0].conn()) {
                    assertNull(conn.gettimeout());
                    assertTrue(conn.getblocking());
                    assertEquals(c.getsockname(), got[0].address());
                }
            }
        }
    }
}
