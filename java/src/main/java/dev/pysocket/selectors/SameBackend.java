package dev.pysocket.selectors;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.SocketAccess;
import dev.pysocket.internal.SocketImpl;

/**
 * SameBackend: a selector waits on sockets of one backend only (a jdk socket has no descriptor
 * the kernel could watch, a native one no channel for a java.nio Selector); another backend's
 * socket is refused when it is registered, with OSError EOPNOTSUPP naming both, never at a wait.
 */
final class SameBackend {
    private SameBackend() {
    }

    /** check raises EOPNOTSUPP unless fileobj belongs to backend. */
    static SocketImpl check(Socket fileobj, String backend, String what) throws OSError {
        SocketImpl impl = SocketAccess.implOf(fileobj);
        if (!impl.backendName().equals(backend)) {
            throw Errors.unsupported(Errno.EOPNOTSUPP, backend,
                    "a " + impl.backendName() + "-backend socket in " + what);
        }
        return impl;
    }
}
