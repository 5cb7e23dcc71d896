package dev.pysocket;

import dev.pysocket.internal.FsEncoding;
import dev.pysocket.internal.InetText;
import dev.pysocket.internal.PyRepr;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * Address: a socket address in Python's forms. {@link Inet} is Python's {@code (host, port)},
 * {@link Inet6} its {@code (host, port, flowinfo, scope_id)}, {@link Unix} an AF_UNIX path
 * (a leading {@code "\0"} is Linux's abstract namespace). {@code toString()} prints Python's
 * repr, e.g. {@code ('127.0.0.1', 8080)}.
 *
 * <p>Hosts are resolved when the address is used, as in Python: {@code ""} is the any
 * address for bind, {@code "<broadcast>"} the broadcast address, literals are parsed, names
 * go through the resolver. Ports are checked then too ({@code "bind(): port must be 0-65535."}).
 */
public sealed interface Address permits Address.Inet, Address.Inet6, Address.Unix {

    /**
     * Inet: an AF_INET address, Python's {@code (host, port)}.
     *
     * @param host a dotted IPv4 address, a name, {@code ""} (any) or {@code "<broadcast>"}
     * @param port 0..65535
     */
    record Inet(String host, int port) implements Address {
        @Override
        public String toString() {
            return "(" + PyRepr.str(host) + ", " + port + ")";
        }
    }

    /**
     * Inet6: an AF_INET6 address, Python's {@code (host, port, flowinfo, scope_id)}.
     *
     * @param host an IPv6 address, a name, or {@code ""} (any)
     * @param port 0..65535
     * @param flowinfo the flow label, 0..1048575
     * @param scopeId the scope (interface index) of a link-local address, else 0
     */
    record Inet6(String host, int port, int flowinfo, int scopeId) implements Address {
        @Override
        public String toString() {
            return "(" + PyRepr.str(host) + ", " + port + ", " + Integer.toUnsignedString(flowinfo) + ", "
                    + Integer.toUnsignedString(scopeId) + ")";
        }
    }

    /**
     * Unix: an AF_UNIX path; {@code ""} is an unnamed socket, a leading {@code "\0"} a Linux
     * abstract name. Path bytes are the string in UTF-8, except that U+DC80..U+DCFF stand
     * for the single bytes 0x80..0xFF (Python's surrogateescape), so any byte name has a
     * String that maps back to exactly its bytes (R27).
     *
     * @param path the path, or the abstract name after a leading NUL
     */
    record Unix(String path) implements Address {
        /** toString: Python's repr: {@code '/tmp/x'}, or bytes {@code b'\x00name'} for an abstract name. */
        @Override
        public String toString() {
            if (path != null && path.startsWith("\0")) {
                try {
                    return PyRepr.bytes(FsEncoding.encode(path));
                } catch (IllegalArgumentException e) {
                    return PyRepr.str(path); // not encodable: bind would reject it anyway
                }
            }
            return PyRepr.str(path);
        }

        /**
         * bytes: the name as the kernel sees it, Python's {@code os.fsencode(path)}.
         *
         * @return the path's bytes
         * @throws IllegalArgumentException (Python's UnicodeEncodeError) for a surrogate that
         *         escapes no byte
         */
        public byte[] bytes() {
            return FsEncoding.encode(path);
        }
    }

    /**
     * of: Python's {@code (host, port)}.
     *
     * @param host a dotted IPv4 address, a name, {@code ""} (any) or {@code "<broadcast>"}
     * @param port 0..65535, checked when the address is used
     * @return an {@link Inet}
     */
    static Address of(String host, int port) {
        return new Inet(host, port);
    }

    /**
     * of6: Python's {@code (host, port, flowinfo, scope_id)}.
     *
     * @param host an IPv6 address, a name, or {@code ""} (any)
     * @param port 0..65535, checked when the address is used
     * @param flowinfo the flow label, 0..1048575
     * @param scopeId the scope (interface index) of a link-local address, else 0
     * @return an {@link Inet6}
     */
    static Address of6(String host, int port, int flowinfo, int scopeId) {
        return new Inet6(host, port, flowinfo, scopeId);
    }

    /**
     * unix: an AF_UNIX address, Python's str path.
     *
     * @param path the path; {@code ""} for none, a leading {@code "\0"} for an abstract name
     * @return a {@link Unix}
     */
    static Address unix(String path) {
        return new Unix(path);
    }

    /**
     * unix: the AF_UNIX address of a name given as bytes (Python's bytes path): the path is
     * {@code os.fsdecode(path)}, so {@link Unix#bytes()} gives exactly these bytes back.
     *
     * @param path the name's bytes
     * @return a {@link Unix}
     * @throws NullPointerException for a null path
     */
    static Address unix(byte[] path) {
        Objects.requireNonNull(path, "a bytes-like object is required, not 'NoneType'");
        return new Unix(FsEncoding.decode(path));
    }

    /**
     * toSocketAddress: converts to the java.net form (no Python counterpart).
     *
     * @return an {@link InetSocketAddress} (the host resolved) or a {@link UnixDomainSocketAddress}
     *         (path addresses only)
     * @throws UnknownHostException when the host does not resolve
     */
    default SocketAddress toSocketAddress() throws UnknownHostException {
        if (this instanceof Inet a) {
            return new InetSocketAddress(InetAddress.getByName(a.host()), a.port());
        }
        if (this instanceof Inet6 a) {
            InetAddress ip = InetAddress.getByName(a.host());
            if (a.scopeId() != 0) {
                ip = java.net.Inet6Address.getByAddress(null, ip.getAddress(), a.scopeId());
            }
            return new InetSocketAddress(ip, a.port());
        }
        return UnixDomainSocketAddress.of(((Unix) this).path());
    }

    /**
     * from: converts a java.net address (no Python counterpart): IPv4 to {@link Inet}, IPv6 to
     * {@link Inet6}, Unix to {@link Unix}.
     *
     * @param address the java.net address
     * @return the same address in Python's form
     * @throws IllegalArgumentException for another kind of SocketAddress
     */
    static Address from(SocketAddress address) {
        Objects.requireNonNull(address, "address");
        if (address instanceof InetSocketAddress isa) {
            InetAddress ip = isa.getAddress();
            if (ip == null) {
                return new Inet(isa.getHostString(), isa.getPort());
            }
            if (ip instanceof java.net.Inet6Address v6) {
                return new Inet6(InetText.ntop6(v6.getAddress()), isa.getPort(), 0, v6.getScopeId());
            }
            return new Inet(ip.getHostAddress(), isa.getPort());
        }
        if (address instanceof UnixDomainSocketAddress u) {
            return new Unix(u.getPath().toString());
        }
        throw new IllegalArgumentException("unsupported address type: " + address.getClass().getName());
    }
}
