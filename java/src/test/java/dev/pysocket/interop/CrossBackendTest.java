package dev.pysocket.interop;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SHUT_WR;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_LINGER;
import static dev.pysocket.support.InteropEcho.SIZE;
import static dev.pysocket.support.InteropEcho.echoUntilEof;
import static dev.pysocket.support.InteropEcho.payload;
import static dev.pysocket.support.InteropEcho.sendAndReadBack;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.BackendSockets;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.Async;
import dev.pysocket.support.FdLeakCheck;
import dev.pysocket.support.Ipv6Loopback;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CrossBackendTest: one connection with a native end and a jdk end, each way round (a native
 * server with a jdk client, then a jdk server with a native client), so that what one backend
 * puts on the wire the other reads as the kernel meant it: TCP over IPv4 and IPv6, UDP, and
 * AF_UNIX streams; data both ways (1 MiB through sendall), a shutdown and a close that the
 * other backend sees as the end of the stream, a reset it sees as ConnectionResetError, and
 * timeouts on either side. Each socket's backend is chosen where it is made
 * ({@link BackendSockets}), whatever {@code pysocket.backend} says, so the class runs once per
 * pair rather than per backend; {@link FdLeakCheck} checks each run for leaks.
 */
@ParameterizedClass(name = "[{index}] server={0}, client={1}")
@CsvSource({"native, jdk", "jdk, native"})
@ExtendWith(FdLeakCheck.class)
class CrossBackendTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The recv timeout the timeout tests wait out, and the I/O timeout of the others. */
    private static final double SHORT = 0.3;
    private static final double LONG = 15.0;

    /** The backend of the listening (or first) end. */
    @Parameter(0)
    String server;

    /** The backend of the connecting (or second) end. */
    @Parameter(1)
    String client;

    @TempDir
    Path dir;

    // ---- TCP ----

    @Test
    void tcpOverIpv4EchoesOneMebibyteAndEachSideSeesTheOthersEof() throws Exception {
        echoOneMebibyte(AF_INET, Address.of("127.0.0.1", 0));
    }

    @Test
    void tcpOverIpv6EchoesOneMebibyteAndEachSideSeesTheOthersEof() throws Exception {
        Ipv6Loopback.assume();
        echoOneMebibyte(AF_INET6, Address.of("::1", 0));
    }

    @Test
    void tcpShutdownOfEitherSideIsEofOnTheOther() throws Exception {
        shutdownEachWay(AF_INET, Address.of("127.0.0.1", 0));
    }

    @Test
    void tcpOverIpv6ShutdownOfEitherSideIsEofOnTheOther() throws Exception {
        Ipv6Loopback.assume();
        shutdownEachWay(AF_INET6, Address.of("::1", 0));
    }

    /** The client closes: the server reads what was sent before, then b''. */
    @Test
    void tcpCloseIsEofOnTheOtherSide() throws Exception {
        peerCloseIsEof(AF_INET, Address.of("127.0.0.1", 0));
    }

    /** SO_LINGER {1, 0} makes the client's close an RST: the server's recv raises 104 once, then gives b''. */
    @Test
    void tcpResetIsConnectionResetOnTheOtherSide() throws Exception {
        byte[] lingerZero = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();
        try (Socket l = listener(AF_INET, Address.of("127.0.0.1", 0)); Socket c = socket(client, AF_INET, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(l.getsockname());
            try (Socket conn = accept(l)) {
                conn.settimeout(LONG);
                c.setsockopt(SOL_SOCKET, SO_LINGER, lingerZero);
                closeNow(c);
                assertResetThenEof(conn);
            }
        }
    }

    /** recv times out on each side, accept on the server, and the connection carries data after. */
    @Test
    void tcpTimeoutsOnEachSideLeaveTheConnectionWorking() throws Exception {
        try (Socket l = listener(AF_INET, Address.of("127.0.0.1", 0)); Socket c = socket(client, AF_INET, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(l.getsockname());
            try (Socket conn = accept(l)) {
                timesOut(() -> conn.recv(16), conn);
                timesOut(() -> c.recv(16), c);
                l.settimeout(SHORT);
                timesOut(l::accept, l);
                c.settimeout(LONG);
                conn.settimeout(LONG);
                c.sendall(ascii("after"));
                assertArrayEquals(ascii("after"), conn.recv(16));
                conn.sendall(ascii("back"));
                assertArrayEquals(ascii("back"), c.recv(16));
            }
        }
    }

    // ---- UDP ----

    /** Datagrams both ways, unconnected and connected, with the sender's address; a large one keeps its boundary. */
    @Test
    void udpDatagramsGoBothWaysWithTheirSender() throws Exception {
        datagramsBothWays(AF_INET, "127.0.0.1");
    }

    @Test
    void udpOverIpv6DatagramsGoBothWaysWithTheirSender() throws Exception {
        Ipv6Loopback.assume();
        datagramsBothWays(AF_INET6, "::1");
    }

    /** recvfrom times out on each side; a datagram still gets through afterwards. */
    @Test
    void udpTimeoutsOnEachSide() throws Exception {
        try (Socket s = udp(server, AF_INET, "127.0.0.1"); Socket c = udp(client, AF_INET, "127.0.0.1")) {
            s.settimeout(SHORT);
            c.settimeout(SHORT);
            timesOut(() -> s.recvfrom(64), s);
            timesOut(() -> c.recvfrom(64), c);
            s.settimeout(LONG);
            c.sendto(ascii("late"), s.getsockname());
            assertEquals(new Datagram(ascii("late"), c.getsockname()), s.recvfrom(64));
        }
    }

    // ---- AF_UNIX streams ----

    @Test
    void unixStreamEchoesOneMebibyteAndEachSideSeesTheOthersEof() throws Exception {
        echoOneMebibyte(AF_UNIX, Address.unix(dir.resolve("echo").toString()));
    }

    @Test
    void unixStreamShutdownOfEitherSideIsEofOnTheOther() throws Exception {
        shutdownEachWay(AF_UNIX, Address.unix(dir.resolve("shut").toString()));
    }

    @Test
    void unixStreamCloseIsEofOnTheOtherSide() throws Exception {
        peerCloseIsEof(AF_UNIX, Address.unix(dir.resolve("close").toString()));
    }

    /**
     * Linux's unix_release_sock: a close with data still unread resets the peer, whose recv
     * raises 104 once, then gives b''.
     */
    @Test
    void unixStreamCloseWithUnreadDataIsConnectionResetOnTheOtherSide() throws Exception {
        Address at = Address.unix(dir.resolve("reset").toString());
        try (Socket l = listener(AF_UNIX, at); Socket c = socket(client, AF_UNIX, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(at);
            try (Socket conn = accept(l)) {
                conn.settimeout(LONG);
                conn.sendall(ascii("never read"));
                closeNow(c);
                assertResetThenEof(conn);
            }
        }
    }

    @Test
    void unixStreamTimeoutsOnEachSideLeaveTheConnectionWorking() throws Exception {
        Address at = Address.unix(dir.resolve("timeouts").toString());
        try (Socket l = listener(AF_UNIX, at); Socket c = socket(client, AF_UNIX, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(at);
            try (Socket conn = accept(l)) {
                timesOut(() -> conn.recv(16), conn);
                timesOut(() -> c.recv(16), c);
                c.settimeout(LONG);
                conn.settimeout(LONG);
                c.sendall(ascii("after"));
                assertArrayEquals(ascii("after"), conn.recv(16));
            }
        }
    }

    // ---- the scenarios, for a family and the listener's address ----

    /**
     * echoOneMebibyte: the server echoes until the client's shutdown(SHUT_WR) and then closes;
     * the client sends just over 1 MiB with sendall while reading the echo until that close.
     * The names each end reports match the other's.
     */
    private void echoOneMebibyte(int family, Address at) throws Exception {
        try (Socket l = listener(family, at); Socket c = socket(client, family, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(l.getsockname());
            try (Socket conn = accept(l)) {
                conn.settimeout(LONG);
                assertEquals(l.getsockname(), c.getpeername());
                assertEquals(c.getsockname(), conn.getpeername()); // AF_UNIX: both unnamed, ''
                try (Async<Long> echo = Async.start("echo-" + server, () -> {
                    long echoed = echoUntilEof(conn);
                    closeNow(conn); // the client reads b''
                    return echoed;
                })) {
                    sendAndReadBack(c, payload(), "writer-" + client);
                    assertEquals(SIZE, echo.get(WAIT));
                }
            }
        }
    }

    /** shutdownEachWay: the client's SHUT_WR is b'' for the server, which still sends; then the reverse. */
    private void shutdownEachWay(int family, Address at) throws Exception {
        try (Socket l = listener(family, at); Socket c = socket(client, family, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(l.getsockname());
            try (Socket conn = accept(l)) {
                conn.settimeout(LONG);
                c.sendall(ascii("ping"));
                assertArrayEquals(ascii("ping"), conn.recv(16));
                c.shutdown(SHUT_WR);
                assertArrayEquals(new byte[0], conn.recv(16));
                conn.sendall(ascii("still open"));
                assertArrayEquals(ascii("still open"), c.recv(16));
                conn.shutdown(SHUT_WR);
                assertArrayEquals(new byte[0], c.recv(16));
                assertArrayEquals(new byte[0], conn.recv(16), "b'' again");
            }
        }
    }

    /** peerCloseIsEof: the client sends, closes; the server reads the data, then b'' (twice). */
    private void peerCloseIsEof(int family, Address at) throws Exception {
        try (Socket l = listener(family, at); Socket c = socket(client, family, SOCK_STREAM)) {
            c.settimeout(LONG);
            c.connect(l.getsockname());
            try (Socket conn = accept(l)) {
                conn.settimeout(LONG);
                c.sendall(ascii("last words"));
                closeNow(c);
                assertArrayEquals(ascii("last words"), conn.recv(64));
                assertArrayEquals(new byte[0], conn.recv(64));
                assertArrayEquals(new byte[0], conn.recv(64));
            }
        }
    }

    /** datagramsBothWays: unconnected both ways with the sender's address, then connected both ways. */
    private void datagramsBothWays(int family, String host) throws Exception {
        try (Socket s = udp(server, family, host); Socket c = udp(client, family, host)) {
            assertEquals(3, c.sendto(ascii("one"), s.getsockname()));
            Datagram first = s.recvfrom(64);
            assertEquals(new Datagram(ascii("one"), c.getsockname()), first);
            s.sendto(ascii("two"), first.address());
            assertEquals(new Datagram(ascii("two"), s.getsockname()), c.recvfrom(64));

            c.connect(s.getsockname());
            s.connect(c.getsockname());
            assertEquals(s.getsockname(), c.getpeername());
            byte[] large = payload();
            int n = 60000; // one datagram, well under the 65507 bytes UDP over IPv4 carries
            c.send(ByteBuffer.wrap(large, 0, n));
            c.send(ascii("small"));
            byte[] got = s.recv(65536);
            assertEquals(n, got.length, "the large datagram arrives whole");
            assertArrayEquals(java.util.Arrays.copyOf(large, n), got);
            assertArrayEquals(ascii("small"), s.recv(65536), "a datagram per recv");
            s.send(ascii("back"));
            assertArrayEquals(ascii("back"), c.recv(64));
        }
    }

    /** assertResetThenEof: recv raises ConnectionResetError 104 once, then gives b''. */
    private static void assertResetThenEof(Socket s) throws OSError {
        OSError e = assertThrows(OSError.class, () -> s.recv(16));
        assertEquals(ConnectionResetError.class, e.getClass(), e::toString);
        assertEquals(Errno.ECONNRESET, e.errno());
        assertEquals("[Errno 104] Connection reset by peer", e.getMessage());
        assertArrayEquals(new byte[0], s.recv(16));
    }

    // ---- sockets of the named backends ----

    /** socket: a socket on backend, checked to be that backend's (jdk's handles are >= 2^20, not descriptors). */
    private static Socket socket(String backend, int family, int type) throws OSError {
        Socket s = BackendSockets.socket(backend, family, type);
        assertOn(backend, s);
        return s;
    }

    private static void assertOn(String backend, Socket s) throws OSError {
        boolean jdkHandle = s.fileno() >= 1 << 20;
        if (jdkHandle != "jdk".equals(backend)) {
            s.close();
            throw new AssertionError("a socket of the " + backend + " backend has fileno " + s.fileno());
        }
    }

    /** listener: a server-backend socket of family bound to at and listening. */
    private Socket listener(int family, Address at) throws OSError {
        Socket l = socket(server, family, SOCK_STREAM);
        try {
            l.settimeout(LONG);
            l.bind(at);
            l.listen();
            return l;
        } catch (OSError | RuntimeException e) {
            l.close();
            throw e;
        }
    }

    /** accept: the connection l accepts, on l's backend. */
    private Socket accept(Socket l) throws OSError {
        Accepted a = l.accept();
        assertOn(server, a.conn());
        return a.conn();
    }

    /** udp: a UDP socket of backend bound to host port 0, with the long timeout. */
    private static Socket udp(String backend, int family, String host) throws OSError {
        Socket s = socket(backend, family, SOCK_DGRAM);
        try {
            s.settimeout(LONG);
            s.bind(Address.of(host, 0));
            return s;
        } catch (OSError | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /**
     * timesOut: with s's timeout set to SHORT, call raises TimeoutError "timed out" after about
     * that long (the suite's bounds: 50 ms early to 500 ms late).
     */
    private static void timesOut(Executable call, Socket s) throws OSError {
        s.settimeout(SHORT);
        long t0 = System.nanoTime();
        Throwable t = assertThrows(Throwable.class, call);
        double took = (System.nanoTime() - t0) / 1e9;
        TimeoutError e = assertInstanceOf(TimeoutError.class, t, () -> "expected TimeoutError, got " + t);
        assertEquals("timed out", e.getMessage());
        assertTrue(took >= SHORT - 0.05 && took <= SHORT + 0.5, () -> "timed out after " + took + " s, not ≈" + SHORT);
    }

    /** closeNow closes s inside the try-with-resources that closes it again (close is idempotent). */
    private static void closeNow(Socket s) throws OSError {
        s.close();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
