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
import java.nio.ByteBuffer;

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
            int rc = Libpysocket.psk_socket_probe(fd, s.addr());
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            ByteBuffer out = s.addrBuffer();
            return new Adopted(new NativeSocket(fd), out.getInt(0), out.getInt(Integer.BYTES), out.getInt(2 * Integer.BYTES));
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

    /** socketpair: psk_socketpair (SOCK_CLOEXEC) writes the two fds into this thread's option area. */
    @Override
    public Pair socketpair(int family, int type, int proto) throws OSError {
        try (NativeThread t = NativeThread.enter()) {
            Scratch s = t.scratch();
            int rc = Libpysocket.psk_socketpair(family, type, proto, s.option());
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            ByteBuffer b = s.addrBuffer();
            int first = b.getInt(Layout.ADDR_SIZE);
            int second = b.getInt(Layout.ADDR_SIZE + Integer.BYTES);
            return new Pair(new NativeSocket(first), new NativeSocket(second));
        }
    }
}
