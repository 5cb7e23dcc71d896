package dev.pysocket.internal;

import dev.pysocket.OSError;
import java.util.Set;

/**
 * Backend: what the facade needs from an implementation (native: the C layer; jdk: java.nio):
 * sockets, its resolver, descriptor functions where it has descriptors, and the set of
 * {@link Capability capabilities} beyond the core both share. Callers ask the object, never
 * its type.
 */
public interface Backend {
    /** name: "native" or "jdk", as in pysocket.backend and in error messages. */
    String name();

    /** capabilities: what this backend can do beyond the core (fixed for the process). */
    Set<Capability> capabilities();

    /** has tells whether this backend has c. */
    default boolean has(Capability c) {
        return capabilities().contains(c);
    }

    /** unsupported: the error for a call that needs c, which this backend lacks (see {@link Capability#unsupported}). */
    default OSError unsupported(Capability c, String what) {
        return c.unsupported(name(), what);
    }

    /** resolver: getaddrinfo and the other lookups, as this backend does them. */
    Resolver resolver();

    /**
     * socket creates a socket; type carries no SOCK_NONBLOCK/SOCK_CLOEXEC bits (the facade
     * strips them and applies the timeout mode). Descriptors are non-inheritable.
     */
    SocketImpl socket(int family, int type, int proto) throws OSError;

    /**
     * socketpair creates a connected pair (socketpair(2)), both ends non-inheritable and
     * blocking; type carries no SOCK_NONBLOCK/SOCK_CLOEXEC bits (R22).
     */
    Pair socketpair(int family, int type, int proto) throws OSError;

    /** Pair: the two ends of a socketpair. */
    record Pair(SocketImpl first, SocketImpl second) {
    }

    /**
     * adopt wraps the socket descriptor fd WITHOUT duplicating it (Python's socket(fileno=)),
     * after checking that it is an open socket (EBADF, ENOTSOCK otherwise; fd is left untouched
     * on failure), and reports what Python auto-detects for it. Needs {@link Capability#DESCRIPTORS}.
     */
    default Adopted adopt(int fd) throws OSError {
        throw unsupported(Capability.DESCRIPTORS, "socket(fileno=)");
    }

    /** Adopted: the impl over the descriptor, and its family (getsockname), SO_TYPE and SO_PROTOCOL. */
    record Adopted(SocketImpl impl, int family, int type, int proto) {
    }

    /** dup returns a new non-inheritable descriptor for fd (F_DUPFD_CLOEXEC). Needs {@link Capability#DESCRIPTORS}. */
    default int dup(int fd) throws OSError {
        throw unsupported(Capability.DESCRIPTORS, "dup(fd)");
    }

    /** close closes fd once, never retried; ECONNRESET is not an error. Needs {@link Capability#DESCRIPTORS}. */
    default void close(int fd) throws OSError {
        throw unsupported(Capability.DESCRIPTORS, "close(fd)");
    }
}
