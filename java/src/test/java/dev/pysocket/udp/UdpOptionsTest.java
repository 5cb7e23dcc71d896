package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.IPPROTO_IP;
import static dev.pysocket.Sockets.IP_MULTICAST_LOOP;
import static dev.pysocket.Sockets.IP_MULTICAST_TTL;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_RCVBUF;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Socket options on UDP (scenarios 78, 79; R32, R33) and R25 name resolution for datagrams. */
class UdpOptionsTest extends BackendTest {

    /** Scenario 79 (R33): SO_RCVBUF set 65536 reads back 131072 on UDP too (Linux doubles). */
    @Test
    void soRcvbufOnUdpReadsBackDoubled() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            s.setsockopt(SOL_SOCKET, SO_RCVBUF, 65536);
            assertEquals(131072, s.getsockopt(SOL_SOCKET, SO_RCVBUF));
        }
    }

    /** Scenario 78: SO_REUSEADDR starts at 0 on UDP and reads back what was set. */
    @Test
    void soReuseaddrOnUdpStartsAtZeroAndReadsBack() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_REUSEADDR));
            s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
            assertEquals(1, s.getsockopt(SOL_SOCKET, SO_REUSEADDR));
        }
    }

    /** IP_MULTICAST_TTL and IP_MULTICAST_LOOP default to 1 and read back what was set. */
    @Test
    void multicastTtlAndLoopDefaultToOneAndReadBack() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertEquals(1, s.getsockopt(IPPROTO_IP, IP_MULTICAST_TTL));
            assertEquals(1, s.getsockopt(IPPROTO_IP, IP_MULTICAST_LOOP));
            s.setsockopt(IPPROTO_IP, IP_MULTICAST_TTL, 5);
            s.setsockopt(IPPROTO_IP, IP_MULTICAST_LOOP, 0);
            assertEquals(5, s.getsockopt(IPPROTO_IP, IP_MULTICAST_TTL));
            assertEquals(0, s.getsockopt(IPPROTO_IP, IP_MULTICAST_LOOP));
        }
    }

    /** R25: a host name is resolved (AF_INET, first result) for bind and sendto alike. */
    @Test
    void hostNamesAreResolvedForBindAndSendto() throws Exception {
        try (Socket rx = Sockets.socket(AF_INET, SOCK_DGRAM); Socket tx = UdpDatagramTest.udp()) {
            rx.bind(Address.of("localhost", 0));
            rx.settimeout(2.0);
            assertEquals("127.0.0.1", ((Address.Inet) rx.getsockname()).host());
            tx.sendto(ascii("n"), Address.of("localhost", port(rx)));
            assertEquals(new Datagram(ascii("n"), tx.getsockname()), rx.recvfrom(8));
        }
    }
}
