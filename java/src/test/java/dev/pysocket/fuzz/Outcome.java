package dev.pysocket.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.OSError;
import dev.pysocket.internal.Capability;
import java.util.Objects;

/**
 * Outcome: what a fuzz call must do. {@code type == null} means it returns ({@code value},
 * unless {@link #ANY}, is what it returns); otherwise it raises exactly {@code type}, with
 * {@code errno} for OSErrors and Python's {@code message} (null: any message).
 * {@code needs}: the capability the call needs (null: none beyond the core); a backend that
 * lacks it raises that capability's unsupported OSError instead.
 */
record Outcome(Class<? extends Throwable> type, int errno, String message, Object value, Capability needs) {
    /** ANY: any return value will do. */
    static final Object ANY = new Object();

    // ---- the vocabulary of the table ----

    /** iae: Python's ValueError/TypeError/OverflowError, with its message. */
    static Outcome iae(String message) {
        return new Outcome(IllegalArgumentException.class, 0, message, ANY, null);
    }

    /** npe: None where Python allows none. */
    static Outcome npe() {
        return new Outcome(NullPointerException.class, 0, null, ANY, null);
    }

    /** os: OSError.of(errno)'s class, with Python's "[Errno N] strerror". */
    static Outcome os(int errno, String strerror) {
        return new Outcome(OSError.of(errno, strerror).getClass(), errno, "[Errno " + errno + "] " + strerror, ANY, null);
    }

    static Outcome ebadf() {
        return os(9, "Bad file descriptor");
    }

    static Outcome einval() {
        return os(22, "Invalid argument");
    }

    /** gai: Python's socket.gaierror, with the EAI code and gai_strerror's text. */
    static Outcome gai(int code, String strerror) {
        return new Outcome(dev.pysocket.GaiError.class, code, "[Errno " + code + "] " + strerror, ANY, null);
    }

    /** herror: Python's socket.herror, with h_errno and hstrerror's text. */
    static Outcome herror(int code, String strerror) {
        return new Outcome(dev.pysocket.HError.class, code, "[Errno " + code + "] " + strerror, ANY, null);
    }

    /** bare: an OSError without errno (Python's None), printed as the bare message. */
    static Outcome bare(String message) {
        return new Outcome(OSError.class, 0, message, ANY, null);
    }

    static Outcome returns() {
        return new Outcome(null, 0, null, ANY, null);
    }

    static Outcome returns(Object value) {
        return new Outcome(null, 0, null, value, null);
    }

    /** needing: this outcome where the backend has c; where it lacks c, c's unsupported OSError. */
    Outcome needing(Capability c) {
        return new Outcome(type, errno, message, value, c);
    }

    // ---- checking ----

    /** check runs call in f and asserts this outcome (a missing capability is the runner's case). */
    void check(FuzzCase.Call call, Fixture f, boolean isNative) {
        Object result;
        try {
            result = call.run(f);
        } catch (Throwable t) {
            raised(t, isNative);
            return;
        }
        if (result instanceof AutoCloseable c) {
            f.own(c);
        }
        if (type != null) {
            fail("expected " + type.getSimpleName() + " " + message + ", but it returned " + describe(result));
        }
        if (value != ANY) {
            assertTrue(Objects.deepEquals(value, result), () -> "expected " + describe(value) + ", returned " + describe(result));
        }
    }

    private void raised(Throwable t, boolean isNative) {
        if (type == null) {
            throw new AssertionError("expected a normal return, raised " + t, t);
        }
        assertEquals(type, t.getClass(), () -> "exception class of " + t);
        if (t instanceof OSError e) {
            assertEquals(errno, e.errno(), () -> "errno of " + e);
        }
        if (message == null) {
            return;
        }
        String m = t.getMessage();
        // README feature matrix ("OSError"), jdk: where java.nio lacks a family or type, Linux's
        // errno comes with why appended, naming the backend (SocketCreationTest's rule).
        boolean jdkSuffix = !isNative && m != null && m.startsWith(message + " (") && m.contains("jdk");
        assertTrue(message.equals(m) || jdkSuffix, () -> "message: expected " + message + ", got " + m);
    }

    private static String describe(Object o) {
        return o instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(o);
    }
}
