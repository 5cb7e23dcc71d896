package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.ReceivedInto;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/**
 * Conformance section 4, scenarios 49 and 50; rule R14 (message boundaries, truncation
 * without MSG_TRUNC, the autobind of a first sendto) on unconnected UDP over 127.0.0.1.
 */
class UdpDatagramTest extends BackendTest {

    /** udp returns an AF_INET datagram socket bound to 127.0.0.1:0 with a 2 s timeout. */
    static Socket udp() throws Exception {
        Socket s = Sockets.socket(AF_INET, SOCK_DGRAM);
        try {
            s.bind(loopback(0));
            s.settimeout(2.0);
            return s;
        } catch (Exception e) {
            s.close();
            throw e;
        }
    }

    /** Scenario 49: recvfrom returns (b'datagram', ('127.0.0.1', port)). */
    @Test
    void recvfromReturnsTheDatagramAndTheSendersAddress() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            assertEquals(8, tx.sendto(ascii("datagram"), rx.getsockname()));
            Datagram d = rx.recvfrom(1024);
            assertArrayEquals(ascii("datagram"), d.data());
            assertEquals(tx.getsockname(), d.address());
            assertEquals(Address.of("127.0.0.1", port(tx)), d.address());
        }
    }

    /** Scenario 49 (R14): an unbound sender gets an ephemeral port from its first sendto. */
    @Test
    void firstSendtoOfAnUnboundSocketBindsItToAPort() throws Exception {
        try (Socket rx = udp(); Socket tx = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            assertEquals(Address.of("0.0.0.0", 0), tx.getsockname());
            tx.sendto(ascii("x"), rx.getsockname());
            Address.Inet name = (Address.Inet) tx.getsockname();
            assertNotEquals(0, name.port());
            assertEquals(name.port(), ((Address.Inet) rx.recvfrom(10).address()).port());
        }
    }

    /** Scenario 8 for UDP: bind after the autobind of a first sendto raises OSError 22. */
    @Test
    void bindAfterFirstSendtoRaisesOSError22() throws Exception {
        try (Socket rx = udp(); Socket tx = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            tx.sendto(ascii("x"), rx.getsockname());
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> tx.bind(loopback(0)));
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> rx.bind(loopback(0)));
        }
    }

    /** Scenario 50: sendto(b'') gives (b'', addr), distinguishable from "nothing". */
    @Test
    void emptyDatagramIsReceivedAsEmptyDataWithTheSender() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            assertEquals(0, tx.sendto(new byte[0], rx.getsockname()));
            Datagram d = rx.recvfrom(1024);
            assertArrayEquals(new byte[0], d.data());
            assertEquals(tx.getsockname(), d.address());
            // nothing else is queued: "nothing" is BlockingIOError, not another b''
            rx.settimeout(0.0);
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> rx.recvfrom(1024));
        }
    }

    /** R14: two sendto calls are two datagrams, received one per call. */
    @Test
    void messageBoundariesAreKept() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("ab"), rx.getsockname());
            tx.sendto(ascii("cde"), rx.getsockname());
            assertArrayEquals(ascii("ab"), rx.recvfrom(1024).data());
            assertArrayEquals(ascii("cde"), rx.recv(1024));
        }
    }

    /** R14: recvfrom(4) of a 10-byte datagram returns 4 bytes and discards the rest. */
    @Test
    void recvfromSmallerThanTheDatagramTruncatesAndDiscardsTheRest() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("0123456789"), rx.getsockname());
            tx.sendto(ascii("next"), rx.getsockname());
            assertArrayEquals(ascii("0123"), rx.recvfrom(4).data());
            assertArrayEquals(ascii("next"), rx.recvfrom(1024).data());
        }
    }

    /** R14: recv(n) on UDP also keeps the first n bytes only. */
    @Test
    void recvSmallerThanTheDatagramTruncates() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("0123456789"), rx.getsockname());
            tx.sendto(ascii("next"), rx.getsockname());
            assertArrayEquals(ascii("012"), rx.recv(3));
            byte[] buf = new byte[16];
            assertEquals(4, rx.recvInto(buf));
            assertArrayEquals(ascii("next"), java.util.Arrays.copyOf(buf, 4));
        }
    }

    /** recvfrom_into fills the buffer from index 0 and returns (nbytes, address). */
    @Test
    void recvfromIntoReturnsTheCountAndTheSender() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("hello"), rx.getsockname());
            byte[] buf = new byte[8];
            ReceivedInto r = rx.recvfromInto(buf);
            assertEquals(new ReceivedInto(5, tx.getsockname()), r);
            assertArrayEquals(ascii("hello\0\0\0"), buf);
        }
    }

    /** recvfrom_into(buffer, nbytes): at most nbytes are written, the rest is discarded. */
    @Test
    void recvfromIntoWithNbytesWritesAtMostNbytes() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("hello"), rx.getsockname());
            byte[] buf = ascii("########");
            assertEquals(3, rx.recvfromInto(buf, 3, 0).nbytes());
            assertArrayEquals(ascii("hel#####"), buf);
        }
    }

    /** CPython: recvfrom(0) makes the call, so it takes (and drops) a datagram, unlike recv(0). */
    @Test
    void recvfromZeroConsumesADatagramButRecvZeroDoesNot() throws Exception {
        try (Socket rx = udp(); Socket tx = udp()) {
            tx.sendto(ascii("first"), rx.getsockname());
            tx.sendto(ascii("second"), rx.getsockname());
            assertArrayEquals(new byte[0], rx.recv(0));
            Datagram d = rx.recvfrom(0);
            assertEquals(new Datagram(new byte[0], tx.getsockname()), d);
            assertEquals(new ReceivedInto(0, tx.getsockname()), rx.recvfromInto(new byte[0]));
            rx.settimeout(0.0);
            assertOSError(BlockingIOError.class, Errno.EAGAIN, null, () -> rx.recv(10));
        }
    }

    /** A reply sent to the address recvfrom reported reaches the sender. */
    @Test
    void replyToTheReportedAddressReachesTheSender() throws Exception {
        try (Socket server = udp(); Socket client = Sockets.socket(AF_INET, SOCK_DGRAM)) {
            client.settimeout(2.0);
            client.sendto(ascii("ping"), server.getsockname());
            Datagram d = server.recvfrom(64);
            server.sendto(ascii("pong"), d.address());
            assertEquals(new Datagram(ascii("pong"), server.getsockname()), client.recvfrom(64));
        }
    }

    /** Each datagram reports its own sender, also when senders alternate (no stale address). */
    @Test
    void alternatingSendersAreEachReported() throws Exception {
        try (Socket rx = udp(); Socket a = udp(); Socket b = udp()) {
            for (int i = 0; i < 3; i++) {
                a.sendto(ascii("a"), rx.getsockname());
                b.sendto(ascii("b"), rx.getsockname());
                assertEquals(new Datagram(ascii("a"), a.getsockname()), rx.recvfrom(8));
                assertEquals(new Datagram(ascii("b"), b.getsockname()), rx.recvfrom(8));
            }
        }
    }

    /** Each sendto goes to its own destination, also when destinations alternate. */
    @Test
    void alternatingDestinationsEachGetTheirDatagrams() throws Exception {
        try (Socket tx = udp(); Socket a = udp(); Socket b = udp()) {
            for (int i = 0; i < 3; i++) {
                tx.sendto(ascii("to-a"), a.getsockname());
                tx.sendto(ascii("to-b"), b.getsockname());
            }
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(ascii("to-a"), a.recv(8));
                assertArrayEquals(ascii("to-b"), b.recv(8));
            }
        }
    }

    /** Datagram and ReceivedInto print as Python's tuples. */
    @Test
    void resultRecordsPrintAsPythonTuples() {
        assertEquals("(b'hi', ('127.0.0.1', 5000))", new Datagram(ascii("hi"), Address.of("127.0.0.1", 5000)).toString());
        assertEquals("(b'', None)", new Datagram(new byte[0], null).toString());
        assertEquals("(b\"it's\\x00\", None)", new Datagram(ascii("it's\0"), null).toString());
        assertEquals("(5, ('127.0.0.1', 1))", new ReceivedInto(5, Address.of("127.0.0.1", 1)).toString());
    }
}
