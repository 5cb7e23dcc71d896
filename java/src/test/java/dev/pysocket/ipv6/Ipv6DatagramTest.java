package dev.pysocket.ipv6;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.GaiError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Ipv6Loopback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, scenario 58; rule R26: IPv6 addresses are 4-tuples out, 2-, 3- or
 * 4-tuples in (Address.Inet is Python's 2-tuple; Address.Inet6 carries flowinfo and scope).
 */
class Ipv6DatagramTest extends BackendTest {

    @BeforeEach
    void needsIpv6() {
        Ipv6Loopback.assume();
    }

    static Socket udp6() throws Exception {
        Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM);
        try {
            s.bind(Address.of("::1", 0));
            s.settimeout(2.0);
            return s;
        } catch (Exception e) {
            s.close();
            throw e;
        }
    }

    private static int port6(Socket s) throws Exception {
        return ((Address.Inet6) s.getsockname()).port();
    }

    /** Scenario 58: bind(('::1', 0)) and getsockname() is the 4-tuple ('::1', p, 0, 0). */
    @Test
    void getsocknameOfIpv6SocketIsAFourTuple() throws Exception {
        try (Socket s = udp6()) {
            Address.Inet6 a = assertInstanceOf(Address.Inet6.class, s.getsockname());
            assertEquals("::1", a.host());
            assertNotEquals(0, a.port());
            assertEquals(0, a.flowinfo());
            assertEquals(0, a.scopeId());
            assertEquals("('::1', " + a.port() + ", 0, 0)", a.toString());
        }
    }

    /** Scenario 58: recvfrom gives the sender as a 4-tuple. */
    @Test
    void recvfromOnIpv6GivesAFourTuple() throws Exception {
        try (Socket rx = udp6(); Socket tx = udp6()) {
            tx.sendto(ascii("six"), rx.getsockname());
            Datagram d = rx.recvfrom(16);
            assertArrayEquals(ascii("six"), d.data());
            assertEquals(Address.of6("::1", port6(tx), 0, 0), d.address());
        }
    }

    /** Scenario 58: sendto accepts a 2-tuple (Address.Inet) on AF_INET6, flowinfo and scope 0. */
    @Test
    void sendtoAcceptsATwoTupleOnAfInet6() throws Exception {
        try (Socket rx = udp6(); Socket tx = udp6()) {
            assertEquals(1, tx.sendto(ascii("2"), Address.of("::1", port6(rx))));
            assertEquals(Address.of6("::1", port6(tx), 0, 0), rx.recvfrom(8).address());
        }
    }

    /** Scenario 58: sendto accepts a flowinfo (Python's 3-tuple) and a scope id (4-tuple). */
    @Test
    void sendtoAcceptsFlowinfoAndScopeId() throws Exception {
        try (Socket rx = udp6(); Socket tx = udp6()) {
            assertEquals(1, tx.sendto(ascii("3"), Address.of6("::1", port6(rx), 5, 0)));
            // ::1 is not link-local: the kernel ignores a scope id for it (ipv6(7)).
            assertEquals(1, tx.sendto(ascii("4"), Address.of6("::1", port6(rx), 0, 1)));
            assertArrayEquals(ascii("3"), rx.recv(8));
            assertArrayEquals(ascii("4"), rx.recv(8));
        }
    }

    /** Scenario 58 / section 3: an IPv4 literal on AF_INET6 raises gaierror -9. */
    @Test
    void ipv4LiteralOnAfInet6RaisesGaierrorMinus9() throws Exception {
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            GaiError e = assertThrows(GaiError.class, () -> s.sendto(ascii("x"), Address.of("127.0.0.1", 9)));
            assertEquals(-9, e.errno());
            assertEquals("[Errno -9] Address family for hostname not supported", e.getMessage());
            assertThrows(GaiError.class, () -> s.bind(Address.of6("127.0.0.1", 0, 0, 0)));
        }
    }

    /** Section 3: flowinfo outside 0..0xFFFFF is OverflowError "sendto(): flowinfo must be 0-1048575.". */
    @Test
    void flowinfoOutOfRangeRaisesFlowinfoMustBe0To1048575() throws Exception {
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            for (int flowinfo : new int[] {1 << 20, -1}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> s.sendto(ascii("x"), Address.of6("::1", 9, flowinfo, 0)));
                assertEquals("sendto(): flowinfo must be 0-1048575.", e.getMessage());
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.bind(Address.of6("::1", 0, 1 << 20, 0)));
            assertEquals("bind(): flowinfo must be 0-1048575.", e.getMessage());
        }
    }

    /** Section 3: a str address on AF_INET6 is "sendto(): AF_INET6 address must be tuple, not str". */
    @Test
    void pathAddressOnAfInet6RaisesMustBeTuple() throws Exception {
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.sendto(ascii("x"), Address.unix("::1")));
            assertEquals("sendto(): AF_INET6 address must be tuple, not str", e.getMessage());
        }
    }

    /** R26: a dual-stack UDP socket on '::' reports an IPv4 sender as ('::ffff:127.0.0.1', p, 0, 0). */
    @Test
    void dualStackUdpReportsIpv4SenderAsMappedAddress() throws Exception {
        try (Socket rx = Sockets.socket(AF_INET6, SOCK_DGRAM); Socket tx = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            rx.bind(Address.of("", 0));
            rx.settimeout(2.0);
            tx.sendto(ascii("v4"), loopback(port6(rx)));
            Datagram d = rx.recvfrom(8);
            assertEquals(Address.of6("::ffff:127.0.0.1", port(tx), 0, 0), d.address());
            // and the reply to that mapped address reaches the IPv4 socket
            rx.sendto(ascii("back"), d.address());
            tx.settimeout(2.0);
            assertEquals(new Datagram(ascii("back"), Address.of("127.0.0.1", port6(rx))), tx.recvfrom(8));
        }
    }

    /** AF_INET6 UDP connect/send/recv, and getpeername as a 4-tuple. */
    @Test
    void connectedIpv6UdpSendsAndReceives() throws Exception {
        try (Socket rx = udp6(); Socket tx = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            tx.connect(Address.of("::1", port6(rx)));
            assertEquals(rx.getsockname(), tx.getpeername());
            tx.send(ascii("c6"));
            assertEquals(new Datagram(ascii("c6"), tx.getsockname()), rx.recvfrom(8));
        }
    }

    /** An AF_INET socket refuses an Address.Inet6 as Python refuses a 4-tuple for AF_INET. */
    @Test
    void inet6AddressOnAfInetIsRejected() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.sendto(ascii("x"), Address.of6("127.0.0.1", 9, 0, 0)));
            assertEquals("AF_INET address must be a pair (host, port)", e.getMessage());
        }
    }
}
