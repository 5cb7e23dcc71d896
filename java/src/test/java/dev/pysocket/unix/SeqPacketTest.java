package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_SEQPACKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AF_UNIX message sockets (R14, docs/python-semantics.md §4, scenario 65): SOCK_SEQPACKET and SOCK_DGRAM, which
 * need {@link Capability#UNIX_DATAGRAM} (the JDK has no AF_UNIX datagram or seqpacket channel).
 */
class SeqPacketTest extends BackendTest {
    @TempDir
    Path dir;

    /** Scenario 65: two sends give two recvs; recv(3) of a 10-byte message gives 3 and drops 7. */
    @Test
    @Requires({Capability.SOCKETPAIR, Capability.UNIX_DATAGRAM})
    void seqpacketKeepsBoundariesAndDropsTheRestOfAShortRead() throws Exception {
        try (SocketPair p = Sockets.socketpair(AF_UNIX, SOCK_SEQPACKET, 0)) {
            assertEquals(SOCK_SEQPACKET, p.first().type());
            p.first().send(ascii("one"));
            p.first().send(ascii("two!"));
            assertArrayEquals(ascii("one"), p.second().recv(64));
            assertArrayEquals(ascii("two!"), p.second().recv(64));

            p.first().send(ascii("0123456789"));
            p.first().send(ascii("next"));
            assertArrayEquals(ascii("012"), p.second().recv(3));
            assertArrayEquals(ascii("next"), p.second().recv(64)); // "3456789" was dropped
        }
    }

    /** Scenario 65: an empty message is b''; after the peer closes, recv is b'' too. */
    @Test
    @Requires({Capability.SOCKETPAIR, Capability.UNIX_DATAGRAM})
    void seqpacketEmptyMessageAndPeerCloseBothGiveEmptyBytes() throws Exception {
        try (SocketPair p = Sockets.socketpair(AF_UNIX, SOCK_SEQPACKET, 0)) {
            p.first().settimeout(2.0);
            p.second().settimeout(2.0);
            assertEquals(0, p.first().send(new byte[0]));
            p.first().send(ascii("after"));
            assertArrayEquals(new byte[0], p.second().recv(64));
            assertArrayEquals(ascii("after"), p.second().recv(64));
            p.first().close();
            assertArrayEquals(new byte[0], p.second().recv(64));
        }
    }

    /** R14: an AF_UNIX datagram socket bound to a path; a connected sender's messages keep their boundaries. */
    @Test
    @Requires(Capability.UNIX_DATAGRAM)
    void datagramsToABoundPathKeepBoundaries() throws Exception {
        Address at = Address.unix(dir.resolve("d").toString());
        try (Socket receiver = Sockets.socket(AF_UNIX, SOCK_DGRAM);
                Socket sender = Sockets.socket(AF_UNIX, SOCK_DGRAM)) {
            receiver.settimeout(2.0);
            receiver.bind(at);
            assertEquals(at, receiver.getsockname());
            sender.connect(at);
            assertEquals(at, sender.getpeername());
            sender.send(ascii("first"));
            sender.send(ascii("2nd"));
            assertArrayEquals(ascii("fir"), receiver.recv(3)); // R14: the rest is discarded
            assertArrayEquals(ascii("2nd"), receiver.recv(64));
        }
    }

    /** The jdk backend refuses AF_UNIX message sockets at creation, naming itself. */
    @Test
    @Requires(Capability.UNIX_DATAGRAM)
    void seqpacketSocketIsCreatedOnNativeOnly() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_SEQPACKET)) {
            assertEquals(SOCK_SEQPACKET, s.type());
            assertEquals(Address.unix(""), s.getsockname());
        }
    }

    /** SOCK_SEQPACKET is connection-oriented: listen, accept (peer ''), connect on a path, one message per recv. */
    @Test
    @Requires(Capability.UNIX_DATAGRAM)
    void seqpacketListenerAcceptsAndKeepsBoundaries() throws Exception {
        Address at = Address.unix(dir.resolve("q").toString());
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_SEQPACKET);
                Socket client = Sockets.socket(AF_UNIX, SOCK_SEQPACKET)) {
            srv.bind(at);
            srv.listen();
            client.connect(at);
            dev.pysocket.Accepted a = srv.accept();
            try (Socket conn = a.conn()) {
                assertEquals(Address.unix(""), a.address());
                assertEquals(at, conn.getsockname());
                assertEquals(SOCK_SEQPACKET, conn.type());
                client.send(ascii("ab"));
                client.send(ascii("cde"));
                assertArrayEquals(ascii("ab"), conn.recv(64));
                assertArrayEquals(ascii("cde"), conn.recv(64));
            }
        }
    }
}
