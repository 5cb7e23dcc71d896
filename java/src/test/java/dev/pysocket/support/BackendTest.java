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
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.posix.NativeLoader;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.Parameter;

/**
 * BackendTest: the base of every behaviour suite. Each subclass runs once per backend under
 * test ({@link BothBackends}: native and jdk, or those {@link BackendsUnderTest} names); before each test the backend new sockets use is switched to
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

    /**
     * isNative tells whether this run exercises the native backend. Only for a behavioural
     * difference the README documents (its "Deviations from CPython"); what a backend cannot do
     * at all is a {@link Capability}: say it with {@link Requires} or {@link #has}.
     */
    protected final boolean isNative() {
        return "native".equals(backend);
    }

    /** backendUnderTest returns the backend object of this run. */
    protected final Backend backendUnderTest() {
        try {
            return Backends.named(backend);
        } catch (OSError e) {
            throw new AssertionError("backend " + backend + " is not available", e);
        }
    }

    /**
     * has tells whether the backend under test has c: for checks that only a backend with c
     * can be asked (the flags of a real descriptor), where {@link Requires} does not fit because
     * the check itself raises nothing on a backend without c.
     */
    protected final boolean has(Capability c) {
        return backendUnderTest().has(c);
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
        Throwable raised = assertThrows(Throwable.class, call);
        RequiresCheck.letRefusalThrough(raised); // for @Requires to judge, on a backend without the capability
        E e = assertInstanceOf(type, raised, () -> "expected " + type.getSimpleName() + ", got " + raised);
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
     * Where the refusal is a {@link Capability}'s, prefer {@link Requires} or
     * {@link #assertUnsupported}, which check its exact errno.
     */
    protected static OSError assertJdkUnsupported(Executable call) {
        Throwable t = assertThrows(Throwable.class, call);
        OSError e = assertInstanceOf(OSError.class, t, () -> "expected an OSError naming the jdk backend, got " + t);
        assertTrue(Set.of(Errno.EOPNOTSUPP, Errno.EAFNOSUPPORT, Errno.ENOPROTOOPT).contains(e.errno()),
                () -> "errno should be EOPNOTSUPP/EAFNOSUPPORT/ENOPROTOOPT: " + e);
        assertTrue(e.getMessage().contains("jdk"), () -> "message should name the jdk backend: " + e.getMessage());
        return e;
    }

    /**
     * assertUnsupported: call raises c's unsupported error on the backend under test, exactly
     * as {@link Requires} would accept it (class, errno, the message naming the backend); for
     * a check inside a test that cannot end at the refusal.
     */
    protected final OSError assertUnsupported(Capability c, Executable call) {
        Throwable t = assertThrows(Throwable.class, call);
        assertTrue(RequiresCheck.isUnsupported(c, backend, t),
                () -> "expected " + c.unsupported(backend, "<what>").getMessage() + ", got " + t);
        return (OSError) t;
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
