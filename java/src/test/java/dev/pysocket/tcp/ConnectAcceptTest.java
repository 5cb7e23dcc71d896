package dev.pysocket.tcp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.ConnectionError;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Conformance section 4, TCP scenarios 1, 6, 7, 8 and 10, plus create_connection (R20). */
class ConnectAcceptTest extends BackendTest {

    /** Scenario 1. */
    @Test
    void createServerThenCreateConnectionAcceptReturnsClientAddressAndDataFlowsBothWays() throws Exception {
        try (Socket srv = Sockets.createServer(loopback(0));
                Socket client = Sockets.createConnection(srv.getsockname())) {
            Accepted accepted = srv.accept();
            try (Socket conn = accepted.conn()) {
                assertEquals(client.getsockname(), accepted.address());
                assertEquals(srv.getsockname(), client.getpeername());
                assertEquals(srv.getsockname(), conn.getsockname());
                assertEquals(client.getsockname(), conn.getpeername());

                client.sendall(ascii("abc"));
                assertArrayEquals(ascii("abc"), conn.recv(1024));
                conn.sendall(ascii("abc"));
                assertArrayEquals(ascii("abc"), client.recv(1024));
            }
        }
    }

    /** R16: the accepted socket takes the listener's family, type and proto. */
    @Test
    void acceptedSocketHasListenersFamilyTypeAndProto() throws Exception {
        try (Socket srv = listener(); Socket client = Sockets.createConnection(srv.getsockname());
                Socket conn = srv.accept().conn()) {
            assertEquals(AF_INET, conn.family());
            assertEquals(SOCK_STREAM, conn.type());
            assertEquals(srv.proto(), conn.proto());
            assertEquals(AF_INET, client.family());
            assertEquals(SOCK_STREAM, client.type());
        }
    }

    /** Scenario 6. */
    @Test
    void connectToClosedPortRaisesConnectionRefused111() throws Exception {
        try (Socket closed = Sockets.socket(); Socket c = Sockets.socket()) {
            closed.bind(loopback(0)); // bound but not listening: the kernel refuses connections
            ConnectionRefusedError e = assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED,
                    "[Errno 111] Connection refused", () -> c.connect(closed.getsockname()));
            assertInstanceOf(ConnectionError.class, e);
            assertEquals("Connection refused", e.strerror());
            assertEquals(111, e.errno());
        }
    }

    /** Scenario 6: connect_ex returns the errno instead of raising. */
    @Test
    void connectExToClosedPortReturns111() throws Exception {
        try (Socket closed = Sockets.socket(); Socket c = Sockets.socket()) {
            closed.bind(loopback(0));
            assertEquals(Errno.ECONNREFUSED, c.connectEx(closed.getsockname()));
        }
    }

    /** Scenario 6: connect_ex in timeout mode also returns 111. */
    @Test
    void connectExWithTimeoutToClosedPortReturns111() throws Exception {
        try (Socket closed = Sockets.socket(); Socket c = Sockets.socket()) {
            closed.bind(loopback(0));
            c.settimeout(1.0);
            assertEquals(111, c.connectEx(closed.getsockname()));
        }
    }

    /** connect_ex returns 0 on success and the socket is connected. */
    @Test
    void connectExToListenerReturnsZeroAndConnects() throws Exception {
        try (Socket srv = listener(); Socket c = Sockets.socket()) {
            assertEquals(0, c.connectEx(srv.getsockname()));
            try (Socket conn = srv.accept().conn()) {
                assertEquals(srv.getsockname(), c.getpeername());
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /**
     * R20: create_connection makes each socket with getaddrinfo's proto, so the socket reads
     * proto 6 and its repr says so, as in python3 ({@code proto=6}).
     */
    @Test
    void createConnectionSocketHasGetaddrinfosProto() throws Exception {
        try (Socket srv = listener(); Socket client = Sockets.createConnection(srv.getsockname(), 2.0)) {
            srv.accept().conn().close();
            assertEquals(Sockets.IPPROTO_TCP, client.proto());
            assertTrue(client.toString().contains(", proto=6, "), client.toString());
        }
    }

    /** Scenario 6 via create_connection: the last error is raised (R20). */
    @Test
    void createConnectionToClosedPortRaisesConnectionRefused111() throws Exception {
        try (Socket closed = Sockets.socket()) {
            closed.bind(loopback(0));
            assertOSError(ConnectionRefusedError.class, 111, "[Errno 111] Connection refused",
                    () -> Sockets.createConnection(closed.getsockname()).close());
        }
    }

    /** Conformance gap 7: all_errors gives "create_connection failed" with each error suppressed. */
    @Test
    void createConnectionWithAllErrorsRaisesCreateConnectionFailedWithSuppressedCauses() throws Exception {
        try (Socket closed = Sockets.socket()) {
            closed.bind(loopback(0));
            OSError e = assertThrows(OSError.class,
                    () -> Sockets.createConnection(closed.getsockname(), 1.0, null, true).close());
            assertTrue(e.getMessage().contains("create_connection failed"), e::getMessage);
            assertTrue(e.getSuppressed().length >= 1, "one suppressed error per address tried");
            for (Throwable s : e.getSuppressed()) {
                ConnectionRefusedError r = assertInstanceOf(ConnectionRefusedError.class, s);
                assertEquals(111, r.errno());
            }
        }
    }

    /** R20: create_connection binds source_address and applies an explicit timeout. */
    @Test
    void createConnectionBindsSourceAddressAndAppliesTimeout() throws Exception {
        try (Socket srv = listener();
                Socket c = Sockets.createConnection(srv.getsockname(), 1.5, loopback(0))) {
            assertEquals(1.5, c.gettimeout());
            assertEquals("127.0.0.1", ((Address.Inet) c.getsockname()).host());
            try (Socket conn = srv.accept().conn()) {
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /** R7/R20: create_connection(timeout=None) is blocking. */
    @Test
    void createConnectionWithNullTimeoutIsBlocking() throws Exception {
        try (Socket srv = listener(); Socket c = Sockets.createConnection(srv.getsockname(), null);
                Socket conn = srv.accept().conn()) {
            assertNull(c.gettimeout());
            assertTrue(c.getblocking());
            assertEquals(c.getsockname(), conn.getpeername());
        }
    }

    /** Scenario 7. */
    @Test
    void bindToAddressOfListeningSocketRaisesAddressInUse98() throws Exception {
        try (Socket l = listener(); Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EADDRINUSE, "[Errno 98] Address already in use", () -> s.bind(l.getsockname()));
        }
    }

    /** Scenario 7: SO_REUSEADDR on the newcomer does not allow binding over a live listener. */
    @Test
    void bindWithReuseAddrToAddressOfListeningSocketStillRaisesAddressInUse98() throws Exception {
        try (Socket l = listener(); Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
            assertPlainOSError(98, "[Errno 98] Address already in use", () -> s.bind(l.getsockname()));
        }
    }

    /** Scenario 8. */
    @Test
    void bindTwiceOnOneSocketRaisesInvalidArgument22() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(loopback(0));
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.bind(loopback(0)));
        }
    }

    /** Scenario 8: a TEST-NET address is not local. */
    @Test
    void bindToNonLocalAddressRaisesCannotAssignRequestedAddress99() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EADDRNOTAVAIL, "[Errno 99] Cannot assign requested address",
                    () -> s.bind(Address.of("192.0.2.1", 0)));
        }
    }

    /** Scenario 10. */
    @Test
    void acceptOnBoundNonListeningSocketRaisesInvalidArgument22() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(loopback(0));
            s.settimeout(1.0); // bounded even if the library blocked instead of failing
            assertPlainOSError(22, "[Errno 22] Invalid argument", s::accept);
        }
    }

    /** Scenario 10 (blocking mode: in timeout mode CPython would poll for POLLIN first and time out). */
    @Test
    void recvOnListenerRaisesNotConnected107() throws Exception {
        try (Socket l = listener()) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", () -> l.recv(10));
        }
    }

    /** listen(-5) on an unconnected socket is accepted (clamped to 0; docs/python-semantics.md §3). */
    @Test
    void listenWithNegativeBacklogIsAccepted() throws Exception {
        try (Socket l = Sockets.socket()) {
            l.bind(loopback(0));
            l.listen(-5);
            try (Socket c = Sockets.socket()) {
                c.settimeout(2.0);
                // backlog 0 still lets one connection complete on Linux
                assertEquals(0, c.connectEx(l.getsockname()));
                l.settimeout(2.0);
                try (Socket conn = l.accept().conn()) {
                    assertEquals(c.getsockname(), conn.getpeername());
                }
            }
        }
    }

    /** R25: a host name on an AF_INET socket resolves to its IPv4 address (getaddrinfo AF_INET). */
    @Test
    void connectByNameLocalhostReachesIpv4Listener() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.socket()) {
            c.settimeout(2.0);
            c.connect(Address.of("localhost", port(l)));
            assertEquals(loopback(port(l)), c.getpeername());
            try (Socket conn = l.accept().conn()) {
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /** R20: create_connection tries every getaddrinfo result in order (::1 may come first and be refused). */
    @Test
    void createConnectionByNameLocalhostReachesIpv4Listener() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.createConnection(Address.of("localhost", port(l)), 2.0);
                Socket conn = l.accept().conn()) {
            assertEquals(AF_INET, c.family());
            assertEquals(c.getsockname(), conn.getpeername());
        }
    }

    /** getsockname after bind(('127.0.0.1', 0)) reports the kernel-chosen port. */
    @Test
    void bindToPortZeroReportsAssignedPort() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(loopback(0));
            Address.Inet a = (Address.Inet) s.getsockname();
            assertEquals("127.0.0.1", a.host());
            assertTrue(a.port() > 0, () -> "port " + a.port());
            assertEquals("('127.0.0.1', " + a.port() + ")", a.toString());
        }
    }
}
