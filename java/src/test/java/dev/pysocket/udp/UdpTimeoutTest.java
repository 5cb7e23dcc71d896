package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 56; rules R1-R3 on UDP. */
class UdpTimeoutTest extends BackendTest {

    /** Scenario 56: recvfrom with settimeout(0.2) raises TimeoutError('timed out') after ≈0.2 s. */
    @Test
    void recvfromWithTimeoutRaisesTimeoutErrorAfterAboutTheTimeout() throws Exception {
        try (Socket s = UdpDatagramTest.udp()) {
            s.settimeout(0.2);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, () -> s.recvfrom(64));
            assertAbout(0.2, secondsSince(t0));
            assertEquals(0, e.errno());
            assertEquals("timed out", e.getMessage());
        }
    }

    /** Scenario 56: recvfrom with settimeout(0) raises BlockingIOError 11. */
    @Test
    void recvfromNonBlockingRaisesBlockingIOError11() throws Exception {
        try (Socket s = UdpDatagramTest.udp()) {
            s.settimeout(0.0);
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> s.recvfrom(64));
            assertOSError(BlockingIOError.class, Errno.EAGAIN, null, () -> s.recvfromInto(new byte[8]));
            assertOSError(BlockingIOError.class, Errno.EAGAIN, null, () -> s.recv(8));
        }
    }

    /** Scenario 56: recv and recvfrom_into time out the same way. */
    @Test
    void recvAndRecvfromIntoWithTimeoutRaiseTimeoutError() throws Exception {
        try (Socket s = UdpDatagramTest.udp()) {
            s.settimeout(0.1);
            assertThrows(TimeoutError.class, () -> s.recv(64));
            assertThrows(TimeoutError.class, () -> s.recvfromInto(new byte[64]));
        }
    }

    /** R2: a datagram arriving while recvfrom waits is returned before the deadline. */
    @Test
    void recvfromWithTimeoutReturnsADatagramThatArrivesInTime() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp();
                Async<Datagram> r = Async.start("timed-recvfrom", () -> rx.recvfrom(64))) {
            Thread.sleep(100);
            tx.sendto(ascii("late"), rx.getsockname());
            Datagram d = r.get(Duration.ofSeconds(2));
            assertArrayEquals(ascii("late"), d.data());
            assertEquals(tx.getsockname(), d.address());
        }
    }

    /** R1: sendto works in all three modes (a datagram socket is always writable here). */
    @Test
    void sendtoWorksInNonBlockingAndTimeoutMode() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            tx.settimeout(0.0);
            assertEquals(1, tx.sendto(ascii("a"), rx.getsockname()));
            tx.settimeout(0.5);
            assertEquals(1, tx.sendto(ascii("b"), rx.getsockname()));
            tx.settimeout((Double) null);
            assertEquals(1, tx.sendto(ascii("c"), rx.getsockname()));
            assertArrayEquals(ascii("a"), rx.recv(8));
            assertArrayEquals(ascii("b"), rx.recv(8));
            assertArrayEquals(ascii("c"), rx.recv(8));
        }
    }
}
