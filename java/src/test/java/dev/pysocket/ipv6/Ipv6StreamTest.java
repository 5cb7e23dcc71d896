package dev.pysocket.ipv6;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.IPPROTO_IPV6;
import static dev.pysocket.Sockets.IPV6_V6ONLY;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Ipv6Loopback;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, scenario 84 (IPV6_V6ONLY, dual stack; R21, R33) and TCP over ::1
 * (R26: accept, getsockname and getpeername are 4-tuples).
 */
class Ipv6StreamTest extends BackendTest {

    @BeforeEach
    void needsIpv6() {
        Ipv6Loopback.assume();
    }

    /** R26: TCP over ::1: the accepted address is the client's 4-tuple name; data both ways. */
    @Test
    void tcpOverIpv6LoopbackGivesFourTupleAddresses() throws Exception {
        try (Socket srv = Sockets.createServer(Address.of("::1", 0), AF_INET6, null, false, false);
                Socket c = Sockets.socket(AF_INET6, SOCK_STREAM)) {
            srv.settimeout(2.0);
            Address.Inet6 name = (Address.Inet6) srv.getsockname();
            assertEquals("::1", name.host());
            c.connect(Address.of("::1", name.port())); // a 2-tuple on AF_INET6 (R26)
            Accepted a = srv.accept();
            try (Socket conn = a.conn()) {
                conn.settimeout(2.0);
                c.settimeout(2.0);
                assertEquals(c.getsockname(), a.address());
                assertEquals(Address.of6("::1", ((Address.Inet6) c.getsockname()).port(), 0, 0), a.address());
                assertEquals(srv.getsockname(), c.getpeername());
                c.sendall(ascii("hi6"));
                assertArrayEquals(ascii("hi6"), conn.recv(8));
                conn.sendall(ascii("ok"));
                assertArrayEquals(ascii("ok"), c.recv(8));
            }
        }
    }

    /** createConnection(('::1', p)) reaches an IPv6 server. */
    @Test
    void createConnectionToIpv6LoopbackConnects() throws Exception {
        try (Socket srv = Sockets.createServer(Address.of("::1", 0), AF_INET6, null, false, false);
                Socket c = Sockets.createConnection(Address.of("::1", ((Address.Inet6) srv.getsockname()).port()), 2.0)) {
            assertEquals(AF_INET6, c.family());
            assertEquals(srv.getsockname(), c.getpeername());
            srv.accept().conn().close();
        }
    }

    /** Scenario 84 (R33): IPV6_V6ONLY reads 0 on a plain AF_INET6 socket, TCP and UDP. */
    @Test
    void ipv6V6onlyDefaultsToZero() throws Exception {
        try (Socket t = Sockets.socket(AF_INET6, SOCK_STREAM); Socket u = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            assertEquals(0, t.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
            assertEquals(0, u.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
        }
    }

    /**
     * Scenario 84: create_server(AF_INET6) sets IPV6_V6ONLY to 1. A backend that cannot set 1
     * (jdk: java.nio opens every IPv6 socket dual-stack) leaves it 0, for create_server
     * ignores that failure, as Lib/socket.py does (README, jdk deviations).
     */
    @Test
    void createServerIpv6SetsV6onlyToOne() throws Exception {
        try (Socket srv = Sockets.createServer(Address.of("::1", 0), AF_INET6, null, false, false)) {
            assertEquals(has(Capability.V6ONLY) ? 1 : 0, srv.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
        }
    }

    /** R33: IPV6_V6ONLY set to 1 on a fresh IPv6 socket reads 1. */
    @Test
    @Requires(Capability.V6ONLY)
    void v6onlySetOneReadsOne() throws Exception {
        try (Socket fresh = Sockets.socket(AF_INET6, SOCK_STREAM)) {
            fresh.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1);
            assertEquals(1, fresh.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
        }
    }

    /** Scenario 84 (R33): setting IPV6_V6ONLY after bind raises OSError 22, TCP and UDP. */
    @Test
    void settingV6onlyAfterBindRaisesOSError22() throws Exception {
        try (Socket t = Sockets.socket(AF_INET6, SOCK_STREAM); Socket u = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            t.bind(Address.of("::1", 0));
            u.bind(Address.of("::1", 0));
            for (Socket s : new Socket[] {t, u}) {
                assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0));
                assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1));
            }
        }
    }

    /**
     * Scenario 84: a dual-stack server (create_server(('', 0), AF_INET6, dualstack_ipv6=True))
     * reads IPV6_V6ONLY 0 and reports a 127.0.0.1 client as ('::ffff:127.0.0.1', p, 0, 0).
     */
    @Test
    void dualStackServerReportsIpv4ClientAsMappedAddress() throws Exception {
        assertTrue(Sockets.hasDualstackIpv6(), "has_dualstack_ipv6() on Linux");
        try (Socket srv = Sockets.createServer(Address.of("", 0), AF_INET6, null, false, true)) {
            srv.settimeout(2.0);
            assertEquals(0, srv.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
            Address.Inet6 name = (Address.Inet6) srv.getsockname();
            assertEquals("::", name.host());
            try (Socket c = Sockets.createConnection(loopback(name.port()), 2.0)) {
                Accepted a = srv.accept();
                try (Socket conn = a.conn()) {
                    int clientPort = port(c);
                    assertEquals(Address.of6("::ffff:127.0.0.1", clientPort, 0, 0), a.address());
                    assertEquals(Address.of6("::ffff:127.0.0.1", name.port(), 0, 0), conn.getsockname());
                    assertEquals(a.address(), conn.getpeername());
                }
            }
        }
    }

    /** Scenario 83 (R32): an IPv6 option on AF_INET: getsockopt 95, setsockopt 92. */
    @Test
    void ipv6OptionOnAfInetRaisesOSError95ToGetAnd92ToSet() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM)) {
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                    () -> s.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
            assertPlainOSError(Errno.ENOPROTOOPT, "[Errno 92] Protocol not available",
                    () -> s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1));
        }
    }

    /** repr of an IPv6 socket shows the 4-tuple laddr (R24). */
    @Test
    void reprOfIpv6SocketShowsFourTupleLaddr() throws Exception {
        try (Socket s = Sockets.socket(AF_INET6, SOCK_DGRAM)) {
            s.bind(Address.of("::1", 0));
            int p = ((Address.Inet6) s.getsockname()).port();
            assertTrue(s.toString().endsWith("laddr=('::1', " + p + ", 0, 0)>"), s::toString);
        }
    }
}
