package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SHUT_RDWR;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Conformance section 4, scenario 39; rules R8, R11, R16 and R24 (repr). */
class CloseTest extends BackendTest {
    private static final String EBADF = "[Errno 9] Bad file descriptor";

    /**
     * assertRepr: Python's repr, {@code <socket.socket fd=...>}, exactly (R24).
     */
    private static void assertRepr(String expectedAfterPrefix, Socket s) {
        String repr = s.toString();
        assertEquals("<socket.socket " + expectedAfterPrefix, repr);
    }

    /** Scenario 39. */
    @Test
    void closeSetsFilenoToMinusOneAndIsIdempotent() throws Exception {
        Socket s = Sockets.socket();
        assertTrue(s.fileno() >= 0);
        s.close();
        assertEquals(-1, s.fileno());
        s.close();
        assertEquals(-1, s.fileno());
    }

    /** Scenario 39 / R24. */
    @Test
    void closedReprSaysClosedWithFdMinusOne() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertRepr("[closed] fd=-1, family=2, type=1, proto=0>", s);
        assertTrue(s.toString().contains("[closed] fd=-1"));
    }

    /** Scenario 39: leaving a try-with-resources block closes the socket. */
    @Test
    void tryWithResourcesExitClosesSocket() throws Exception {
        Socket outer;
        try (Socket s = Sockets.socket()) {
            outer = s;
            assertTrue(s.fileno() >= 0);
        }
        assertEquals(-1, outer.fileno());
    }

    /** R24: repr of a new, a bound and a connected socket. */
    @Test
    void reprShowsFdFamilyTypeProtoAndAddresses() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertRepr("fd=" + s.fileno() + ", family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>", s);
        }
        try (TcpPair p = tcpPair()) {
            Socket c = p.client();
            assertRepr("fd=" + c.fileno() + ", family=2, type=1, proto=0, laddr=" + c.getsockname() + ", raddr="
                    + c.getpeername() + ">", c);
        }
    }

    /** R16: every descriptor-using call on a closed socket raises OSError 9. */
    @Test
    void callsOnClosedSocketRaiseBadFileDescriptor9() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        Executable[] calls = {
            () -> s.recv(1),
            () -> s.recvInto(new byte[1]),
            () -> s.recvInto(ByteBuffer.allocate(1)),
            () -> s.send(new byte[1]),
            () -> s.send(new byte[0]),
            () -> s.sendall(new byte[1]),
            () -> s.bind(loopback(0)),
            () -> s.listen(),
            () -> s.accept(),
            () -> s.connect(loopback(9)),
            () -> s.getsockname(),
            () -> s.getpeername(),
            () -> s.getsockopt(SOL_SOCKET, SO_REUSEADDR),
            () -> s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1),
            () -> s.shutdown(SHUT_RDWR),
            () -> s.settimeout(1.0),
            () -> s.setblocking(false),
            () -> s.getInheritable(),
        };
        for (Executable call : calls) {
            assertPlainOSError(Errno.EBADF, EBADF, call);
        }
    }

    /** R16: connect_ex on a closed socket returns 9 instead of raising. */
    @Test
    void connectExOnClosedSocketReturnsNine() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertEquals(Errno.EBADF, s.connectEx(loopback(9)));
    }

    /** R8/R16: family, type, proto, gettimeout and getblocking still work once closed. */
    @Test
    void attributesAndTimeoutGettersStillWorkOnClosedSocket() throws Exception {
        Socket s = Sockets.socket();
        s.settimeout(2.5);
        s.close();
        assertEquals(AF_INET, s.family());
        assertEquals(SOCK_STREAM, s.type());
        assertEquals(0, s.proto());
        assertEquals(2.5, s.gettimeout());
        assertTrue(s.getblocking());
    }

    /** R11: recv(0) and recv_into(empty) return at once without a syscall, even when closed. */
    @Test
    void recvZeroOnClosedSocketReturnsEmpty() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertArrayEquals(new byte[0], s.recv(0));
        assertEquals(0, s.recvInto(new byte[0]));
    }

    /** Closing one end of a pair leaves the other usable until it reads the end of stream. */
    @Test
    void closingOneSocketDoesNotAffectAnother() throws Exception {
        try (TcpPair a = tcpPair(); TcpPair b = tcpPair()) {
            a.client().close();
            b.client().sendall(ascii("still here"));
            b.server().settimeout(2.0);
            assertArrayEquals(ascii("still here"), b.server().recv(100));
            a.server().settimeout(2.0);
            assertArrayEquals(new byte[0], a.server().recv(100));
        }
    }

    /** The closed listener's port can be bound again (with SO_REUSEADDR, as create_server does). */
    @Test
    void closedListenersPortCanBeReboundWithReuseAddr() throws Exception {
        Address addr;
        try (Socket l = Sockets.createServer(loopback(0))) {
            addr = l.getsockname();
        }
        try (Socket again = Sockets.createServer(addr)) {
            assertEquals(addr, again.getsockname());
            assertNull(again.gettimeout());
            assertFalse(again.fileno() < 0);
        }
    }
}
