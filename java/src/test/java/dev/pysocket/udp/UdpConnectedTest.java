package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/** Rule R14 for connected UDP: connect/send/recv, EDESTADDRREQ, and ICMP port unreachable. */
class UdpConnectedTest extends BackendTest {

    /** R14: connect fixes the peer; send and recv then need no address. */
    @Test
    void connectedUdpSendsAndReceivesWithoutAnAddress() throws Exception {
        try (Socket server = UdpDatagramTest.udp(); Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.settimeout(2.0);
            client.connect(server.getsockname());
            assertEquals(server.getsockname(), client.getpeername());
            assertEquals("127.0.0.1", ((Address.Inet) client.getsockname()).host());
            assertEquals(4, client.send(ascii("ping")));
            Datagram d = server.recvfrom(64);
            assertEquals(new Datagram(ascii("ping"), client.getsockname()), d);
            server.sendto(ascii("pong"), d.address());
            assertArrayEquals(ascii("pong"), client.recv(64));
            client.sendall(ascii("all"));
            assertArrayEquals(ascii("all"), server.recv(64));
        }
    }

    /** R14: send on an unconnected UDP socket raises OSError 89 (EDESTADDRREQ). */
    @Test
    void sendOnUnconnectedUdpRaisesOSError89() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertPlainOSError(Errno.EDESTADDRREQ, "[Errno 89] Destination address required", () -> s.send(ascii("x")));
            assertPlainOSError(Errno.EDESTADDRREQ, "[Errno 89] Destination address required", () -> s.sendall(ascii("x")));
        }
    }

    /** getpeername on an unconnected UDP socket raises OSError 107. */
    @Test
    void getpeernameOnUnconnectedUdpRaisesOSError107() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", s::getpeername);
        }
    }

    /**
     * R14: a connected UDP socket that received ICMP port-unreachable raises
     * ConnectionRefusedError 111 once, on the next recv; the recv after that just waits.
     */
    @Test
    void portUnreachableRaisesConnectionRefusedOnceOnRecv() throws Exception {
        try (Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.connect(closedPort());
            client.settimeout(2.0);
            client.send(ascii("anyone?"));
            assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED, "[Errno 111] Connection refused",
                    () -> client.recv(64));
            client.settimeout(0.2);
            assertThrows(TimeoutError.class, () -> client.recv(64));
        }
    }

    /** R14: the refusal is reported once on the next send too. */
    @Test
    void portUnreachableRaisesConnectionRefusedOnceOnSend() throws Exception {
        try (Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.connect(closedPort());
            client.send(ascii("anyone?"));
            // The ICMP error arrives asynchronously; it is reported by the first send after it.
            OSError e = null;
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (e == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
                try {
                    client.send(ascii("again"));
                } catch (ConnectionRefusedError refused) {
                    e = refused;
                }
            }
            assertEquals(ConnectionRefusedError.class, e == null ? null : e.getClass());
            assertEquals("[Errno 111] Connection refused", e.getMessage());
            assertEquals(5, client.send(ascii("later")));
        }
    }

    /**
     * R14: send(b'') on a connected UDP socket sends a zero-length datagram. java.nio skips
     * empty writes once connected, so the jdk backend refuses rather than send nothing.
     */
    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void emptySendOnConnectedUdpIsAnEmptyDatagram() throws Exception {
        try (Socket server = UdpDatagramTest.udp(); Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.connect(server.getsockname());
            assertEquals(0, client.send(new byte[0]));
            assertEquals(new Datagram(new byte[0], client.getsockname()), server.recvfrom(64));
        }
    }

    /** R14: sendto(b'', peer) on a connected UDP socket sends a zero-length datagram too. */
    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void emptySendtoOnConnectedUdpIsAnEmptyDatagram() throws Exception {
        try (Socket server = UdpDatagramTest.udp(); Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.connect(server.getsockname());
            assertEquals(0, client.sendto(new byte[0], server.getsockname()));
            assertEquals(new Datagram(new byte[0], client.getsockname()), server.recvfrom(64));
        }
    }

    /** Linux's udp_sendmsg: sendto another address on a connected UDP socket goes there. */
    @Test
    @Requires(Capability.CONNECTED_DATAGRAM_SENDS)
    void sendtoAnotherAddressOnConnectedUdpGoesThere() throws Exception {
        try (Socket peer = UdpDatagramTest.udp(); Socket other = UdpDatagramTest.udp(); Socket client = UdpDatagramTest.udp()) {
            client.connect(peer.getsockname());
            assertEquals(5, client.sendto(ascii("aside"), other.getsockname()));
            assertEquals(new Datagram(ascii("aside"), client.getsockname()), other.recvfrom(64));
            assertEquals(peer.getsockname(), client.getpeername(), "the socket stays connected to its peer");
        }
    }

    /**
     * R19 on connected UDP: shutdown(SHUT_WR) succeeds and a later send raises
     * BrokenPipeError 32. java.nio has no shutdown for datagram channels: the jdk backend
     * raises an OSError naming itself.
     */
    @Test
    @Requires(Capability.DATAGRAM_SHUTDOWN)
    void shutdownWriteOfConnectedUdpMakesSendRaiseBrokenPipe() throws Exception {
        try (Socket server = UdpDatagramTest.udp(); Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.connect(server.getsockname());
            client.shutdown(Sockets.SHUT_WR);
            assertOSError(dev.pysocket.BrokenPipeError.class, Errno.EPIPE, "[Errno 32] Broken pipe",
                    () -> client.send(ascii("x")));
        }
    }

    /** A second connect re-targets a UDP socket at once (Linux's UDP connect). */
    @Test
    void connectAgainChangesThePeer() throws Exception {
        try (Socket a = UdpDatagramTest.udp(); Socket b = UdpDatagramTest.udp(); Socket c = UdpDatagramTest.udp()) {
            c.connect(a.getsockname());
            c.connect(b.getsockname());
            assertEquals(b.getsockname(), c.getpeername());
            c.send(ascii("to b"));
            assertEquals(new Datagram(ascii("to b"), c.getsockname()), b.recvfrom(64));
        }
    }

    /** closedPort: a 127.0.0.1 UDP port nobody listens on (bound once, then released). */
    private static Address closedPort() throws Exception {
        try (Socket s = UdpDatagramTest.udp()) {
            return s.getsockname();
        }
    }
}
