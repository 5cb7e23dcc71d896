package dev.pysocket.errors;

import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_LINGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance section 3, the rows for the TCP/IPv4 calls: Python's ValueError, TypeError and
 * OverflowError become IllegalArgumentException with Python's exact message; null where none
 * is allowed is NullPointerException; OS-level failures stay OSError.
 */
class BadInputTest extends BackendTest {

    private static void assertIllegal(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    @Test
    void bindPortOutOfRangeRaisesBindPortMustBe0To65535() throws Exception {
        try (Socket s = Sockets.socket()) {
            for (int port : new int[] {70000, -1, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                assertIllegal("bind(): port must be 0-65535.", () -> s.bind(Address.of("127.0.0.1", port)));
            }
            s.bind(loopback(0)); // the socket is untouched by the rejected calls
        }
    }

    @Test
    void connectPortOutOfRangeRaisesConnectPortMustBe0To65535() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertIllegal("connect(): port must be 0-65535.", () -> s.connect(Address.of("127.0.0.1", 70000)));
            assertIllegal("connect(): port must be 0-65535.", () -> s.connect(Address.of("127.0.0.1", -1)));
        }
    }

    @Test
    void connectExPortOutOfRangeRaisesConnectExPortMustBe0To65535() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertIllegal("connect_ex(): port must be 0-65535.", () -> s.connectEx(Address.of("127.0.0.1", 70000)));
            assertIllegal("connect_ex(): port must be 0-65535.", () -> s.connectEx(Address.of("127.0.0.1", -1)));
        }
    }


    @Test
    void hostWithNullCharacterRaisesHostNameMustNotContainNullCharacter() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertIllegal("host name must not contain null character", () -> s.bind(Address.of("127.0.0.1\0", 0)));
            assertIllegal("host name must not contain null character", () -> s.connect(Address.of("a\0b", 80)));
        }
    }

    /** Section 3: '::1' on AF_INET is gaierror -9. */
    @Test
    void ipv6LiteralOnAfInetRaisesGaierrorMinus9() throws Exception {
        try (Socket s = Sockets.socket()) {
            GaiError e = assertThrows(GaiError.class, () -> s.bind(Address.of("::1", 0)));
            assertEquals(-9, e.errno());
            assertEquals("[Errno -9] Address family for hostname not supported", e.getMessage());
        }
    }

    /** Section 3: an unresolvable host is gaierror -2 (or -3 without DNS; scenario 87 accepts both). */
    @Test
    void unresolvableHostRaisesGaierror() throws Exception {
        try (Socket s = Sockets.socket()) {
            GaiError e = assertThrows(GaiError.class, () -> s.connect(Address.of("no-such-host.invalid", 80)));
            assertTrue(Set.of(-2, -3).contains(e.errno()), () -> "errno " + e.errno());
            assertTrue(Set.of("[Errno -2] Name or service not known", "[Errno -3] Temporary failure in name resolution")
                    .contains(e.getMessage()), e::getMessage);
        }
    }

    /** 1.2 and gap 5: connect_ex still raises gaierror rather than returning it. */
    @Test
    void connectExStillRaisesGaierror() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertThrows(GaiError.class, () -> s.connectEx(Address.of("::1", 80)));
        }
    }

    @Test
    void negativeRecvBufsizeRaisesNegativeBuffersizeInRecv() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertIllegal("negative buffersize in recv", () -> p.server().recv(-1));
            assertIllegal("negative buffersize in recv", () -> p.server().recv(-1, 0));
        }
    }

    @Test
    void negativeRecvIntoNbytesRaisesNegativeBuffersizeInRecvInto() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertIllegal("negative buffersize in recv_into", () -> p.server().recvInto(new byte[4], -1, 0));
        }
    }

    @Test
    void recvIntoNbytesLargerThanBufferRaisesBufferTooSmall() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertIllegal("buffer too small for requested bytes", () -> p.server().recvInto(new byte[4], 10, 0));
        }
    }

    /** Python checks arguments before the descriptor: bad input on a closed socket is still a bad argument. */
    @Test
    void negativeRecvBufsizeOnClosedSocketIsStillIllegalArgument() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertIllegal("negative buffersize in recv", () -> s.recv(-1));
    }

    @Test
    void nullArgumentsRaiseNullPointerException() throws Exception {
        try (Socket s = Sockets.socket()) {
            Executable[] calls = {
                () -> s.bind(null),
                () -> s.connect(null),
                () -> s.connectEx(null),
                () -> s.send((byte[]) null),
                () -> s.send((ByteBuffer) null),
                () -> s.sendall((byte[]) null),
                () -> s.sendall((ByteBuffer) null),
                () -> s.recvInto((byte[]) null),
                () -> s.recvInto((ByteBuffer) null),
                () -> s.recvInto(null, 0, 0),
                () -> s.bind(Address.of(null, 0)),
                () -> s.connect(Address.of(null, 80)),
                () -> s.setsockopt(SOL_SOCKET, SO_LINGER, (byte[]) null),
                () -> Sockets.createConnection(null),
                () -> Sockets.createServer(null),
            };
            for (int i = 0; i < calls.length; i++) {
                int n = i;
                Throwable t = assertThrows(Throwable.class, calls[i]);
                assertEquals(NullPointerException.class, t.getClass(), () -> "call #" + n + " raised " + t);
            }
            assertTrue(s.fileno() >= 0, "the socket survives bad calls");
        }
    }

    @Test
    void getsockoptBuflenOutOfRangeRaisesOSErrorWithoutErrno() throws Exception {
        try (Socket s = Sockets.socket()) {
            for (int buflen : new int[] {-1, 1025}) {
                // Socket.getsockopt checks buflen before any backend sees it
                OSError e = assertThrows(OSError.class, () -> s.getsockopt(SOL_SOCKET, SO_LINGER, buflen));
                assertEquals(OSError.class, e.getClass());
                assertEquals(0, e.errno());
                assertEquals("getsockopt buflen out of range", e.getMessage());
            }
        }
    }

    @Test
    void settimeoutNullDoubleMeansBlocking() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.settimeout(1.0);
            s.settimeout((Double) null);
            assertEquals(null, s.gettimeout());
        }
    }
}
