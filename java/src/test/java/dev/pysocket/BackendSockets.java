package dev.pysocket;

import dev.pysocket.internal.Backends;

/**
 * BackendSockets: sockets of a backend named at the call site, whatever the process default
 * ({@code pysocket.backend}), so that one test can put a native server and a jdk client on
 * one connection. Test-only: the library itself chooses a backend once per process.
 */
public final class BackendSockets {
    private BackendSockets() {
    }

    /** socket: Python's socket(family, type) on the backend called name ("native" or "jdk"). */
    public static Socket socket(String name, int family, int type) throws OSError {
        return SocketFactory.socket(Backends.named(name), family, type, 0);
    }
}
