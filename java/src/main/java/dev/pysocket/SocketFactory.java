package dev.pysocket;

import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Platform;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.Timeouts;

/**
 * SocketFactory: how the module functions make {@link Socket} objects, as CPython's
 * sock_initobj does (Modules/socketmodule.c): Python's defaults for -1 arguments, the
 * SOCK_NONBLOCK/SOCK_CLOEXEC bits taken out of the type, and the initial timeout, which is
 * the process-wide default timeout ({@code socket.setdefaulttimeout}) kept here.
 */
final class SocketFactory {
    /**
     * defaultTimeoutNanos: the process-wide default timeout for new sockets, in nanoseconds
     * ({@link Timeouts#BLOCKING} = None).
     */
    private static volatile long defaultTimeoutNanos = Timeouts.BLOCKING;

    private SocketFactory() {
    }

    /** socket: Python's {@code socket(family, type, proto)}; -1 means AF_INET, SOCK_STREAM, 0 (Lib/socket.py). */
    static Socket socket(int family, int type, int proto) throws OSError {
        return socket(Backends.current(), family == -1 ? Sockets.AF_INET : family,
                type == -1 ? Sockets.SOCK_STREAM : type, proto == -1 ? 0 : proto);
    }

    /** socket on the given backend, with family, type and proto already defaulted. */
    static Socket socket(Backend backend, int family, int type, int proto) throws OSError {
        int kind = type & ~typeFlags();
        SocketImpl impl = backend.socket(family, kind, proto);
        return new Socket(impl, family, kind, proto, initialTimeout(type), true);
    }

    /** wrap: Python's {@code socket(family, type, proto, fileno)}: owns fileno, never duplicates it. */
    static Socket wrap(int family, int type, int proto, int fileno) throws OSError {
        if (fileno < 0) {
            throw new IllegalArgumentException("negative file descriptor");
        }
        return adopt(Backends.current(), fileno, family, type, proto);
    }

    /** fromfd: Python's {@code fromfd(fd, family, type)}: a Socket on a duplicate of fd; the duplicate is closed on failure. */
    static Socket fromfd(int fd, int family, int type) throws OSError {
        Backend b = Backends.current();
        if (!b.has(Capability.DESCRIPTORS)) {
            throw b.unsupported(Capability.DESCRIPTORS, "fromfd()");
        }
        int copy = b.dup(fd);
        try {
            return adopt(b, copy, family, type, 0);
        } catch (OSError | RuntimeException e) {
            try {
                b.close(copy);
            } catch (OSError suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** adopt wraps fd as sock_initobj does with a fileno: a -1 family, type or proto is read from the descriptor (R16). */
    private static Socket adopt(Backend b, int fd, int family, int type, int proto) throws OSError {
        Backend.Adopted a = b.adopt(fd);
        int kind = (type == -1 ? a.type() : type) & ~typeFlags();
        long timeout = type == -1 ? defaultTimeoutNanos : initialTimeout(type); // -1 has every bit set
        return new Socket(a.impl(), family == -1 ? a.family() : family, kind, proto == -1 ? a.proto() : proto,
                timeout, true);
    }

    /** socketpair: Python's {@code socketpair(family, type, proto)}; both ends take the initial timeout. */
    static SocketPair socketpair(int family, int type, int proto) throws OSError {
        int kind = type & ~typeFlags();
        long timeout = initialTimeout(type);
        Backend.Pair p = Backends.current().socketpair(family, kind, proto);
        Socket first;
        try {
            first = new Socket(p.first(), family, kind, proto, timeout, true);
        } catch (OSError | RuntimeException e) {
            p.second().closeNow();
            throw e;
        }
        try {
            return new SocketPair(first, new Socket(p.second(), family, kind, proto, timeout, true));
        } catch (OSError | RuntimeException e) {
            first.close(); // the second impl was closed by the failed constructor
            throw e;
        }
    }

    /** typeFlags: the bits of type that are flags, not the kind (SOCK_NONBLOCK, SOCK_CLOEXEC where defined). */
    private static int typeFlags() {
        return (Platform.has("SOCK_NONBLOCK") ? Sockets.SOCK_NONBLOCK : 0)
                | (Platform.has("SOCK_CLOEXEC") ? Sockets.SOCK_CLOEXEC : 0);
    }

    /** initialTimeout: a new socket's timeout (R7): 0.0 when type carries SOCK_NONBLOCK, else the default. */
    private static long initialTimeout(int type) {
        return Platform.has("SOCK_NONBLOCK") && (type & Sockets.SOCK_NONBLOCK) != 0 ? 0 : defaultTimeoutNanos;
    }

    /** defaultTimeoutNanos: the default timeout in the backends' nanosecond form (accepted sockets take it, R7). */
    static long defaultTimeoutNanos() {
        return defaultTimeoutNanos;
    }

    /** getdefaulttimeout: the default timeout in seconds, null for None. */
    static Double getdefaulttimeout() {
        return Timeouts.toSeconds(defaultTimeoutNanos);
    }

    /** setdefaulttimeout: Python's {@code setdefaulttimeout(seconds)}, with settimeout's checks. */
    static void setdefaulttimeout(Double seconds) {
        defaultTimeoutNanos = Timeouts.toNanos(seconds);
    }
}
