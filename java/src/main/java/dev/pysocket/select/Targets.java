package dev.pysocket.select;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.SocketAccess;
import dev.pysocket.internal.SocketImpl;
import java.util.Objects;

/**
 * Targets: what select, poll and epoll accept in place of Python's "int or object with a
 * fileno() method" (PyObject_AsFileDescriptor): a pysocket {@link Socket} or a raw descriptor
 * ({@link Integer}), and the checks CPython makes on it, with its messages.
 */
final class Targets {
    private Targets() {
    }

    /** impl: the socket's impl, or null for a raw descriptor. */
    static SocketImpl impl(Object target) {
        Objects.requireNonNull(target, "null in place of a socket or descriptor");
        return target instanceof Socket ? SocketAccess.implOf((Socket) target) : null;
    }

    /**
     * fd: the descriptor of target (a closed socket's is -1), checked as CPython's fildes
     * converter does: never negative.
     */
    static int fd(Object target) {
        Objects.requireNonNull(target, "null in place of a socket or descriptor");
        int fd = target instanceof Socket ? ((Socket) target).fileno() : (Integer) target;
        if (fd < 0) {
            throw new IllegalArgumentException("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    /**
     * checkBackend: a socket of another backend than the poller's raises OSError EOPNOTSUPP
     * naming both (a jdk socket has no descriptor a native poller could wait on, and a native
     * one no channel for a Selector); a raw descriptor needs a backend with descriptors.
     */
    static void checkBackend(SocketImpl impl, String backend, String what) throws OSError {
        if (impl == null) {
            if (!backend.equals("native")) {
                throw Capability.DESCRIPTORS.unsupported(backend, what + " of a raw descriptor");
            }
        } else if (!impl.backendName().equals(backend)) {
            throw Errors.unsupported(Errno.EOPNOTSUPP, backend,
                    "a " + impl.backendName() + "-backend socket in " + what);
        }
    }
}
