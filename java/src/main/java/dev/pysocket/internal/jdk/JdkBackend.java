package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.IPPROTO_TCP;
import static dev.pysocket.internal.Os.IPPROTO_UDP;
import static dev.pysocket.internal.Os.IPPROTO_UDPLITE;
import static dev.pysocket.internal.Os.SOCK_DGRAM;
import static dev.pysocket.internal.Os.SOCK_RAW;
import static dev.pysocket.internal.Os.SOCK_SEQPACKET;
import static dev.pysocket.internal.Os.SOCK_STREAM;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Resolver;
import dev.pysocket.internal.SocketImpl;
import java.util.Set;

/**
 * JdkBackend: the fallback backend on java.nio, used where libpysocket cannot load.
 *
 * <p>Supported: TCP over IPv4 and IPv6, and AF_UNIX streams on path names ({@link JdkSocket}),
 * UDP over IPv4 and IPv6 ({@link JdkDatagramSocket}), socketpair() of SOCK_STREAM
 * ({@link JdkSocketPair}). Every other family, type or protocol that Linux has raises the
 * OSError of the {@link Capability} it needs, naming this backend, never a silent
 * substitute. It has none of the capabilities beyond the core.
 */
public final class JdkBackend implements Backend {
    /** NAME: the backend's name in messages and in pysocket.backend. */
    static final String NAME = "jdk";

    public static final JdkBackend INSTANCE = new JdkBackend();

    /** LINUX_SOCK_MAX: Linux's SOCK_MAX (SOCK_PACKET + 1): socket(2) rejects larger types with EINVAL. */
    private static final int LINUX_SOCK_MAX = 11;
    /**
     * LINUX_SOCK_TYPE_MASK: Linux's SOCK_TYPE_MASK: bits above it are flags; the facade has removed
     * the valid ones.
     */
    private static final int LINUX_SOCK_TYPE_MASK = 0xf;
    /** LINUX_IPPROTO_MAX: Linux's IPPROTO_MAX: inet_create rejects a protocol outside 0..262 with EINVAL. */
    private static final int LINUX_IPPROTO_MAX = 263;

    private JdkBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of();
    }

    @Override
    public Resolver resolver() {
        return JdkResolver.INSTANCE;
    }

    @Override
    public SocketImpl socket(int family, int type, int proto) throws OSError {
        if ((type & ~LINUX_SOCK_TYPE_MASK) != 0) {
            throw OSError.of(Errno.EINVAL); // Linux's __sys_socket checks the flag bits first
        }
        if (family == Os.AF_UNIX) {
            return unixSocket(type, proto);
        }
        if (family != Os.AF_INET && family != Os.AF_INET6) {
            throw unsupported(Capability.OTHER_FAMILIES, "address family " + family);
        }
        if (type < 0 || type >= LINUX_SOCK_MAX) {
            throw OSError.of(Errno.EINVAL); // as Linux's __sock_create
        }
        if (proto < 0 || proto >= LINUX_IPPROTO_MAX) {
            throw OSError.of(Errno.EINVAL); // as Linux's inet_create
        }
        if (type == SOCK_DGRAM) {
            if (proto == IPPROTO_UDPLITE) {
                throw unsupported(Capability.UDPLITE, "socket(SOCK_DGRAM, IPPROTO_UDPLITE)");
            }
            if (proto != 0 && proto != IPPROTO_UDP) {
                throw OSError.of(Errno.EPROTONOSUPPORT); // as inet_create for (DGRAM, proto)
            }
            return new JdkDatagramSocket(family);
        }
        if (type == SOCK_RAW) {
            throw unsupported(Capability.RAW_SOCKETS, "socket(SOCK_RAW)");
        }
        if (type != SOCK_STREAM) {
            throw OSError.of(Errno.ESOCKTNOSUPPORT); // as inet_create: no such type for AF_INET
        }
        if (proto != 0 && proto != IPPROTO_TCP) {
            throw OSError.of(Errno.EPROTONOSUPPORT); // as Linux's inet_create for (STREAM, proto)
        }
        // The channel opens on first need (bind, connect, listen, an option): Python does not
        // yet know whether this socket will be a client or a server.
        return new JdkSocket(family == Os.AF_INET6 ? JdkTcpFamily.INET6 : JdkTcpFamily.INET);
    }

    /**
     * unixSocket: AF_UNIX SOCK_STREAM on the JDK's UNIX channels (path names only). Datagram
     * and seqpacket sockets have no JDK channel; other errors are Linux's unix_create ones.
     */
    private static SocketImpl unixSocket(int type, int proto) throws OSError {
        if (type < 0 || type >= LINUX_SOCK_MAX) {
            throw OSError.of(Errno.EINVAL);
        }
        if (proto != 0 && proto != Os.AF_UNIX) {
            throw OSError.of(Errno.EPROTONOSUPPORT); // unix_create accepts 0 and PF_UNIX only
        }
        if (type == SOCK_DGRAM || type == SOCK_RAW || type == SOCK_SEQPACKET) {
            // Linux's unix_create makes SOCK_RAW a SOCK_DGRAM socket.
            throw INSTANCE.unsupported(Capability.UNIX_DATAGRAM, "AF_UNIX socket type " + type);
        }
        if (type != SOCK_STREAM) {
            throw OSError.of(Errno.ESOCKTNOSUPPORT);
        }
        return new JdkSocket(JdkUnixStreamFamily.INSTANCE);
    }

    /**
     * socketpair: the JDK has no socketpair(2): SOCK_STREAM pairs are made as CPython makes
     * them where the platform lacks it ({@link JdkSocketPair}); the datagram types have no
     * such fallback. Other arguments raise what socket() raises for them.
     */
    @Override
    public Pair socketpair(int family, int type, int proto) throws OSError {
        if (type == SOCK_DGRAM || type == SOCK_SEQPACKET) {
            throw unsupported(Capability.SOCKETPAIR, "socketpair() of socket type " + type);
        }
        return JdkSocketPair.open(this, family, type, proto);
    }
}
