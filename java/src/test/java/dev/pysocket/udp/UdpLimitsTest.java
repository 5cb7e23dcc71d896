package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_BROADCAST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.PermissionError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenarios 53 and 57; rule R14 (payload limit, broadcast). */
class UdpLimitsTest extends BackendTest {
    private static final int MAX_UDP_PAYLOAD = 65507;

    /** Scenario 53: 65507 bytes is the largest UDP/IPv4 payload and arrives whole. */
    @Test
    void sendtoOf65507BytesSucceeds() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            byte[] big = new byte[MAX_UDP_PAYLOAD];
            new java.util.SplittableRandom(53).nextBytes(big);
            assertEquals(MAX_UDP_PAYLOAD, tx.sendto(big, rx.getsockname()));
            assertArrayEquals(big, rx.recvfrom(70000).data());
        }
    }

    /** Scenario 53: 65508 bytes raises OSError 90 (EMSGSIZE). */
    @Test
    void sendtoOf65508BytesRaisesOSError90() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            assertPlainOSError(Errno.EMSGSIZE, "[Errno 90] Message too long",
                    () -> tx.sendto(new byte[MAX_UDP_PAYLOAD + 1], rx.getsockname()));
        }
    }

    /** Scenario 57: sendto(('<broadcast>', p)) without SO_BROADCAST raises PermissionError 13. */
    @Test
    void sendtoBroadcastWithoutSoBroadcastRaisesPermissionError13() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_BROADCAST));
            assertOSError(PermissionError.class, Errno.EACCES, "[Errno 13] Permission denied",
                    () -> s.sendto(ascii("x"), Address.of("<broadcast>", 9)));
        }
    }

    /** Scenario 57: SO_BROADCAST set to 1 reads back 1. */
    @Test
    void soBroadcastSetReadsBackOne() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.setsockopt(SOL_SOCKET, SO_BROADCAST, 1);
            assertEquals(1, s.getsockopt(SOL_SOCKET, SO_BROADCAST));
            s.setsockopt(SOL_SOCKET, SO_BROADCAST, 0);
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_BROADCAST));
        }
    }

    /**
     * Scenario 57 (R14): with SO_BROADCAST a broadcast sendto goes out. Loopback only: the
     * loopback network's broadcast address 127.255.255.255 is a broadcast route on Linux
     * (refused without SO_BROADCAST as '<broadcast>' is) and reaches a socket on 0.0.0.0.
     */
    @Test
    void sendtoBroadcastWithSoBroadcastIsDelivered() throws Exception {
        try (Socket rx = Sockets.socket(AF_INET, SOCK_DGRAM); Socket tx = UdpDatagramTest.udp()) {
            rx.bind(Address.of("", 0));
            rx.settimeout(2.0);
            Address target = Address.of("127.255.255.255", port(rx));
            assertOSError(PermissionError.class, Errno.EACCES, null, () -> tx.sendto(ascii("bc"), target));
            tx.setsockopt(SOL_SOCKET, SO_BROADCAST, 1);
            assertEquals(2, tx.sendto(ascii("bc"), target));
            assertEquals(new Datagram(ascii("bc"), tx.getsockname()), rx.recvfrom(16));
        }
    }
}
