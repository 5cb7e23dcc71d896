package dev.pysocket.internal;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import java.util.Objects;

/**
 * Addresses converts between Python-style {@link Address}es and backend {@link SockAddr}s,
 * with CPython's getsockaddrarg checks and messages (R25-R27, docs/python-semantics.md §3).
 * {@code caller} is the Python method name used as message prefix ("bind", "connect", ...).
 */
public final class Addresses {
    /**
     * UNIX_PATH_MAX: sun_path holds 108 bytes: 107 plus the NUL for a path, all 108 for an abstract
     * name (R27).
     */
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
        return new SockAddr(Os.AF_INET, hostBytes(a.host(), Os.AF_INET), a.port(), 0, 0);
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
        return new SockAddr(Os.AF_INET6, hostBytes(host, Os.AF_INET6), port, flowinfo, scopeId);
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

    /**
     * hostBytes: the address of host for a socket of family af, as getsockaddrarg gets it:
     * the host converted by idna_converter (no NUL), then CPython's setipaddr
     * ({@link Resolution#setipaddr}); the port, flowinfo and scope id come from the tuple.
     */
    private static byte[] hostBytes(String host, int af) throws OSError {
        if (host == null) {
            throw new NullPointerException("str, bytes or bytearray expected, not NoneType");
        }
        if (host.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("host name must not contain null character");
        }
        return Resolution.setipaddr(Resolution.idnaConverter(host), af).addr();
    }

    /**
     * isNumeric tells whether address converts to the same bytes every time, without a name
     * lookup whose answer may change (an inet host that is "", "&lt;broadcast&gt;" or an IP
     * literal without a zone), so that its conversion can be reused; AF_UNIX paths always do.
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
                || InetText.pton6(host) != null);
    }

    /**
     * toAddress converts a backend address to Python's form; null for "no address". The
     * SockAddr remembers the result, so converting the same SockAddr again allocates nothing.
     */
    public static Address toAddress(SockAddr a) {
        return a == null || a.family() == 0 ? null : a.python();
    }

    /** convert: the Python form of a, made afresh (see {@link SockAddr#python}). */
    static Address convert(SockAddr a) {
        if (a.family() == Os.AF_INET) {
            return new Address.Inet(InetText.ntop4(a.addr()), a.port());
        }
        if (a.family() == Os.AF_INET6) {
            return new Address.Inet6(InetText.ntop6(a.addr()), a.port(), a.flowinfo(), a.scopeId());
        }
        if (a.family() == Os.AF_UNIX) {
            return new Address.Unix(FsEncoding.decode(a.addr()));
        }
        throw new IllegalStateException("unknown address family " + a.family());
    }
}
