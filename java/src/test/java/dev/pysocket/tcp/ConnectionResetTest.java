package dev.pysocket.tcp;

import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_LINGER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.pysocket.BrokenPipeError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Errno;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, TCP scenario 14: SO_LINGER {1, 0} makes close send an RST (R13).
 * Both backends take SO_LINGER in its bytes form (struct linger).
 */
class ConnectionResetTest extends BackendTest {

    /** struct.pack('ii', 1, 0): linger on, zero time: close sends RST. */
    private static byte[] lingerZero() {
        return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();
    }

    /** Scenario 14: recv raises 104 once, then returns b''. */
    @Test
    void peerLingerZeroCloseMakesRecvRaiseConnectionReset104ThenReturnEmpty() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().setsockopt(SOL_SOCKET, SO_LINGER, lingerZero());
            assertArrayEquals(lingerZero(), p.server().getsockopt(SOL_SOCKET, SO_LINGER, 8));
            p.client().settimeout(2.0);
            p.server().close();
            assertOSError(ConnectionResetError.class, Errno.ECONNRESET, "[Errno 104] Connection reset by peer",
                    () -> p.client().recv(10));
            assertArrayEquals(new byte[0], p.client().recv(10));
        }
    }

    /** Scenario 14: send raises 104 once, then BrokenPipeError 32. */
    @Test
    void peerLingerZeroCloseMakesSendRaiseConnectionReset104ThenBrokenPipe32() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().setsockopt(SOL_SOCKET, SO_LINGER, lingerZero());
            p.client().settimeout(2.0);
            p.server().close();
            assertOSError(ConnectionResetError.class, 104, "[Errno 104] Connection reset by peer",
                    () -> p.client().send(ascii("x")));
            assertOSError(BrokenPipeError.class, 32, "[Errno 32] Broken pipe", () -> p.client().send(ascii("x")));
        }
    }
}
