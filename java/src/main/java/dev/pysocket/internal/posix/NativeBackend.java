package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Resolver;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.SocketImpl;

/** NativeBackend: the {@link Backend} over libpysocket; its sockets are OS descriptors, and it has every capability. */
public final class NativeBackend implements Backend {
    public static final NativeBackend INSTANCE = new NativeBackend();
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

    private NativeBackend() {
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Resolver resolver() {
        return NativeResolver.INSTANCE;
    }

    @Override
    public Adopted adopt(int fd) throws OSError {
        try (NativeThread t = NativeThread.enter()) {
            Scratch s = t.scratch();
            int rc = Libpysocket.psk_socket_probe(fd, s.ints());
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            // out[0..2]: the family, SO_TYPE and SO_PROTOCOL (pysocket.h).
            return new Adopted(new NativeSocket(fd), s.intAt(0), s.intAt(1), s.intAt(2));
        }
    }

    @Override
    public int dup(int fd) throws OSError {
        int copy = Libpysocket.psk_dup(fd);
        if (copy < 0) {
            throw Errors.fromReturn(copy);
        }
        return copy;
    }

    @Override
    public void close(int fd) throws OSError {
        int rc = Libpysocket.psk_close(fd);
        if (rc < 0) {
            throw Errors.fromReturn(rc);
        }
    }

    @Override
    public SocketImpl socket(int family, int type, int proto) throws OSError {
        int fd = Libpysocket.psk_socket(family, type, proto);
        if (fd < 0) {
            throw Errors.fromReturn(fd);
        }
        return new NativeSocket(fd);
    }

    /** socketpair: psk_socketpair (SOCK_CLOEXEC) writes the two fds into out[0] and out[1] of this thread's int area. */
    @Override
    public Pair socketpair(int family, int type, int proto) throws OSError {
        try (NativeThread t = NativeThread.enter()) {
            Scratch s = t.scratch();
            int rc = Libpysocket.psk_socketpair(family, type, proto, s.ints());
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            return new Pair(new NativeSocket(s.intAt(0)), new NativeSocket(s.intAt(1)));
        }
    }
}
