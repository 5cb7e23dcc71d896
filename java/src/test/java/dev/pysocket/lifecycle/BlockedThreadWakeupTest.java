package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.SHUT_RDWR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, scenarios 47 and 48; rule R18.
 *
 * <p>Scenario 48 is a project rule stricter than CPython: on Linux CPython a close() from
 * another thread leaves a thread blocked in recv/accept blocked (R18). pysocket must wake it
 * within 1 s with OSError 9 (EBADF) and never let the descriptor number be reused under it.
 */
class BlockedThreadWakeupTest extends BackendTest {
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration WAKE = Duration.ofSeconds(2);

    private static double wokeAfter(Async<?> a, long t0) {
        return (a.finishedAtNanos() - t0) / 1e9;
    }

    /** Scenario 47: shutdown(SHUT_RDWR) from another thread makes a blocked recv return b''. */
    @Test
    void shutdownRdwrFromAnotherThreadWakesBlockedRecvWithEmpty() throws Exception {
        try (TcpPair p = tcpPair(); Async<byte[]> r = Async.start("blocked-recv", () -> p.server().recv(10))) {
            r.awaitBlockedInNative(BLOCK);
            long t0 = System.nanoTime();
            p.server().shutdown(SHUT_RDWR);
            assertArrayEquals(new byte[0], r.get(WAKE));
            assertTrue(wokeAfter(r, t0) <= 1.0, () -> "woke after " + wokeAfter(r, t0) + " s");
        }
    }

    /** Scenario 47: shutdown(SHUT_RDWR) of a listener wakes a blocked accept with OSError 22. */
    @Test
    void shutdownRdwrFromAnotherThreadWakesBlockedAcceptWithOSError() throws Exception {
        try (Socket l = listener(); Async<Accepted> a = Async.start("blocked-accept", l::accept)) {
            a.awaitBlockedInNative(BLOCK);
            long t0 = System.nanoTime();
            l.shutdown(SHUT_RDWR);
            Throwable t = a.failure(WAKE);
            OSError e = assertInstanceOf(OSError.class, t);
            assertEquals(Errno.EINVAL, e.errno(), () -> "R18: accept raises OSError 22, got " + e);
            assertEquals("[Errno 22] Invalid argument", e.getMessage());
            assertTrue(wokeAfter(a, t0) <= 1.0, () -> "woke after " + wokeAfter(a, t0) + " s");
        }
    }

    /** Scenario 48: close() from another thread wakes a blocked recv within 1 s with OSError 9. */
    @Test
    void closeFromAnotherThreadWakesBlockedRecvWithinOneSecondWithEbadf() throws Exception {
        try (TcpPair p = tcpPair(); Async<byte[]> r = Async.start("blocked-recv", () -> p.server().recv(10))) {
            r.awaitBlockedInNative(BLOCK);
            long t0 = System.nanoTime();
            p.server().close();
            assertEquals(-1, p.server().fileno());
            Throwable t = r.failure(WAKE);
            OSError e = assertInstanceOf(OSError.class, t);
            assertEquals(Errno.EBADF, e.errno(), () -> "expected EBADF, got " + e);
            assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
            assertTrue(wokeAfter(r, t0) <= 1.0, () -> "woke after " + wokeAfter(r, t0) + " s");
        }
    }

    /** Scenario 48: the same for a recv in timeout mode (CPython wakes only at the deadline). */
    @Test
    void closeFromAnotherThreadWakesTimedRecvBeforeItsDeadline() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(10.0);
            try (Async<byte[]> r = Async.start("timed-recv", () -> p.server().recv(10))) {
                r.awaitBlockedInNative(BLOCK);
                long t0 = System.nanoTime();
                p.server().close();
                OSError e = assertInstanceOf(OSError.class, r.failure(WAKE));
                assertEquals(Errno.EBADF, e.errno(), () -> "expected EBADF, got " + e);
                assertTrue(wokeAfter(r, t0) <= 1.0, () -> "woke after " + wokeAfter(r, t0) + " s");
            }
        }
    }

    /** Scenario 48: close() from another thread wakes a blocked accept within 1 s with OSError 9. */
    @Test
    void closeFromAnotherThreadWakesBlockedAcceptWithinOneSecondWithEbadf() throws Exception {
        try (Socket l = listener(); Async<Accepted> a = Async.start("blocked-accept", l::accept)) {
            a.awaitBlockedInNative(BLOCK);
            long t0 = System.nanoTime();
            closeNow(l);
            OSError e = assertInstanceOf(OSError.class, a.failure(WAKE));
            assertEquals(Errno.EBADF, e.errno(), () -> "expected EBADF, got " + e);
            assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
            assertTrue(wokeAfter(a, t0) <= 1.0, () -> "woke after " + wokeAfter(a, t0) + " s");
        }
    }

    /** Scenario 48: a second close after the wake-up is still a no-op; the peer sees the end of stream. */
    @Test
    void closeDuringBlockedRecvStillClosesTheConnection() throws Exception {
        try (TcpPair p = tcpPair(); Async<byte[]> r = Async.start("blocked-recv", () -> p.server().recv(10))) {
            r.awaitBlockedInNative(BLOCK);
            p.server().close();
            r.failure(WAKE);
            p.server().close();
            p.client().settimeout(2.0);
            assertArrayEquals(new byte[0], p.client().recv(10), "the peer sees the close");
        }
    }
}
