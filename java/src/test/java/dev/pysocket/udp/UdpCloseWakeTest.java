package dev.pysocket.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Conformance scenario 48 (project rule, stricter than CPython's R18) on UDP: close() from
 * another thread wakes a thread blocked in recvfrom within 1 s with OSError 9.
 */
class UdpCloseWakeTest extends BackendTest {

    /** Closes s and asserts that r, blocked in it, failed with EBADF within 1 s of the close. */
    private static void assertCloseWakesWithEbadf(Socket s, Async<Datagram> r) throws OSError, InterruptedException {
        long t0 = System.nanoTime();
        s.close();
        OSError e = assertInstanceOf(OSError.class, r.failure(Duration.ofSeconds(2)));
        assertEquals(Errno.EBADF, e.errno(), () -> "expected EBADF, got " + e);
        double took = (r.finishedAtNanos() - t0) / 1e9;
        assertTrue(took <= 1.0, () -> "woke after " + took + " s");
    }

    /** Scenario 48: a blocking recvfrom wakes with EBADF when another thread closes the socket. */
    @Test
    void closeFromAnotherThreadWakesBlockedRecvfromWithOSError9() throws Exception {
        Socket s = UdpDatagramTest.udp();
        s.settimeout((Double) null);
        try (Async<Datagram> r = Async.start("blocked-recvfrom", () -> s.recvfrom(64))) {
            r.awaitBlockedInNative(Duration.ofSeconds(2));
            assertCloseWakesWithEbadf(s, r);
        } finally {
            s.close();
        }
    }

    /** Scenario 48 in timeout mode: a recvfrom waiting for its deadline wakes at close too. */
    @Test
    void closeFromAnotherThreadWakesTimedRecvfromWithOSError9() throws Exception {
        Socket s = UdpDatagramTest.udp();
        s.settimeout(1.5);
        try (Async<Datagram> r = Async.start("timed-recvfrom", () -> s.recvfrom(64))) {
            Thread.sleep(100);
            assertCloseWakesWithEbadf(s, r);
        } finally {
            s.close();
        }
    }
}
