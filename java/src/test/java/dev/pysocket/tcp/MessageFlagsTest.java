package dev.pysocket.tcp;

import static dev.pysocket.Sockets.MSG_DONTWAIT;
import static dev.pysocket.Sockets.MSG_OOB;
import static dev.pysocket.Sockets.MSG_PEEK;
import static dev.pysocket.Sockets.MSG_WAITALL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import dev.pysocket.support.TcpPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, TCP scenarios 20 and 21 (R15: flags pass straight through). MSG_PEEK
 * and MSG_OOB are native-only: on the jdk backend they raise an OSError (EOPNOTSUPP) naming
 * the backend. MSG_WAITALL and MSG_DONTWAIT work on both (the jdk backend emulates them with a
 * receive loop and a one-call non-blocking channel).
 */
class MessageFlagsTest extends BackendTest {
    /** Scenario 20 (native). */
    @Test
    @Requires(Capability.STREAM_FLAGS)
    void recvWithMsgPeekReturnsSameBytesAsFollowingRecv() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abcdef"));
            byte[] peeked = p.server().recv(3, MSG_PEEK);
            assertArrayEquals(ascii("abc"), peeked);
            assertArrayEquals(ascii("abc"), p.server().recv(3));
            assertArrayEquals(ascii("def"), p.server().recv(3));
        }
    }

    /** Scenario 20 (native): recv_into honours MSG_PEEK too. */
    @Test
    @Requires(Capability.STREAM_FLAGS)
    void recvIntoWithMsgPeekDoesNotConsume() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("xyz"));
            byte[] buf = new byte[3];
            assertEquals(3, p.server().recvInto(buf, 3, MSG_PEEK));
            assertArrayEquals(ascii("xyz"), buf);
            assertArrayEquals(ascii("xyz"), p.server().recv(3));
        }
    }

    /** Scenario 20: MSG_WAITALL assembles two sends into one recv(5). */
    @Test
    void recvWithMsgWaitallAssemblesTwoPlusThreeBytes() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.client().sendall(ascii("ab"));
            try (Async<byte[]> r = Async.start("waitall", () -> p.server().recv(5, MSG_WAITALL))) {
                r.awaitBlockedInNative(Duration.ofSeconds(2));
                p.client().sendall(ascii("cde"));
                assertArrayEquals(ascii("abcde"), r.get(Duration.ofSeconds(2)));
            }
        }
    }

    /** R15: MSG_WAITALL returns what arrived when the stream ends first. */
    @Test
    void recvWithMsgWaitallReturnsShortCountAtEndOfStream() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.client().sendall(ascii("abc"));
            p.client().shutdown(Sockets.SHUT_WR);
            assertArrayEquals(ascii("abc"), p.server().recv(10, MSG_WAITALL));
            assertArrayEquals(new byte[0], p.server().recv(10, MSG_WAITALL));
        }
    }

    /** R1/R15: in timeout mode the descriptor is non-blocking, so MSG_WAITALL returns what there is. */
    @Test
    void recvWithMsgWaitallInTimeoutModeReturnsAvailableBytes() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("ab"));
            assertArrayEquals(ascii("ab"), p.server().recv(5, MSG_WAITALL));
        }
    }

    /** Scenario 20: MSG_DONTWAIT on a blocking socket with no data raises BlockingIOError 11. */
    @Test
    void recvWithMsgDontwaitAndNoDataRaisesBlockingIOError11() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> p.server().recv(10, MSG_DONTWAIT));
            // the socket itself stays blocking
            assertNull(p.server().gettimeout());
            assertEquals(true, p.server().getblocking());
        }
    }

    /** R15: MSG_DONTWAIT affects one call: the next recv blocks until data arrives. */
    @Test
    void msgDontwaitLeavesSocketBlockingForNextRecv() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertThrows(BlockingIOError.class, () -> p.server().recv(10, MSG_DONTWAIT));
            try (Async<byte[]> r = Async.start("blocking recv", () -> p.server().recv(10))) {
                r.awaitBlockedInNative(Duration.ofSeconds(2));
                p.client().sendall(ascii("late"));
                assertArrayEquals(ascii("late"), r.get(Duration.ofSeconds(2)));
            }
        }
    }

    /** R15: send with MSG_DONTWAIT into a full buffer raises BlockingIOError 11 on a blocking socket. */
    @Test
    void sendWithMsgDontwaitIntoFullBufferRaisesBlockingIOError11() throws Exception {
        try (TcpPair p = tcpPair()) {
            byte[] chunk = new byte[64 << 10];
            BlockingIOError e = assertThrows(BlockingIOError.class, () -> {
                for (int i = 0; i < 4096; i++) { // bounded: loopback buffers hold a few MiB at most
                    p.client().send(chunk, MSG_DONTWAIT);
                }
            });
            assertEquals(Errno.EAGAIN, e.errno());
            assertEquals("[Errno 11] Resource temporarily unavailable", e.getMessage());
            assertNull(p.client().gettimeout(), "the socket stays blocking");
        }
    }

    /** R15: MSG_PEEK in timeout mode waits like recv and times out without data (native). */
    @Test
    @Requires(Capability.STREAM_FLAGS)
    void recvWithMsgPeekInTimeoutModeTimesOut() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(0.2);
            long t0 = System.nanoTime();
            assertOSError(dev.pysocket.TimeoutError.class, 0, "timed out", () -> p.server().recv(3, MSG_PEEK));
            assertAbout(0.2, secondsSince(t0));
        }
    }

    /** Scenario 21 (native). */
    @Test
    @Requires(Capability.STREAM_FLAGS)
    void msgOobByteIsReadWithMsgOobAndNotInBand() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abc"));
            assertEquals(1, p.client().send(ascii("!"), MSG_OOB));
            assertTrue(Sockets.has("MSG_OOB"), "hasattr(socket, 'MSG_OOB') where MSG_OOB works");
            assertArrayEquals(ascii("abc"), p.server().recv(10));
            // blocking mode: a timeout-mode recv polls for POLLIN, which the urgent byte alone
            // does not raise (tcp_poll), so CPython would time out there
            p.server().settimeout((Double) null);
            assertArrayEquals(ascii("!"), p.server().recv(1, MSG_OOB));
        }
    }
}
