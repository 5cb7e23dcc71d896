package dev.pysocket.internal;

import dev.pysocket.OSError;
import dev.pysocket.internal.jdk.JdkResolver;
import dev.pysocket.internal.jna.NativeBackend;
import dev.pysocket.internal.jna.NativeResolver;

/**
 * Resolvers picks the {@link Resolver} of the backend new sockets use: the C library's
 * getaddrinfo & co. on native, the JDK's resolver and the /etc files on jdk. It follows
 * {@link Backends#current()}, so a forced native backend that did not load fails lookups
 * the way it fails sockets.
 */
public final class Resolvers {
    private Resolvers() {
    }

    /** current returns the resolver for the current backend. */
    public static Resolver current() throws OSError {
        return Backends.current() instanceof NativeBackend ? NativeResolver.INSTANCE : JdkResolver.INSTANCE;
    }
}
