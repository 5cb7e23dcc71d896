package dev.pysocket.tcp;

import static dev.pysocket.Sockets.SHUT_RD;
import static dev.pysocket.Sockets.SHUT_RDWR;
import static dev.pysocket.Sockets.SHUT_WR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.BrokenPipeError;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Conformance section 4, TCP scenarios 3, 4 and 5; rules R11, R13 and R19. */
class ShutdownAndEofTest extends BackendTest {
    private static final byte[] EMPTY = new byte[0];

    /** Scenario 3. */
    @Test
    void peerCloseMakesRecvReturnEmptyOnFirstAndSecondCall() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().close();
            assertArrayEquals(EMPTY, p.server().recv(1024));
            assertArrayEquals(EMPTY, p.server().recv(1024));
        }
    }

    /** Scenario 3: recv_into returns 0 at end of stream, for both buffer kinds. */
    @Test
    void peerCloseMakesRecvIntoReturnZero() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().close();
            assertEquals(0, p.server().recvInto(new byte[16]));
            ByteBuffer bb = ByteBuffer.allocate(16);
            assertEquals(0, p.server().recvInto(bb));
            assertEquals(0, bb.position());
            assertEquals(0, p.server().recvInto(new byte[16], 8, 0));
        }
    }

    /** R11: data sent before the close is still read, then b''. */
    @Test
    void pendingDataIsReadBeforeEndOfStream() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("last words"));
            p.client().close();
            assertArrayEquals(ascii("last words"), p.server().recv(1024));
            assertArrayEquals(EMPTY, p.server().recv(1024));
        }
    }

    /** R11: a non-blocking recv at end of stream returns b'', not BlockingIOError. */
    @Test
    void nonBlockingRecvAtEndOfStreamReturnsEmpty() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().close();
            assertArrayEquals(EMPTY, p.server().recv(10)); // wait for the FIN
            p.server().setblocking(false);
            assertArrayEquals(EMPTY, p.server().recv(10));
        }
    }

    /** Scenario 4. */
    @Test
    void clientShutWrGivesServerEofServerCanStillSendClientSendRaisesBrokenPipe32() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().settimeout(2.0);
            p.client().shutdown(SHUT_WR);
            assertArrayEquals(EMPTY, p.server().recv(1024));
            p.server().sendall(ascii("still open"));
            assertArrayEquals(ascii("still open"), p.client().recv(1024));
            BrokenPipeError e = assertOSError(BrokenPipeError.class, Errno.EPIPE, "[Errno 32] Broken pipe",
                    () -> p.client().send(ascii("x")));
            assertEquals(32, e.errno());
        }
    }

    /** R13/R19: sendall after one's own SHUT_WR raises BrokenPipeError 32 too. */
    @Test
    void sendallAfterOwnShutWrRaisesBrokenPipe32() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.client().shutdown(SHUT_WR);
            assertOSError(BrokenPipeError.class, 32, "[Errno 32] Broken pipe", () -> p.client().sendall(ascii("x")));
        }
    }

    /** R19: after SHUT_RD, recv returns b''. */
    @Test
    void recvAfterShutRdReturnsEmpty() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.server().shutdown(SHUT_RD);
            assertArrayEquals(EMPTY, p.server().recv(1024));
        }
    }

    /** Scenario 5. */
    @Test
    void shutdownRdwrTwiceOnConnectedSocketIsAllowed() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.client().shutdown(SHUT_RDWR);
            p.client().shutdown(SHUT_RDWR);
            p.server().settimeout(2.0);
            assertArrayEquals(EMPTY, p.server().recv(10));
        }
    }

    /** Scenario 5. */
    @Test
    void shutdownOnUnconnectedSocketRaisesNotConnected107() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", () -> s.shutdown(SHUT_RDWR));
        }
    }

    /** Scenario 5 and section 3: shutdown(5). */
    @Test
    void shutdownWithBadHowRaisesInvalidArgument22() throws Exception {
        try (TcpPair p = tcpPair(); Socket fresh = Sockets.socket()) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> p.client().shutdown(5));
            assertPlainOSError(22, "[Errno 22] Invalid argument", () -> fresh.shutdown(5));
            assertPlainOSError(22, "[Errno 22] Invalid argument", () -> p.client().shutdown(-1));
        }
    }
}
