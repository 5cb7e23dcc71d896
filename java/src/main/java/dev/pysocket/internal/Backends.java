package dev.pysocket.internal;

import dev.pysocket.OSError;
import dev.pysocket.internal.jdk.JdkBackend;
import dev.pysocket.internal.posix.NativeBackend;
import dev.pysocket.internal.posix.NativeLoader;
import java.util.Locale;

/**
 * Backends picks the backend new sockets use, once: the system property
 * {@code pysocket.backend} or else the environment variable {@code PYSOCKET_BACKEND}, each
 * {@code auto|native|jdk} (default auto). {@code auto} takes native where the library loads
 * and otherwise logs once, through System.Logger, why it fell back to jdk. A forced
 * {@code native} that cannot load fails every socket call with an OSError that cites the
 * failure and its causes ({@link LoadFailure}), never silently falling back (as Netty's
 * Epoll.ensureAvailability keeps its unavailability cause).
 */
public final class Backends {
    private static final System.Logger LOG = System.getLogger("dev.pysocket");
    /** requested: the requested choice: auto, native, jdk (or a bad value, reported by current()). */
    private static volatile String requested = choice();
    /** current: the backend for new sockets; null when the choice cannot be honoured (see current()). */
    private static volatile Backend current = pick(requested);

    private Backends() {
    }

    /** current returns the backend for new sockets; throws when a forced native cannot load. */
    public static Backend current() throws OSError {
        Backend b = current;
        if (b == null) {
            if (!requested.equals("native")) {
                throw new IllegalArgumentException(
                        "pysocket.backend must be auto, native or jdk, not " + PyRepr.str(requested));
            }
            throw nativeUnavailable();
        }
        return b;
    }

    /** chosen returns the backend new sockets use, or null when the choice cannot be honoured. */
    public static Backend chosen() {
        return current;
    }

    /**
     * named returns the backend called name ("native" or "jdk"), whatever the process
     * default: tests make sockets of both in one test (a native server, a jdk client). A
     * native backend that did not load raises the error current() would.
     */
    public static Backend named(String name) throws OSError {
        switch (name) {
            case "jdk":
                return JdkBackend.INSTANCE;
            case "native":
                if (!nativeAvailable()) {
                    throw nativeUnavailable();
                }
                return NativeBackend.INSTANCE;
            default:
                throw new IllegalArgumentException("no backend named " + PyRepr.str(name));
        }
    }

    /** name returns "native" or "jdk": the backend new sockets use (the requested one if it failed). */
    public static String name() {
        Backend b = current;
        return b == null ? requested : b.name();
    }

    /** binding returns "jni" or "jna" (how the native backend's calls are bound), or "none" when libpysocket did not load. */
    public static String binding() {
        String b = NativeLoader.binding();
        return b == null ? "none" : b;
    }

    /** nativeAvailable tells whether libpysocket loaded in this process. */
    public static boolean nativeAvailable() {
        return NativeLoader.cause() == null;
    }

    /**
     * useForTesting switches the backend new sockets use (tests run one suite per backend);
     * returns the previous name. Not for production: the choice is meant to be made once.
     */
    public static String useForTesting(String name) {
        String previous = name();
        requested = name;
        current = pick(name);
        return previous;
    }

    private static String choice() {
        String v = System.getProperty("pysocket.backend");
        if (v == null || v.isBlank()) {
            v = System.getenv("PYSOCKET_BACKEND");
        }
        return v == null || v.isBlank() ? "auto" : v.trim().toLowerCase(Locale.ROOT);
    }

    private static Backend pick(String choice) {
        switch (choice) {
            case "jdk":
                return JdkBackend.INSTANCE;
            case "native":
                return nativeAvailable() ? NativeBackend.INSTANCE : null;
            case "auto":
                if (nativeAvailable()) {
                    return NativeBackend.INSTANCE;
                }
                LOG.log(System.Logger.Level.INFO, "pysocket: native library unavailable, using the jdk backend: "
                        + LoadFailure.describe(NativeLoader.cause()));
                return JdkBackend.INSTANCE;
            default:
                return null; // current() names the bad value at the first socket call
        }
    }

    private static OSError nativeUnavailable() {
        Throwable cause = NativeLoader.cause();
        int errno = Os.EAFNOSUPPORT;
        OSError e = OSError.of(errno, Errors.strerror(errno)
                + " (pysocket.backend=native was requested, but the native library did not load: "
                + LoadFailure.describe(cause) + ")");
        e.initCause(cause);
        return e;
    }
}
