package dev.pysocket.internal;

import dev.pysocket.OSError;

/** Backend: the contract both implementations (native, jdk) provide to the facade. */
public interface Backend {
    /** name: "native" or "jdk". */
    String name();

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
}
