package dev.pysocket.internal;

import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.OSError;
import java.util.Objects;

/**
 * Addresses converts between Python-style {@link Address}es and backend {@link SockAddr}s,
 * with CPython's getsockaddrarg checks and messages (R25-R27, conformance section 3).
 * {@code caller} is the Python method name used as message prefix ("bind", "connect", ...).
 */
public final class Addresses {
    /** sun_path holds 108 bytes: 107 plus the NUL for a path, all 108 for an abstract name (R27). */
    private static final int UNIX_PATH_MAX = 108;

    private Addresses() {
    }

    /** toSockAddr checks address against the socket's family and resolves its host. */
    public static SockAddr toSockAddr(Address address, int family, String caller) throws OSError {
        if (address == null && family == Os.AF_UNIX) {
            throw new NullPointerException("a bytes-like object is required, not 'NoneType'"); // §3, R27
        }
        Objects.requireNonNull(address, "address must not be null");
        if (family == Os.AF_INET) {
            return inet(address, caller);
        }
        if (family == Os.AF_INET6) {
            return inet6(address, caller);
        }
        if (family == Os.AF_UNIX) {
            return unix(address);
        }
        throw OSError.of(Os.EAFNOSUPPORT);
    }

    private static SockAddr inet(Address address, String caller) throws OSError {
        if (address instanceof Address.Unix) {
            throw new IllegalArgumentException(caller + "(): AF_INET address must be tuple, not str");
        }
        if (!(address instanceof Address.Inet a)) {
            throw new IllegalArgumentException("AF_INET address must be a pair (host, port)");
        }
        checkPort(a.port(), caller);
        return new SockAddr(Os.AF_INET, resolve(checkHost(a.host()), false), a.port(), 0, 0);
    }

    private static SockAddr inet6(Address address, String caller) throws OSError {
        if (address instanceof Address.Unix) {
            throw new IllegalArgumentException(caller + "(): AF_INET6 address must be tuple, not str");
        }
        String host;
        int port;
        int flowinfo = 0;
        int scopeId = 0;
        if (address instanceof Address.Inet6 a) {
            host = a.host();
            port = a.port();
            flowinfo = a.flowinfo();
            scopeId = a.scopeId();
        } else {
            Address.Inet a = (Address.Inet) address;
            host = a.host();
            port = a.port();
        }
        checkPort(port, caller);
        if (flowinfo < 0 || flowinfo > 0xFFFFF) {
            throw new IllegalArgumentException(caller + "(): flowinfo must be 0-1048575.");
        }
        return new SockAddr(Os.AF_INET6, resolve(checkHost(host), true), port, flowinfo, scopeId);
    }

    private static SockAddr unix(Address address) throws OSError {
        if (!(address instanceof Address.Unix u)) {
            throw new IllegalArgumentException("a bytes-like object is required, not 'tuple'");
        }
        Objects.requireNonNull(u.path(), "a bytes-like object is required, not 'NoneType'");
        byte[] path = FsEncoding.encode(u.path()); // R27: str is fs-encoded with surrogateescape
        boolean abstractName = path.length > 0 && path[0] == 0;
        if (path.length > (abstractName ? UNIX_PATH_MAX : UNIX_PATH_MAX - 1)) {
            throw new OSError("AF_UNIX path too long");
        }
        return new SockAddr(Os.AF_UNIX, path, 0, 0, 0);
    }

    /** checkPort: Python's OverflowError "caller(): port must be 0-65535.". */
    public static void checkPort(int port, String caller) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException(caller + "(): port must be 0-65535.");
        }
    }

    private static String checkHost(String host) {
        if (host == null) {
            throw new NullPointerException("str, bytes or bytearray expected, not NoneType");
        }
        if (host.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("host name must not contain null character");
        }
        return host;
    }

    /**
     * resolve returns the address bytes for host, as CPython's setipaddr: "" is the any
     * address, "&lt;broadcast&gt;" the broadcast address, a literal is parsed, and a name is
     * looked up with getaddrinfo (the C library's on native), keeping the first address.
     */
    static byte[] resolve(String host, boolean v6) throws OSError {
        if (host.isEmpty()) {
            return new byte[v6 ? 16 : 4];
        }
        if (!v6 && (host.equals("<broadcast>") || host.equals("255.255.255.255"))) {
            return new byte[] {-1, -1, -1, -1};
        }
        // A numeric IPv4 address avoids a lookup, strictly as inet_pton reads it: "010.0.0.1"
        // is a name to getaddrinfo, which reads it as octal 8.0.0.1, as CPython's setipaddr does.
        byte[] quad = InetText.pton4(host);
        if (quad != null) {
            if (v6) {
                throw familyNotSupported();
            }
            return quad;
        }
        if (host.indexOf(':') >= 0 && !v6) {
            throw familyNotSupported();
        }
        // A name: CPython's setipaddr, through the backend's getaddrinfo (R25, R26).
        return Resolution.setipaddr(Resolution.idnaConverter(host), v6 ? Os.AF_INET6 : Os.AF_INET).addr();
    }

    private static GaiError familyNotSupported() {
        return new GaiError(-9, "Address family for hostname not supported");
    }

    /**
     * isNumeric tells whether address converts without a lookup (an inet host that is "",
     * "&lt;broadcast&gt;", a dotted quad or an IPv6 literal without a zone), so that its
     * conversion can be reused; AF_UNIX paths are never looked up.
     */
    public static boolean isNumeric(Address address) {
        String host;
        if (address instanceof Address.Inet a) {
            host = a.host();
        } else if (address instanceof Address.Inet6 a) {
            host = a.host();
        } else {
            return true;
        }
        return host != null && (host.isEmpty() || host.equals("<broadcast>") || InetText.pton4(host) != null
                || (host.indexOf(':') >= 0 && host.indexOf('%') < 0));
    }

    /** toAddress converts a backend address to Python's form; null for "no address". */
    public static Address toAddress(SockAddr a) {
        if (a == null || a.family() == 0) {
            return null;
        }
        if (a.family() == Os.AF_INET) {
            return new Address.Inet(PyRepr.ipv4(a.addr()), a.port());
        }
        if (a.family() == Os.AF_INET6) {
            return new Address.Inet6(PyRepr.ipv6(a.addr()), a.port(), a.flowinfo(), a.scopeId());
        }
        if (a.family() == Os.AF_UNIX) {
            return new Address.Unix(FsEncoding.decode(a.addr()));
        }
        throw new IllegalStateException("unknown address family " + a.family());
    }
}
