package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.Errno;
import dev.pysocket.FileNotFoundError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AF_UNIX streams on path names, on both backends: docs/python-semantics.md §4, scenarios 59 and 61, R27's
 * rules for names, R24's repr, and section 3's AF_UNIX rows.
 */
class UnixStreamTest extends BackendTest {
    @TempDir
    Path dir;

    private Address path(String name) {
        return Address.unix(dir.resolve(name).toString());
    }

    private static Socket unixListener(Address at) throws OSError {
        Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM);
        try {
            s.bind(at);
            s.listen();
            return s;
        } catch (OSError | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** Scenario 59: names on both ends, an unnamed accepted peer, data both ways. */
    @Test
    void pathServerAndUnnamedClientSeeTheNamesPythonReports() throws Exception {
        Address at = path("s");
        try (Socket srv = unixListener(at); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertEquals(at, srv.getsockname());
            assertEquals(Address.unix(""), client.getsockname()); // unbound: unnamed
            client.connect(at);
            Accepted a = srv.accept();
            try (Socket conn = a.conn()) {
                assertEquals(Address.unix(""), a.address());
                assertEquals(Address.unix(""), client.getsockname());
                assertEquals(at, client.getpeername());
                assertEquals(at, conn.getsockname());
                assertEquals(Address.unix(""), conn.getpeername());
                assertEquals(AF_UNIX, conn.family());
                assertEquals(SOCK_STREAM, conn.type());

                client.sendall(ascii("ping"));
                assertArrayEquals(ascii("ping"), conn.recv(16));
                conn.sendall(ascii("pong"));
                assertArrayEquals(ascii("pong"), client.recv(16));
                closeNow(conn);
                assertArrayEquals(new byte[0], client.recv(16)); // the peer's close is b''
            }
        }
    }

    /** Scenario 59: the socket file survives close; binding it again is OSError 98. */
    @Test
    void socketFileSurvivesCloseAndBindingItAgainIsAddressInUse() throws Exception {
        Address at = path("s");
        try (Socket first = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            first.bind(at);
        }
        assertTrue(Files.exists(dir.resolve("s")), "the socket file outlives the socket (R27)");
        try (Socket second = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(Errno.EADDRINUSE, "[Errno 98] Address already in use", () -> second.bind(at));
        }
    }

    /** Scenario 61: a 107-byte path binds and reads back byte for byte (the JDK takes 106 at most). */
    @Test
    @Requires(Capability.UNIX_LONG_PATHS)
    void path107BytesLongBindsAndRoundTrips() throws Exception {
        String name = pathOfLength(107);
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            try {
                s.bind(Address.unix(name));
            } catch (OSError refused) {
                // a refused name leaves the socket unbound: a 106-byte one still binds it
                String shorter = name.substring(0, 106);
                s.bind(Address.unix(shorter));
                assertEquals(Address.unix(shorter), s.getsockname());
                throw refused;
            }
            assertEquals(Address.unix(name), s.getsockname());
        }
    }

    /** Scenario 61: a 106-byte path, the longest every backend takes, binds and reads back. */
    @Test
    void path106BytesLongBindsAndRoundTrips() throws Exception {
        String name = pathOfLength(106);
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            s.bind(Address.unix(name));
            assertEquals(Address.unix(name), s.getsockname());
        }
    }

    /** pathOfLength: a path of n ASCII bytes in the test's directory. */
    private String pathOfLength(int n) {
        String prefix = dir.toString() + "/";
        String name = prefix + "p".repeat(n - prefix.length());
        assertEquals(n, name.length());
        return name;
    }

    /** Scenario 61, section 3: 108 path bytes is OSError "AF_UNIX path too long" with no errno. */
    @Test
    void path108BytesLongIsTooLongWithoutErrno() throws Exception {
        String prefix = dir.toString() + "/";
        String name = prefix + "p".repeat(108 - prefix.length());
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(0, "AF_UNIX path too long", () -> s.bind(Address.unix(name)));
            assertPlainOSError(0, "AF_UNIX path too long", () -> s.connect(Address.unix(name)));
            // Bytes count, not chars: 54 two-byte characters are 108 bytes.
            assertPlainOSError(0, "AF_UNIX path too long", () -> s.bind(Address.unix("é".repeat(54))));
        }
    }

    /** Section 3: an abstract name may use all 108 bytes of sun_path, but no more. */
    @Test
    void abstractNameLongerThan108BytesIsTooLong() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(0, "AF_UNIX path too long", () -> s.bind(Address.unix("\0" + "a".repeat(108))));
        }
    }

    /** Section 3 "AF_UNIX bind(123) / tuple": TypeError a bytes-like object is required, not 'tuple'. */
    @Test
    void inetAddressOnUnixSocketIsTypeError() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.bind(Address.of("127.0.0.1", 0)));
            assertEquals("a bytes-like object is required, not 'tuple'", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> s.connect(Address.of6("::1", 0, 0, 0)));
            assertEquals("a bytes-like object is required, not 'tuple'", e.getMessage());
        }
    }

    /** Section 3 "AF_UNIX bind(None)": Python's TypeError for None is NullPointerException here. */
    @Test
    void nullAddressOnUnixSocketIsNullPointer() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            NullPointerException n = assertThrows(NullPointerException.class, () -> s.bind(null));
            assertEquals("a bytes-like object is required, not 'NoneType'", n.getMessage());
            n = assertThrows(NullPointerException.class, () -> s.bind(Address.unix((String) null)));
            assertEquals("a bytes-like object is required, not 'NoneType'", n.getMessage());
        }
    }

    /** R27 (obs.): connecting to a path that does not exist is FileNotFoundError 2. */
    @Test
    void connectToMissingPathIsFileNotFound() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertOSError(FileNotFoundError.class, Errno.ENOENT, "[Errno 2] No such file or directory",
                    () -> s.connect(path("missing")));
        }
    }

    /** R27 (obs.): a socket file nobody listens on any more refuses: ConnectionRefusedError 111. */
    @Test
    void connectToStaleSocketFileIsRefused() throws Exception {
        Address at = path("s");
        unixListener(at).close();
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED, "[Errno 111] Connection refused",
                    () -> s.connect(at));
        }
    }

    /** Linux (obs.): listen on an unbound AF_UNIX socket is OSError 22 (no autobind for listen). */
    @Test
    void listenOnUnboundSocketIsInvalid() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", s::listen);
        }
    }

    /** Linux (obs.): on an unconnected AF_UNIX stream recv is OSError 22 (TCP: 107). */
    @Test
    void recvOnUnconnectedSocketIsInvalid() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.recv(1));
        }
    }

    /** Linux (obs.): on an unconnected AF_UNIX stream send and getpeername are OSError 107 (TCP send: 32). */
    @Test
    void sendOnUnconnectedSocketIsNotConnected() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected",
                    () -> s.send(ascii("x")));
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", s::getpeername);
        }
    }

    /** Section 1.4 / R32: AF_UNIX has no protocol-level options: TCP_NODELAY is OSError 95. */
    @Test
    void tcpOptionOnUnixSocketIsNotSupported() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                    () -> s.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1));
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                    () -> s.getsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY));
        }
    }

    /** R24: an AF_UNIX path prints as laddr=/tmp/x (no quotes); an unnamed address is left out. */
    @Test
    void reprShowsPathsWithoutQuotesAndOmitsUnnamedAddresses() throws Exception {
        Address at = path("s");
        String name = ((Address.Unix) at).path();
        try (Socket srv = unixListener(at); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertEquals("<socket.socket fd=" + client.fileno() + ", family=" + AF_UNIX + ", type=1, proto=0>",
                    client.toString());
            assertEquals("<socket.socket fd=" + srv.fileno() + ", family=" + AF_UNIX + ", type=1, proto=0, laddr="
                    + name + ">", srv.toString());
            client.connect(at);
            assertEquals("<socket.socket fd=" + client.fileno() + ", family=" + AF_UNIX + ", type=1, proto=0, raddr="
                    + name + ">", client.toString());
            try (Socket conn = srv.accept().conn()) {
                assertEquals("<socket.socket fd=" + conn.fileno() + ", family=" + AF_UNIX + ", type=1, proto=0, laddr="
                        + name + ">", conn.toString());
            }
        }
        assertEquals("'" + name + "'", at.toString()); // Python's repr of the str getsockname() gives
    }

    /** R27: a bound client is named by its path at accept and keeps its name across a failed connect. */
    @Test
    void boundClientKeepsItsNameAcrossAFailedConnect() throws Exception {
        Address at = path("s");
        Address mine = path("c");
        try (Socket srv = unixListener(at); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            client.bind(mine);
            assertOSError(FileNotFoundError.class, Errno.ENOENT, "[Errno 2] No such file or directory",
                    () -> client.connect(path("missing")));
            assertEquals(mine, client.getsockname());
            client.connect(at);
            Accepted a = srv.accept();
            try (Socket conn = a.conn()) {
                assertEquals(mine, a.address());
                assertEquals(mine, conn.getpeername());
                assertEquals(mine, client.getsockname());
            }
        }
    }

    /** R2 on AF_UNIX: recv with a timeout raises TimeoutError "timed out" after about that long. */
    @Test
    void recvWithTimeoutTimesOut() throws Exception {
        Address at = path("s");
        try (Socket srv = unixListener(at); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            client.connect(at);
            try (Socket conn = srv.accept().conn()) {
                client.settimeout(0.2);
                long t0 = System.nanoTime();
                dev.pysocket.TimeoutError e = assertThrows(dev.pysocket.TimeoutError.class, () -> client.recv(1));
                assertAbout(0.2, secondsSince(t0));
                assertEquals("timed out", e.getMessage());
                assertEquals(0, e.errno());
                conn.sendall(ascii("late"));
                assertArrayEquals(ascii("late"), client.recv(8)); // still usable (R2)
            }
        }
    }

    /** R3 on AF_UNIX: a non-blocking accept with nobody waiting is BlockingIOError 11. */
    @Test
    void nonBlockingAcceptWithoutClientIsBlockingIOError() throws Exception {
        try (Socket srv = unixListener(path("s"))) {
            srv.setblocking(false);
            assertOSError(dev.pysocket.BlockingIOError.class, Errno.EAGAIN,
                    "[Errno 11] Resource temporarily unavailable", srv::accept);
        }
    }

    /** R27: an embedded NUL goes to the kernel, which names the socket up to it (the JDK cannot). */
    @Test
    @Requires(Capability.UNIX_BYTE_NAMES)
    void embeddedNulCutsThePathName() throws Exception {
        Address cut = path("a");
        Address given = Address.unix(((Address.Unix) cut).path() + "\0b");
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            s.bind(given);
            assertEquals(cut, s.getsockname());
            assertTrue(Files.exists(dir.resolve("a")));
        }
    }

    /** R33 on AF_UNIX: SO_SNDBUF reads back doubled, as on Linux; SO_TYPE, SO_PROTOCOL 0, SO_DOMAIN, SO_ACCEPTCONN. */
    @Test
    void socketLevelOptionsReadAsLinuxReportsThem() throws Exception {
        Address at = path("s");
        try (Socket srv = unixListener(at); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            client.connect(at);
            client.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_SNDBUF, 65536);
            assertEquals(131072, client.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_SNDBUF));
            assertEquals(SOCK_STREAM, client.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_TYPE));
            assertEquals(0, client.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_PROTOCOL));
            assertEquals(AF_UNIX, client.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_DOMAIN));
            assertEquals(0, client.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_ACCEPTCONN));
            assertEquals(1, srv.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_ACCEPTCONN));
        }
    }

    /** R32 on AF_UNIX: Linux stores SO_REUSEADDR (and ignores it): it reads back as set. */
    @Test
    void reuseAddrIsAcceptedAndReadsBack() throws Exception {
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertEquals(0, s.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR));
            s.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
            assertEquals(1, s.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR));
            s.bind(path("s"));
            s.listen();
            assertEquals(1, s.getsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR));
        }
    }
}
