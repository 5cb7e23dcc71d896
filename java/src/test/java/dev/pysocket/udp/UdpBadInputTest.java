package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_TYPE;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.GaiError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Conformance section 3, the rows for sendto/recvfrom/recvfrom_into, and the OS errors of
 * calls that make no sense on UDP (scenario 10, R16, R19, R32). Python's ValueError,
 * TypeError and OverflowError are IllegalArgumentException with Python's message; None is
 * NullPointerException.
 */
class UdpBadInputTest extends BackendTest {

    private static void assertIllegal(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    private static void assertNull(String message, Executable call) {
        NullPointerException e = assertThrows(NullPointerException.class, call);
        assertEquals(message, e.getMessage());
    }

    private static Socket udp() throws Exception {
        return Sockets.socket(AF_INET, SOCK_DGRAM);
    }

    /** Section 3: recvfrom(-1) is ValueError "negative buffersize in recvfrom". */
    @Test
    void recvfromNegativeBufsizeRaisesNegativeBuffersizeInRecvfrom() throws Exception {
        try (Socket s = udp()) {
            assertIllegal("negative buffersize in recvfrom", () -> s.recvfrom(-1));
            assertIllegal("negative buffersize in recvfrom", () -> s.recvfrom(-1, 0));
        }
    }

    /** Section 3: recvfrom_into(buf, -1) is ValueError "negative buffersize in recvfrom_into". */
    @Test
    void recvfromIntoNegativeNbytesRaisesNegativeBuffersizeInRecvfromInto() throws Exception {
        try (Socket s = udp()) {
            assertIllegal("negative buffersize in recvfrom_into", () -> s.recvfromInto(new byte[4], -1, 0));
        }
    }

    /** Section 3: recvfrom_into(bytearray(4), 10) is "nbytes is greater than the length of the buffer". */
    @Test
    void recvfromIntoNbytesBeyondTheBufferRaisesNbytesIsGreater() throws Exception {
        try (Socket s = udp()) {
            assertIllegal("nbytes is greater than the length of the buffer", () -> s.recvfromInto(new byte[4], 10, 0));
        }
    }

    /** Section 3: recvfrom_into(None) is TypeError naming the argument. */
    @Test
    void recvfromIntoNullBufferRaisesNullPointerException() throws Exception {
        try (Socket s = udp()) {
            assertNull("recvfrom_into() argument 1 must be read-write bytes-like object, not None",
                    () -> s.recvfromInto(null));
        }
    }

    /** Section 3: a port outside 0-65535 is OverflowError "sendto(): port must be 0-65535.". */
    @Test
    void sendtoPortOutOfRangeRaisesSendtoPortMustBe0To65535() throws Exception {
        try (Socket s = udp()) {
            for (int port : new int[] {70000, -1, 65536}) {
                assertIllegal("sendto(): port must be 0-65535.", () -> s.sendto(ascii("x"), Address.of("127.0.0.1", port)));
                assertIllegal("sendto(): port must be 0-65535.", () -> s.sendto(ascii("x"), 0, Address.of("127.0.0.1", port)));
            }
        }
    }

    /** Section 3: sendto(None, addr) / sendto(b'x', None) are TypeErrors. */
    @Test
    void sendtoNullDataOrAddressRaisesNullPointerException() throws Exception {
        try (Socket s = udp()) {
            assertNull("a bytes-like object is required, not 'NoneType'", () -> s.sendto(null, loopback(9)));
            assertNull("sendto(): AF_INET address must be tuple, not NoneType", () -> s.sendto(ascii("x"), null));
        }
    }

    /** Section 3: a str address on AF_INET is "sendto(): AF_INET address must be tuple, not str". */
    @Test
    void sendtoPathAddressOnAfInetRaisesMustBeTuple() throws Exception {
        try (Socket s = udp()) {
            assertIllegal("sendto(): AF_INET address must be tuple, not str", () -> s.sendto(ascii("x"), Address.unix("/tmp/x")));
        }
    }

    /** Section 3: '::1' on AF_INET is gaierror -9. */
    @Test
    void sendtoIpv6LiteralOnAfInetRaisesGaierrorMinus9() throws Exception {
        try (Socket s = udp()) {
            GaiError e = assertThrows(GaiError.class, () -> s.sendto(ascii("x"), Address.of("::1", 9)));
            assertEquals(-9, e.errno());
            assertEquals("[Errno -9] Address family for hostname not supported", e.getMessage());
        }
    }

    /** R16: sendto/recvfrom/recvfrom_into on a closed socket raise OSError 9. */
    @Test
    void datagramCallsOnAClosedSocketRaiseOSError9() throws Exception {
        Socket s = udp();
        s.close();
        String badf = "[Errno 9] Bad file descriptor";
        assertPlainOSError(Errno.EBADF, badf, () -> s.sendto(ascii("x"), loopback(9)));
        assertPlainOSError(Errno.EBADF, badf, () -> s.recvfrom(10));
        assertPlainOSError(Errno.EBADF, badf, () -> s.recvfromInto(new byte[4]));
    }

    /** Scenario 10: listen and accept on UDP raise OSError 95. */
    @Test
    void listenAndAcceptOnUdpRaiseOSError95() throws Exception {
        try (Socket s = udp()) {
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported", s::listen);
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported", s::accept);
        }
    }

    /** R19 (as CPython 3.11 observes on Linux): shutdown of an unconnected UDP socket is OSError 107; a bad how is 22. */
    @Test
    void shutdownOfUnconnectedUdpRaisesOSError107() throws Exception {
        try (Socket s = udp()) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.shutdown(5));
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", () -> s.shutdown(2));
        }
    }

    /** Scenario 79: SO_TYPE reads 2 on UDP. */
    @Test
    void soTypeOfUdpIsTwo() throws Exception {
        try (Socket s = udp()) {
            assertEquals(SOCK_DGRAM, s.getsockopt(SOL_SOCKET, SO_TYPE));
            assertEquals(2, s.type());
        }
    }

    /** Scenario 83 (R32): a TCP option on UDP: getsockopt 95, setsockopt 92, as Linux's UDP answers. */
    @Test
    void tcpOptionOnUdpRaisesOSError95ToGetAnd92ToSet() throws Exception {
        try (Socket s = udp()) {
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                    () -> s.getsockopt(IPPROTO_TCP, TCP_NODELAY));
            assertPlainOSError(Errno.ENOPROTOOPT, "[Errno 92] Protocol not available",
                    () -> s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1));
        }
    }

    /** socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP) is OSError 93, as Linux's inet_create. */
    @Test
    void udpSocketWithTcpProtocolRaisesOSError93() {
        assertPlainOSError(Errno.EPROTONOSUPPORT, "[Errno 93] Protocol not supported",
                () -> Sockets.socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP).close());
    }
}
