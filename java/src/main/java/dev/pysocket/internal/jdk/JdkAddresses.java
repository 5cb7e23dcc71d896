package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.AF_INET6;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.SockAddr;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;

/** JdkAddresses converts numeric SockAddrs to InetSocketAddresses and back, per family. */
final class JdkAddresses {

    private static final byte[] ANY4 = new byte[4];
    private static final byte[] ANY6 = new byte[16];

    private JdkAddresses() {
    }

    /**
     * toInet converts a for a socket of the given family. A family mismatch is EAFNOSUPPORT,
     * as Linux's inet_bind/inet_stream_connect report it.
     */
    static InetSocketAddress toInet(int family, SockAddr a) throws OSError {
        if (a.family() != family) {
            throw OSError.of(Errno.EAFNOSUPPORT);
        }
        try {
            byte[] bytes = a.addr();
            InetAddress ia = family == AF_INET6 && a.scopeId() != 0
                    ? Inet6Address.getByAddress(null, bytes, a.scopeId())
                    : InetAddress.getByAddress(bytes);
            return new InetSocketAddress(ia, a.port());
        } catch (UnknownHostException e) {
            // Only a wrong address length gets here; the facade normally rules it out.
            OSError err = OSError.of(Errno.EINVAL);
            err.initCause(e);
            throw err;
        }
    }

    /**
     * toConnectTarget is toInet, with the wildcard address replaced by loopback: Linux
     * connects to INADDR_ANY/in6addr_any as to the local host, where the JDK would look up
     * InetAddress.getLocalHost() (possibly an external address).
     */
    static InetSocketAddress toConnectTarget(int family, SockAddr a) throws OSError {
        InetSocketAddress isa = toInet(family, a);
        if (isa.getAddress().isAnyLocalAddress()) {
            InetAddress loop = family == AF_INET6 ? loopback6() : loopback4();
            return new InetSocketAddress(loop, isa.getPort());
        }
        return isa;
    }

    /** wildcard returns the any-address with port 0 (an unbound socket's getsockname). */
    static InetSocketAddress wildcard(int family) {
        try {
            return new InetSocketAddress(InetAddress.getByAddress(family == AF_INET6 ? ANY6 : ANY4), 0);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** fromInet converts a JDK address reported for a socket of the given family. */
    static SockAddr fromInet(int family, SocketAddress sa) {
        if (!(sa instanceof InetSocketAddress isa) || isa.getAddress() == null) {
            return fromInet(family, wildcard(family));
        }
        InetAddress ia = isa.getAddress();
        byte[] raw = ia.getAddress();
        if (family == AF_INET6) {
            // The JDK reports v4-mapped peers of an IPv6 socket as Inet4Address; Python
            // shows them as ::ffff:a.b.c.d in a 4-tuple (R26).
            int scope = ia instanceof Inet6Address i6 ? i6.getScopeId() : 0;
            return new SockAddr(family, raw.length == 4 ? mapped(raw) : raw, isa.getPort(), 0, scope);
        }
        if (ia instanceof Inet4Address || raw.length == 4) {
            return new SockAddr(family, raw, isa.getPort(), 0, 0);
        }
        return new SockAddr(AF_INET6, raw, isa.getPort(), 0, 0);
    }

    private static byte[] mapped(byte[] v4) {
        byte[] out = new byte[16];
        out[10] = (byte) 0xff;
        out[11] = (byte) 0xff;
        System.arraycopy(v4, 0, out, 12, 4);
        return out;
    }

    private static InetAddress loopback4() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static InetAddress loopback6() {
        byte[] b = new byte[16];
        b[15] = 1;
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
