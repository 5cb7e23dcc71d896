package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Platform;
import dev.pysocket.internal.SocketImpl;

/**
 * JdkBackend: the fallback backend on java.nio, used where libpysocket cannot load.
 *
 * <p>Supported: TCP over IPv4 and IPv6 ({@link JdkSocket}), UDP over both
 * ({@link JdkDatagramSocket}). Every other family or type
 * raises an OSError naming this backend (EAFNOSUPPORT for families, EOPNOTSUPP for types),
 * never a silent substitute (API.md, Backends).
 */
public final class JdkBackend implements Backend {
    /** NAME: the backend's name in messages and in pysocket.backend. */
    static final String NAME = "jdk";

    public static final JdkBackend INSTANCE = new JdkBackend();

    private static final int SOCK_STREAM = Platform.constant("SOCK_STREAM");
    private static final int SOCK_DGRAM = Platform.constant("SOCK_DGRAM");
    private static final int SOCK_RAW = Platform.constant("SOCK_RAW");
    private static final int IPPROTO_TCP = Platform.constant("IPPROTO_TCP");
    private static final int IPPROTO_UDP = Platform.constant("IPPROTO_UDP");
    /** Linux's SOCK_MAX (SOCK_PACKET + 1): socket(2) rejects larger types with EINVAL. */
    private static final int LINUX_SOCK_MAX = 11;

    private JdkBackend() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public SocketImpl socket(int family, int type, int proto) throws OSError {
        if (family != JdkAddresses.AF_INET && family != JdkAddresses.AF_INET6) {
            throw JdkErrors.unsupported(Errno.EAFNOSUPPORT, "address family " + family);
        }
        if (type < 0 || type >= LINUX_SOCK_MAX) {
            throw OSError.of(Errno.EINVAL); // as Linux's __sock_create
        }
        if (type == SOCK_DGRAM) {
            if (proto != 0 && proto != IPPROTO_UDP) {
                throw OSError.of(Errno.EPROTONOSUPPORT); // as inet_create for (DGRAM, proto)
            }
            return new JdkDatagramSocket(family);
        }
        if (type == SOCK_RAW) {
            throw JdkErrors.unsupported(Errno.EOPNOTSUPP, "socket type " + type);
        }
        if (type != SOCK_STREAM) {
            throw OSError.of(Errno.ESOCKTNOSUPPORT); // as inet_create: no such type for AF_INET
        }
        if (proto != 0 && proto != IPPROTO_TCP) {
            throw OSError.of(Errno.EPROTONOSUPPORT); // as Linux's inet_create for (STREAM, proto)
        }
        // The channel opens on first need (bind, connect, listen, an option): Python does not
        // yet know whether this socket will be a client or a server.
        return new JdkSocket(family);
    }
}
