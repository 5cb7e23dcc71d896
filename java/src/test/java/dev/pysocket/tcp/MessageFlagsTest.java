package dev.pysocket.tcp;

import static dev.pysocket.Sockets.MSG_DONTWAIT;
import static dev.pysocket.Sockets.MSG_OOB;
import static dev.pysocket.Sockets.MSG_PEEK;
import static dev.pysocket.Sockets.MSG_WAITALL;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, TCP scenarios 20 and 21 (R15: flags pass straight through). These are
 * native-only: on the jdk backend each flag raises an OSError (EOPNOTSUPP) naming the backend.
 */
class MessageFlagsTest extends BackendTest {
    /** Scenario 20 (native). */
    @Test
    void recvWithMsgPeekReturnsSameBytesAsFollowingRecv() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abcdef"));
            if (!isNative()) {
                assertJdkUnsupported(() -> p.server().recv(3, MSG_PEEK));
                return;
            }
            byte[] peeked = p.server().recv(3, MSG_PEEK);
            assertArrayEquals(ascii("abc"), peeked);
            assertArrayEquals(ascii("abc"), p.server().recv(3));
            assertArrayEquals(ascii("def"), p.server().recv(3));
        }
    }

    /** Scenario 20 (native): recv_into honours MSG_PEEK too. */
    @Test
    void recvIntoWithMsgPeekDoesNotConsume() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("xyz"));
            byte[] buf = new byte[3];
            if (!isNative()) {
                assertJdkUnsupported(() -> p.server().recvInto(buf, 3, MSG_PEEK));
                return;
            }
            assertEquals(3, p.server().recvInto(buf, 3, MSG_PEEK));
            assertArrayEquals(ascii("xyz"), buf);
            assertArrayEquals(ascii("xyz"), p.server().recv(3));
        }
    }

    /** Scenario 20 (native): MSG_WAITALL assembles two sends into one recv(5). */
    @Test
    void recvWithMsgWaitallAssemblesTwoPlusThreeBytes() throws Exception {
        try (TcpPair p = tcpPair()) {
            if (!isNative()) {
                assertJdkUnsupported(() -> p.server().recv(5, MSG_WAITALL));
                return;
            }
            p.client().sendall(ascii("ab"));
            try (Async<byte[]> r = Async.start("waitall", () -> p.server().recv(5, MSG_WAITALL))) {
                r.awaitBlockedInNative(Duration.ofSeconds(2));
                p.client().sendall(ascii("cde"));
                assertArrayEquals(ascii("abcde"), r.get(Duration.ofSeconds(2)));
            }
        }
    }

    /** Scenario 20 (native): MSG_DONTWAIT on a blocking socket with no data raises BlockingIOError 11. */
    @Test
    void recvWithMsgDontwaitAndNoDataRaisesBlockingIOError11() throws Exception {
        try (TcpPair p = tcpPair()) {
            if (!isNative()) {
                assertJdkUnsupported(() -> p.server().recv(10, MSG_DONTWAIT));
                return;
            }
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> p.server().recv(10, MSG_DONTWAIT));
            // the socket itself stays blocking
            assertNull(p.server().gettimeout());
            assertEquals(true, p.server().getblocking());
        }
    }

    /** Scenario 21 (native). */
    @Test
    void msgOobByteIsReadWithMsgOobAndNotInBand() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            if (!isNative()) {
                assertJdkUnsupported(() -> p.client().send(ascii("!"), MSG_OOB));
                return;
            }
            assertTrue(Sockets.has("MSG_OOB"), "hasattr(socket, 'MSG_OOB') on native");
            p.client().sendall(ascii("abc"));
            assertEquals(1, p.client().send(ascii("!"), MSG_OOB));
            assertArrayEquals(ascii("abc"), p.server().recv(10));
            // blocking mode: a timeout-mode recv polls for POLLIN, which the urgent byte alone
            // does not raise (tcp_poll), so CPython would time out there
            p.server().settimeout((Double) null);
            assertArrayEquals(ascii("!"), p.server().recv(1, MSG_OOB));
        }
    }
}
