package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.posix.NativeLoader;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.Parameter;

/**
 * BackendTest: the base of every behaviour suite. Each subclass runs once per backend
 * ({@link BothBackends}); before each test the backend new sockets use is switched to
 * {@link #backend} and the process-wide default timeout is reset to None.
 */
@BothBackends
public abstract class BackendTest {
    /** The backend under test: "native" or "jdk". */
    @Parameter
    protected String backend;

    private String previousBackend;

    @BeforeEach
    final void switchBackend() {
        // native is always built: failing to load it fails every native test, never skips it
        if ("native".equals(backend)) {
            assertTrue(Backends.nativeAvailable(), () -> "libpysocket did not load: " + NativeLoader.cause());
        }
        previousBackend = Backends.useForTesting(backend);
        Sockets.setdefaulttimeout(null);
    }

    @AfterEach
    final void restoreBackend() {
        Sockets.setdefaulttimeout(null);
        if (previousBackend != null) {
            Backends.useForTesting(previousBackend);
        }
    }

    /** isNative tells whether this run exercises the native (C via JNA) backend. */
    protected final boolean isNative() {
        return "native".equals(backend);
    }

    /** loopback returns ('127.0.0.1', port). */
    protected static Address loopback(int port) {
        return Address.of("127.0.0.1", port);
    }

    /** port returns the port of a socket's bound IPv4 address. */
    protected static int port(Socket s) throws OSError {
        return ((Address.Inet) s.getsockname()).port();
    }

    /** listener returns a TCP socket bound to 127.0.0.1:0 and listening. */
    protected static Socket listener() throws OSError {
        Socket s = Sockets.socket();
        try {
            s.bind(loopback(0));
            s.listen();
            return s;
        } catch (OSError | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** tcpPair returns a connected TCP pair over 127.0.0.1 (our stand-in for socketpair()). */
    protected static TcpPair tcpPair() throws OSError {
        return TcpPair.open();
    }

    /**
     * assertOSError runs call and asserts it raised exactly {@code type} with errno and
     * Python's message {@code [Errno N] strerror}; returns the error.
     */
    protected static <E extends OSError> E assertOSError(Class<E> type, int errno, String message, Executable call) {
        E e = assertThrows(type, call);
        assertEquals(type, e.getClass(), () -> "exception class: " + e);
        assertEquals(errno, e.errno(), () -> "errno of " + e);
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        return e;
    }

    /** assertPlainOSError: a plain OSError (not a subclass) with errno and message. */
    protected static OSError assertPlainOSError(int errno, String message, Executable call) {
        return assertOSError(OSError.class, errno, message, call);
    }

    /**
     * assertJdkUnsupported: what the jdk backend cannot do raises OSError with EOPNOTSUPP,
     * EAFNOSUPPORT or ENOPROTOOPT and a message naming the backend, never a silent no-op.
     */
    protected static OSError assertJdkUnsupported(Executable call) {
        Throwable t = assertThrows(Throwable.class, call);
        OSError e = assertInstanceOf(OSError.class, t, () -> "expected an OSError naming the jdk backend, got " + t);
        assertTrue(Set.of(Errno.EOPNOTSUPP, Errno.EAFNOSUPPORT, Errno.ENOPROTOOPT).contains(e.errno()),
                () -> "errno should be EOPNOTSUPP/EAFNOSUPPORT/ENOPROTOOPT: " + e);
        assertTrue(e.getMessage().contains("jdk"), () -> "message should name the jdk backend: " + e.getMessage());
        return e;
    }

    /** seconds returns the time since t0 (from System.nanoTime) in seconds. */
    protected static double secondsSince(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** assertAbout: a timing that should be ≈t, i.e. within [t - 0.05, t + 0.5] seconds. */
    protected static void assertAbout(double expected, double actual) {
        assertTrue(actual >= expected - 0.05 && actual <= expected + 0.5,
                () -> "expected ≈" + expected + " s (" + (expected - 0.05) + ".." + (expected + 0.5) + "), took " + actual + " s");
    }

    /**
     * eventually retries check until it returns true, for at most the given time (a bounded
     * wait on kernel state no event reports, such as a connection reaching the accept queue).
     */
    protected static void eventually(Duration max, String what, Condition check) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                fail("not within " + max + ": " + what);
            }
            Thread.sleep(1);
        }
    }

    /** Condition: a check that may throw. */
    @FunctionalInterface
    protected interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * closeNow closes s now, inside the try-with-resources that will close it again at the end
     * (close is idempotent, R16); the helper keeps javac's [try] lint quiet about that.
     */
    protected static void closeNow(Socket s) throws OSError {
        s.close();
    }

    /** ascii returns s in ASCII. */
    protected static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
