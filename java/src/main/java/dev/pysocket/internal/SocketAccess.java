package dev.pysocket.internal;

import dev.pysocket.Socket;
import java.util.Objects;
import java.util.function.Function;

/**
 * SocketAccess: how pysocket's own packages outside {@code dev.pysocket} (select, and later
 * selectors) reach the {@link SocketImpl} behind a public {@link Socket}, which keeps it
 * private. Socket registers the accessor when it initializes, so it is set before any Socket
 * exists (the JDK's SharedSecrets pattern); the package is not exported by the module.
 */
public final class SocketAccess {
    private static volatile Function<Socket, SocketImpl> implOf;

    private SocketAccess() {
    }

    /** register: called once, by Socket's static initializer. */
    public static void register(Function<Socket, SocketImpl> accessor) {
        if (implOf != null) {
            throw new IllegalStateException("SocketAccess is registered already");
        }
        implOf = accessor;
    }

    /** implOf returns the impl behind s (s not null). */
    public static SocketImpl implOf(Socket s) {
        Objects.requireNonNull(s);
        return implOf.apply(s);
    }
}
