package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/**
 * Linux's abstract namespace and autobind (R27, docs/python-semantics.md §4, scenario 63): native only; the
 * jdk backend has no form for them and says so.
 */
class UnixAbstractNameTest extends BackendTest {
    /** A name unique to this run: abstract names are machine-wide. */
    private static String uniqueName(String tag) {
        return "\0pysocket-" + tag + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    }

    /** Scenario 63: bind('') autobinds to "\0" + five hex digits; two autobound sockets differ. */
    @Test
    @Requires(Capability.UNIX_ABSTRACT)
    void bindEmptyAutobindsToFiveHexDigitsAndNamesDiffer() throws Exception {
        try (Socket a = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket b = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            a.bind(Address.unix(""));
            b.bind(Address.unix(""));
            String na = ((Address.Unix) a.getsockname()).path();
            String nb = ((Address.Unix) b.getsockname()).path();
            assertTrue(na.matches("^\0[0-9a-f]{5}$"), () -> "autobound name " + Address.unix(na));
            assertTrue(nb.matches("^\0[0-9a-f]{5}$"), () -> "autobound name " + Address.unix(nb));
            assertNotEquals(na, nb);
        }
    }

    /** R27: an abstract name binds, reads back exactly (leading NUL included) and connects. */
    @Test
    @Requires(Capability.UNIX_ABSTRACT)
    void abstractNameRoundTripsAndConnects() throws Exception {
        Address at = Address.unix(uniqueName("abs"));
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            try (Socket conn = NamedConnect.accepted(srv, client, at)) {
                assertEquals(at, conn.getsockname());
                client.sendall(ascii("hi"));
                assertArrayEquals(ascii("hi"), conn.recv(8));
            }
        }
    }

    /** R27: a connect to an abstract name nobody bound is refused, as for a path without a socket. */
    @Test
    @Requires(Capability.UNIX_ABSTRACT)
    void connectToAnUnboundAbstractNameIsRefused() throws Exception {
        Address at = Address.unix(uniqueName("nobody"));
        try (Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            assertOSError(ConnectionRefusedError.class, Errno.ECONNREFUSED, "[Errno 111] Connection refused",
                    () -> client.connect(at));
        }
    }

    /** R27: every byte of an abstract name counts, embedded NULs and the full 108 bytes too. */
    @Test
    @Requires(Capability.UNIX_ABSTRACT)
    void abstractNamesAreBytesExact() throws Exception {
        String base = uniqueName("exact");
        String longest = base + "x".repeat(108 - base.length());
        try (Socket a = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket b = Sockets.socket(AF_UNIX, SOCK_STREAM);
                Socket c = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            a.bind(Address.unix(longest));
            assertEquals(Address.unix(longest), a.getsockname());
            b.bind(Address.unix(base + "\0"));
            c.bind(Address.unix(base)); // differs from b's name by its trailing NUL only
            assertEquals(Address.unix(base + "\0"), b.getsockname());
            assertEquals(Address.unix(base), c.getsockname());
        }
    }

    /** R24: the repr shows an abstract name as Python's bytes, laddr=b'\x00name'. */
    @Test
    @Requires(Capability.UNIX_ABSTRACT)
    void reprShowsAbstractNameAsBytes() throws Exception {
        String name = uniqueName("repr");
        Address at = Address.unix(name);
        String bytesRepr = "b'\\x00" + name.substring(1) + "'";
        assertEquals(bytesRepr, at.toString());
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            s.bind(at);
            assertEquals("<socket.socket fd=" + s.fileno() + ", family=" + AF_UNIX + ", type=1, proto=0, laddr="
                    + bytesRepr + ">", s.toString());
        }
    }
}
