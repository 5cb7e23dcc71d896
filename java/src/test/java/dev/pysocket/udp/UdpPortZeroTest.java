package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pysocket.Address;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Ipv6Loopback;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/**
 * UDP and port 0 as a destination, as CPython 3.11 on Linux answers: sendto raises EINVAL
 * (udp_sendmsg refuses a zero destination port; over IPv4 a datagram above 0xFFFF bytes is
 * EMSGSIZE first), while connect succeeds and leaves a socket with a local port but no peer
 * name (inet_getname: ENOTCONN) whose send still goes out, to port 0 of that host.
 *
 * <p>java.nio refuses to send to port 0 at all: on the jdk backend connect succeeds and
 * getpeername matches, but the socket stays bound to the wildcard address and send raises
 * an OSError naming the backend (README, deviations).
 */
class UdpPortZeroTest extends BackendTest {
    private static final String EINVAL = "[Errno 22] Invalid argument";
    private static final String ENOTCONN = "[Errno 107] Transport endpoint is not connected";

    @Test
    void sendtoPortZeroRaisesEinval() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertPlainOSError(Errno.EINVAL, EINVAL, () -> s.sendto(ascii("x"), loopback(0)));
            assertPlainOSError(Errno.EINVAL, EINVAL, () -> s.sendto(ascii("x"), 0, loopback(0)));
        }
    }

    /** Linux checks the IPv4 datagram length (0xFFFF) before the port. */
    @Test
    void sendtoPortZeroOfAnOversizedDatagramRaisesEmsgsize() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertPlainOSError(Errno.EINVAL, EINVAL, () -> s.sendto(new byte[0xFFFF], loopback(0)));
            assertPlainOSError(Errno.EMSGSIZE, "[Errno 90] Message too long", () -> s.sendto(new byte[0x10000], loopback(0)));
        }
    }

    @Test
    void sendtoPortZeroOverIpv6RaisesEinval() throws Exception {
        Ipv6Loopback.assume();
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            assertPlainOSError(Errno.EINVAL, EINVAL, () -> s.sendto(ascii("x"), Address.of("::1", 0)));
        }
    }

    /** connect to port 0 succeeds; the socket then has a port of its own but no peer name. */
    @Test
    void connectToPortZeroSucceedsWithoutAPeerName() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.connect(loopback(0));
            assertPlainOSError(Errno.ENOTCONN, ENOTCONN, s::getpeername);
            // README, jdk deviations: Linux's connect sets the source address the route picks; java.nio only binds.
            assertEquals(isNative() ? "127.0.0.1" : "0.0.0.0", ((Address.Inet) s.getsockname()).host());
            assertNotEquals(0, port(s));
            assertPlainOSError(Errno.EINVAL, EINVAL, () -> s.sendto(ascii("x"), loopback(0)));
        }
    }

    /**
     * send after connect to port 0 goes out (1 byte sent); nobody listens on port 0, so the
     * ICMP port unreachable comes back as ConnectionRefusedError on the next recv.
     */
    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void sendAfterConnectToPortZeroIsRefusedByThePeerHost() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.connect(loopback(0));
            s.settimeout(2.0);
            assertEquals(1, s.send(ascii("x")));
            assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED, "[Errno 111] Connection refused",
                    () -> s.recv(16));
        }
    }

    /** sendall after connect to port 0 goes out whole, as send does; the refusal follows. */
    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void sendallAfterConnectToPortZeroGoesOut() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.connect(loopback(0));
            s.settimeout(2.0);
            s.sendall(ascii("x"));
            assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED, "[Errno 111] Connection refused",
                    () -> s.recv(16));
        }
    }

    /** A connect to port 0 over an earlier connect drops the earlier peer; a later connect sets one again. */
    @Test
    void connectToPortZeroReplacesAnEarlierPeer() throws Exception {
        try (Socket peer = UdpDatagramTest.udp(); Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.connect(peer.getsockname());
            assertEquals(peer.getsockname(), s.getpeername());
            s.connect(loopback(0));
            assertPlainOSError(Errno.ENOTCONN, ENOTCONN, s::getpeername);
            s.connect(peer.getsockname());
            assertEquals(peer.getsockname(), s.getpeername());
            assertEquals(4, s.send(ascii("back")));
            assertArrayEquals(ascii("back"), peer.recv(16));
        }
    }

    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void connectToPortZeroOverIpv6SucceedsWithoutAPeerName() throws Exception {
        Ipv6Loopback.assume();
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            s.connect(Address.of("::1", 0));
            assertPlainOSError(Errno.ENOTCONN, ENOTCONN, s::getpeername);
            assertEquals(1, s.send(ascii("x")));
        }
    }
}
