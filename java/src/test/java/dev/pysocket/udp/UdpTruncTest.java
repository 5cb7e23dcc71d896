package dev.pysocket.udp;

import static dev.pysocket.Sockets.MSG_TRUNC;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Datagram;
import dev.pysocket.ReceivedInto;
import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, scenario 52 (the recv(MSG_TRUNC) part; recvmsg is not in this
 * issue) and the R14 quirk. CPython's recv(4, MSG_TRUNC) of a 10-byte datagram returns 10
 * bytes whose last 6 are uninitialised memory; pysocket returns the real length with those
 * bytes ZERO. Native only: java.nio truncates silently and cannot report the real length,
 * so the jdk backend raises an OSError naming itself.
 */
class UdpTruncTest extends BackendTest {
    private static final byte[] TEN = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] FOUR_THEN_ZEROS = {'0', '1', '2', '3', 0, 0, 0, 0, 0, 0};

    /** Scenario 52 (native): recv(4, MSG_TRUNC) has the real length, 10, zero-filled past 4. */
    @Test
    @Requires(Capability.DATAGRAM_FLAGS)
    void recvWithMsgTruncReturnsTheRealLengthZeroFilled() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            tx.sendto(TEN, rx.getsockname());
            assertArrayEquals(FOUR_THEN_ZEROS, rx.recv(4, MSG_TRUNC));
        }
    }

    /** Scenario 52 (native): the zero fill holds even when earlier datagrams filled memory. */
    @Test
    @Requires(Capability.DATAGRAM_FLAGS)
    void msgTruncPaddingNeverShowsEarlierData() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            tx.sendto(ascii("SECRETSECRET"), rx.getsockname());
            rx.recv(64); // the thread's scratch memory now holds SECRET...
            tx.sendto(TEN, rx.getsockname());
            Datagram d = rx.recvfrom(4, MSG_TRUNC);
            assertArrayEquals(FOUR_THEN_ZEROS, d.data());
            assertEquals(tx.getsockname(), d.address());
        }
    }

    /** Scenario 52 (native): recv_into with MSG_TRUNC returns 10 and writes only 4 bytes. */
    @Test
    @Requires(Capability.DATAGRAM_FLAGS)
    void recvIntoWithMsgTruncReturnsTheRealLengthAndWritesOnlyTheBuffer() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            tx.sendto(TEN, rx.getsockname());
            byte[] buf = new byte[4];
            assertEquals(10, rx.recvInto(buf, 4, MSG_TRUNC));
            assertArrayEquals(ascii("0123"), buf);
        }
    }

    /** Scenario 52 (native): recvfrom_into with MSG_TRUNC gives (10, addr), as CPython. */
    @Test
    @Requires(Capability.DATAGRAM_FLAGS)
    void recvfromIntoWithMsgTruncReturnsTheRealLength() throws Exception {
        try (Socket rx = UdpDatagramTest.udp(); Socket tx = UdpDatagramTest.udp()) {
            tx.sendto(TEN, rx.getsockname());
            byte[] buf = ascii("########");
            assertEquals(new ReceivedInto(10, tx.getsockname()), rx.recvfromInto(buf, 4, MSG_TRUNC));
            assertArrayEquals(ascii("0123####"), buf);
        }
    }
}
