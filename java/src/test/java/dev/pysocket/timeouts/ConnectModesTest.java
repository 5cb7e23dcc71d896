package dev.pysocket.timeouts;

import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_ERROR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.BackendTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 38, and rule R6 (connect in each timeout mode). */
class ConnectModesTest extends BackendTest {

    /** Scenario 38: SO_ERROR carries the refusal and reading it clears it (the jdk backend emulates it). */
    @Test
    void nonBlockingConnectToClosedPortRaises115ThenSoErrorIs111ThenZero() throws Exception {
        try (Socket closed = Sockets.socket(); Socket c = Sockets.socket()) {
            closed.bind(loopback(0));
            c.setblocking(false);
            assertOSError(BlockingIOError.class, Errno.EINPROGRESS, "[Errno 115] Operation now in progress",
                    () -> c.connect(closed.getsockname()));
            int[] err = {c.getsockopt(SOL_SOCKET, SO_ERROR)};
            if (err[0] == 0) {
                // the refusal arrives asynchronously; SO_ERROR reads 0 until it has
                eventually(Duration.ofSeconds(2), "SO_ERROR reports the refusal", () -> {
                    err[0] = c.getsockopt(SOL_SOCKET, SO_ERROR);
                    return err[0] != 0;
                });
            }
            assertEquals(Errno.ECONNREFUSED, err[0]);
            assertEquals(0, c.getsockopt(SOL_SOCKET, SO_ERROR), "reading SO_ERROR clears it");
        }
    }

    /** R6: non-blocking connect_ex returns 115, then 0 once connected, then 106 (EISCONN). */
    @Test
    void nonBlockingConnectExReturns115Then0Then106() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.socket()) {
            c.setblocking(false);
            assertEquals(Errno.EINPROGRESS, c.connectEx(l.getsockname()));
            int[] r = new int[1];
            eventually(Duration.ofSeconds(2), "connect_ex stops reporting progress", () -> {
                r[0] = c.connectEx(l.getsockname());
                return r[0] != Errno.EALREADY && r[0] != Errno.EINPROGRESS;
            });
            assertEquals(0, r[0]);
            assertEquals(Errno.EISCONN, c.connectEx(l.getsockname()));
            try (Socket conn = l.accept().conn()) {
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /** R6: connect() on an already connected socket raises EISCONN 106. */
    @Test
    void connectOnConnectedSocketRaisesIsConnected106() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.createConnection(l.getsockname());
                Socket conn = l.accept().conn()) {
            assertEquals(c.getsockname(), conn.getpeername());
            assertPlainOSError(Errno.EISCONN, "[Errno 106] Transport endpoint is already connected",
                    () -> c.connect(l.getsockname()));
        }
    }

    /** R6: connect in timeout mode succeeds like a blocking one. */
    @Test
    void connectWithTimeoutToListenerSucceeds() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.socket()) {
            c.settimeout(2.0);
            c.connect(l.getsockname());
            assertEquals(2.0, c.gettimeout());
            try (Socket conn = l.accept().conn()) {
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /**
     * R6: with the accept queue full (listen(0) and one pending client), Linux drops SYNs, so
     * a connect with timeout 0.3 raises TimeoutError after ≈0.3 s and connect_ex returns 11.
     */
    @Test
    void connectWithTimeoutToFullAcceptQueueTimesOut() throws Exception {
        try (Socket l = Sockets.socket()) {
            l.bind(loopback(0));
            l.listen(0);
            try (Socket first = Sockets.socket(); Socket second = Sockets.socket(); Socket third = Sockets.socket();
                    Socket extra = Sockets.socket()) {
                first.settimeout(2.0);
                first.connect(l.getsockname());
                if (!isNative()) {
                    // README, jdk deviations: listen(0) queues like listen(1) (the JDK turns a
                    // backlog below 1 into its default), so one more client fits.
                    extra.settimeout(2.0);
                    extra.connect(l.getsockname());
                }
                second.settimeout(0.3);
                long t0 = System.nanoTime();
                TimeoutError e = assertThrows(TimeoutError.class, () -> second.connect(l.getsockname()));
                assertAbout(0.3, secondsSince(t0));
                assertEquals("timed out", e.getMessage());
                assertEquals(0, e.errno());
                third.settimeout(0.3);
                assertEquals(Errno.EWOULDBLOCK, third.connectEx(l.getsockname()), "connect_ex returns 11 on timeout");
                assertNotEquals(-1, first.fileno());
            }
        }
    }
}
