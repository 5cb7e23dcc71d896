package dev.pysocket.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.BrokenPipeError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.ReceivedInto;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import org.junit.jupiter.api.Test;

/** recvfrom/recvfrom_into/sendto on TCP: R27 (no address is None), R13 and scenario 9. */
class RecvfromSendtoTest extends BackendTest {

    /** R27: recvfrom on a connected TCP socket gives (data, None): the kernel reports addrlen 0. */
    @Test
    void recvfromOnConnectedTcpGivesNoneAddress() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abc"));
            assertEquals(new Datagram(ascii("abc"), null), p.server().recvfrom(10));
            p.client().sendall(ascii("de"));
            byte[] buf = new byte[4];
            assertEquals(new ReceivedInto(2, null), p.server().recvfromInto(buf));
            assertArrayEquals(ascii("de\0\0"), buf);
        }
    }

    /** R11 + R27: at end of stream recvfrom gives (b'', None). */
    @Test
    void recvfromAtEndOfStreamGivesEmptyAndNone() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().close();
            assertEquals(new Datagram(new byte[0], null), p.server().recvfrom(10));
        }
    }

    /** Linux ignores the address of sendto on a connected stream: the data goes to the peer. */
    @Test
    void sendtoOnConnectedTcpIgnoresTheAddress() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            assertEquals(2, p.client().sendto(ascii("xy"), loopback(1)));
            assertArrayEquals(ascii("xy"), p.server().recv(10));
        }
    }

    /** Scenario 9 (R13): sendto on an unconnected TCP socket raises BrokenPipeError 32. */
    @Test
    void sendtoOnUnconnectedTcpRaisesBrokenPipeError32() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertOSError(BrokenPipeError.class, Errno.EPIPE, "[Errno 32] Broken pipe", () -> s.sendto(ascii("x"), loopback(9)));
        }
    }

    /** R13: recvfrom on an unconnected TCP socket raises OSError 107. */
    @Test
    void recvfromOnUnconnectedTcpRaisesOSError107() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", () -> s.recvfrom(10));
        }
    }
}
