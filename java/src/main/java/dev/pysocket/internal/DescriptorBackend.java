package dev.pysocket.internal;

import dev.pysocket.OSError;

/**
 * DescriptorBackend: what a backend whose sockets are OS descriptors adds (the native one):
 * Python's {@code socket(fileno=)}, {@code socket.dup(fd)} and {@code socket.close(fd)}
 * (R16). A backend without descriptors (jdk) does not implement it, and the facade raises
 * {@link Errors#unsupported} naming that backend.
 */
public interface DescriptorBackend {
    /**
     * adopt wraps fd WITHOUT duplicating it, after checking that it is an open socket
     * (EBADF, ENOTSOCK otherwise; fd is left untouched on failure), and reports what
     * Python auto-detects for it.
     */
    Adopted adopt(int fd) throws OSError;

    /** dup returns a new non-inheritable descriptor for fd (F_DUPFD_CLOEXEC). */
    int dup(int fd) throws OSError;

    /** close closes fd once, never retried; ECONNRESET is not an error (Python's socket.close). */
    void close(int fd) throws OSError;

    /** Adopted: the impl over the descriptor, and its family (getsockname), SO_TYPE and SO_PROTOCOL. */
    record Adopted(SocketImpl impl, int family, int type, int proto) {
    }
}
