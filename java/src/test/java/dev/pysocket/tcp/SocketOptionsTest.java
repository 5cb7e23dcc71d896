package dev.pysocket.tcp;

import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_KEEPALIVE;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static dev.pysocket.Sockets.SO_TYPE;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static dev.pysocket.support.OptionAsserts.assertSetReads;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import dev.pysocket.support.TcpPair;
import org.junit.jupiter.api.Test;

/** getsockopt/setsockopt, int form, on TCP (R32, scenario 78/79 basics, create_server R21). */
class SocketOptionsTest extends BackendTest {

    @Test
    void reuseAddrIsInitiallyZeroAndReadsOneAfterSet() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_REUSEADDR));
            assertSetReads(s, SOL_SOCKET, SO_REUSEADDR, 1, 1);
            assertSetReads(s, SOL_SOCKET, SO_REUSEADDR, 0, 0);
        }
    }

    @Test
    void keepAliveTurnsOnAndOff() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_KEEPALIVE, 1, 1);
            assertSetReads(s, SOL_SOCKET, SO_KEEPALIVE, 0, 0);
        }
    }

    @Test
    void tcpNoDelaySetOneReadsOneOnConnectedSocket() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertSetReads(p.client(), IPPROTO_TCP, TCP_NODELAY, 1, 1);
        }
    }

    /** R32: any non-zero int reads back 1 for a boolean option. */
    @Test
    void booleanOptionSetToFiveReadsOne() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_REUSEADDR, 5, 1);
        }
    }

    @Test
    void soTypeOfTcpSocketIsSockStream() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(SOCK_STREAM, s.getsockopt(SOL_SOCKET, SO_TYPE));
        }
    }

    /** Scenario 83: an unknown option name gives ENOPROTOOPT 92. */
    @Test
    void unknownOptionRaisesProtocolNotAvailable92() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOPROTOOPT, "[Errno 92] Protocol not available",
                    () -> s.getsockopt(SOL_SOCKET, 9999));
        }
    }

    /** R21/scenario 92: create_server sets SO_REUSEADDR=1 and leaves the timeout None. */
    @Test
    void createServerHasReuseAddrAndNoTimeout() throws Exception {
        try (Socket srv = Sockets.createServer(loopback(0))) {
            assertEquals(1, srv.getsockopt(SOL_SOCKET, SO_REUSEADDR));
            assertNull(srv.gettimeout());
        }
    }

    /** The bytes form: SO_LINGER round-trips as struct linger (scenario 82), int options as 4 bytes. */
    @Test
    void bytesFormSoLingerAndIntOptionsRoundTrip() throws Exception {
        byte[] linger = java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder()).putInt(1).putInt(5).array();
        byte[] one = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.nativeOrder()).putInt(1).array();
        try (Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, Sockets.SO_LINGER, linger);
            org.junit.jupiter.api.Assertions.assertArrayEquals(linger, s.getsockopt(SOL_SOCKET, Sockets.SO_LINGER, 8));
            assertEquals(1, s.getsockopt(SOL_SOCKET, Sockets.SO_LINGER), "the int form reads l_onoff");
            s.setsockopt(SOL_SOCKET, SO_REUSEADDR, one);
            org.junit.jupiter.api.Assertions.assertArrayEquals(one, s.getsockopt(SOL_SOCKET, SO_REUSEADDR, 4));
            assertOSError(dev.pysocket.OSError.class, Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> s.setsockopt(SOL_SOCKET, SO_REUSEADDR, new byte[1]));
        }
    }

    /** A struct option the JDK cannot express (TCP_INFO) is native-only; jdk raises naming itself. */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void tcpInfoIsReadAsBytesOnNative() throws Exception {
        try (Socket s = Sockets.socket()) {
            byte[] info = s.getsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_INFO, 1024);
            assertTrue(info.length > 8 && info.length < 1024, "struct tcp_info, as long as the kernel's");
            assertEquals(7, info[0], "tcpi_state of an unconnected socket is TCP_CLOSE (7)");
        }
    }
}
