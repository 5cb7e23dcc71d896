package dev.pysocket;

import dev.pysocket.internal.Platform;

/**
 * CreateServer: Lib/socket.py's {@code create_server(address, family, backlog, reuse_port,
 * dualstack_ipv6)} and {@code has_dualstack_ipv6()} as named steps (R21): the ValueErrors
 * first ({@link #checkOptions}), then one socket that gets SO_REUSEADDR (best effort),
 * SO_REUSEPORT when asked, IPV6_V6ONLY for AF_INET6, is bound ({@link #bind} re-raises a
 * failure naming the address) and listens; any failure closes it.
 */
final class CreateServer {
    private final Address address;
    private final int family;
    private final Integer backlog;
    private final boolean reusePort;
    private final boolean dualstackIpv6;

    private CreateServer(Address address, int family, Integer backlog, boolean reusePort, boolean dualstackIpv6) {
        this.address = address;
        this.family = family;
        this.backlog = backlog;
        this.reusePort = reusePort;
        this.dualstackIpv6 = dualstackIpv6;
    }

    /** open: a listening socket, as create_server returns it. */
    static Socket open(Address address, int family, Integer backlog, boolean reusePort, boolean dualstackIpv6)
            throws OSError {
        return new CreateServer(address, family, backlog, reusePort, dualstackIpv6).open();
    }

    /** hasDualstackIpv6: Python's {@code has_dualstack_ipv6()}: whether an AF_INET6 stream socket accepts IPV6_V6ONLY = 0. */
    static boolean hasDualstackIpv6() {
        if (!Platform.has("AF_INET6") || !Platform.has("IPV6_V6ONLY")) {
            return false;
        }
        try (Socket s = SocketFactory.socket(Sockets.AF_INET6, Sockets.SOCK_STREAM, 0)) {
            s.setsockopt(Sockets.IPPROTO_IPV6, Sockets.IPV6_V6ONLY, 0);
            return true;
        } catch (OSError e) {
            return false;
        }
    }

    private Socket open() throws OSError {
        checkOptions();
        Socket sock = SocketFactory.socket(family, Sockets.SOCK_STREAM, 0);
        try {
            reuseAddress(sock);
            if (reusePort) {
                sock.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEPORT, 1);
            }
            if (family == Sockets.AF_INET6) {
                v6only(sock);
            }
            bind(sock);
            listen(sock);
            return sock;
        } catch (OSError | RuntimeException e) {
            sock.close();
            throw e;
        }
    }

    /** checkOptions: create_server's ValueErrors, in its order (has_dualstack_ipv6() before the family). */
    private void checkOptions() {
        if (reusePort && !Sockets.has("SO_REUSEPORT")) {
            throw new IllegalArgumentException("SO_REUSEPORT not supported on this platform");
        }
        if (dualstackIpv6) {
            if (!hasDualstackIpv6()) {
                throw new IllegalArgumentException("dualstack_ipv6 not supported on this platform");
            }
            if (family != Sockets.AF_INET6) {
                throw new IllegalArgumentException("dualstack_ipv6 requires AF_INET6 family");
            }
        }
    }

    /** reuseAddress: SO_REUSEADDR, best effort: a platform without it fails later, in bind (as Lib/socket.py). */
    private static void reuseAddress(Socket sock) {
        try {
            sock.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
        } catch (OSError e) {
            // ignored, as Lib/socket.py does
        }
    }

    /**
     * v6only: IPV6_V6ONLY 0 for a dual-stack server, else 1. Setting 1 is best effort here
     * (Lib/socket.py lets its failure raise): the jdk backend cannot set it (R21).
     */
    private void v6only(Socket sock) throws OSError {
        if (dualstackIpv6) {
            sock.setsockopt(Sockets.IPPROTO_IPV6, Sockets.IPV6_V6ONLY, 0);
            return;
        }
        try {
            sock.setsockopt(Sockets.IPPROTO_IPV6, Sockets.IPV6_V6ONLY, 1);
        } catch (OSError e) {
            // best effort, see above
        }
    }

    /**
     * bind: a failure is re-raised as {@code error(err.errno, "<strerror> (while attempting
     * to bind on address <address>)")}, the class that errno maps to (a gaierror becomes a
     * plain OSError with the same errno).
     */
    private void bind(Socket sock) throws OSError {
        try {
            sock.bind(address);
        } catch (OSError e) {
            String msg = e.strerror() + " (while attempting to bind on address " + address + ")";
            throw e.errno() == 0 ? new OSError(msg) : OSError.of(e.errno(), msg);
        }
    }

    /** listen: the backlog if given, else listen()'s default. */
    private void listen(Socket sock) throws OSError {
        if (backlog == null) {
            sock.listen();
        } else {
            sock.listen(backlog);
        }
    }
}
