package dev.pysocket.options;

import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_KEEPALIVE;
import static dev.pysocket.Sockets.SO_RCVBUF;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static dev.pysocket.Sockets.SO_SNDBUF;
import static dev.pysocket.Sockets.SO_TYPE;
import static dev.pysocket.Sockets.TCP_KEEPIDLE;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static dev.pysocket.support.OptionAsserts.assertSetReads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenarios 78, 79 and 80; rules R32 and R33 (the int form). */
class IntOptionsTest extends BackendTest {

    /** Scenario 78: TCP_NODELAY on a fresh (unconnected) socket, off by default. */
    @Test
    void tcpNoDelayIsOffThenSetOneReadsOne() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(0, s.getsockopt(IPPROTO_TCP, TCP_NODELAY));
            assertSetReads(s, IPPROTO_TCP, TCP_NODELAY, 1, 1);
        }
    }

    /** R32: setsockopt(..., -1) reads back 1 for a boolean option, as 5 and True do. */
    @Test
    void booleanOptionSetToMinusOneReadsOne() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_KEEPALIVE, -1, 1);
            assertSetReads(s, IPPROTO_TCP, TCP_NODELAY, -1, 1);
            assertSetReads(s, SOL_SOCKET, SO_REUSEADDR, Integer.MIN_VALUE, 1);
        }
    }

    /** Scenario 79 / R33: Linux doubles SO_RCVBUF: set 65536 reads 131072. */
    @Test
    void rcvbufSet65536Reads131072() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_RCVBUF, 65536, 131072);
        }
    }

    /** R33: SO_SNDBUF reads back doubled too. */
    @Test
    void sndbufSet65536Reads131072() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_SNDBUF, 65536, 131072);
        }
    }

    /** Scenario 79: SO_TYPE is 2 for UDP. */
    @Test
    void soTypeOfUdpSocketIsSockDgram() throws Exception {
        try (Socket s = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            assertEquals(Sockets.SOCK_DGRAM, s.getsockopt(SOL_SOCKET, SO_TYPE));
        }
    }

    /** Scenario 80: TCP_KEEPIDLE set 30 reads 30. */
    @Test
    void tcpKeepIdleSet30Reads30() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, IPPROTO_TCP, TCP_KEEPIDLE, 30, 30);
        }
    }

    /** Scenario 80: TCP_KEEPIDLE 0 gives OSError 22. */
    @Test
    void tcpKeepIdleZeroRaisesInvalidArgument22() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.setsockopt(IPPROTO_TCP, TCP_KEEPIDLE, 0));
        }
    }

    /** R33: SO_ACCEPTCONN is 0 until listen(), then 1. */
    @Test
    void acceptConnReadsOneOnlyWhenListening() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(0, s.getsockopt(SOL_SOCKET, Sockets.SO_ACCEPTCONN));
            s.bind(loopback(0));
            s.listen();
            assertEquals(1, s.getsockopt(SOL_SOCKET, Sockets.SO_ACCEPTCONN));
        }
    }

    /** R32: a read-only option (SO_TYPE) cannot be set: OSError 92. */
    @Test
    void settingReadOnlySoTypeRaisesProtocolNotAvailable92() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOPROTOOPT, "[Errno 92] Protocol not available",
                    () -> s.setsockopt(SOL_SOCKET, SO_TYPE, 1));
        }
    }
}
