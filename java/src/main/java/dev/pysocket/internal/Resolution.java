package dev.pysocket.internal;

import dev.pysocket.AddrInfo;
import dev.pysocket.Address;
import dev.pysocket.HostInfo;
import dev.pysocket.NameInfo;
import dev.pysocket.OSError;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Resolution: the Python-level half of the socket module's name functions
 * (Modules/socketmodule.c: socket_getaddrinfo, socket_getnameinfo, setipaddr, gethost_common,
 * ...) over the backend's {@link Resolver}: argument conversion, Python's messages and the
 * shape of the results (R29-R31, docs/python-semantics.md §3).
 */
public final class Resolution {

    private Resolution() {
    }

    /** getaddrinfo: Python's {@code getaddrinfo(host, port, family, type, proto, flags)}; null host/port is None. */
    public static List<AddrInfo> getaddrinfo(String host, String port, int family, int type, int proto, int flags)
            throws OSError {
        String h = host == null ? null : idna(host);
        if (port != null) {
            utf8(port);
        }
        List<AddrInfo> out = new ArrayList<>();
        for (Resolver.Entry e : Backends.current().resolver().getaddrinfo(h, port, family, type, proto, flags)) {
            out.add(new AddrInfo(e.family(), e.type(), e.proto(), e.canonname() == null ? "" : e.canonname(),
                    Addresses.toAddress(e.addr())));
        }
        return out;
    }

    /**
     * getnameinfo: Python's {@code getnameinfo(sockaddr, flags)} (R30). The host must be
     * numeric (it goes through getaddrinfo with AI_NUMERICHOST); an {@link Address.Inet6}
     * (4-tuple) whose host is IPv4 raises "IPv4 sockaddr must be 2 tuple".
     */
    public static NameInfo getnameinfo(Address address, int flags) throws OSError {
        Objects.requireNonNull(address, "getnameinfo() argument 1 must be a tuple");
        String host;
        int port;
        int flowinfo = 0;
        int scopeId = 0;
        boolean fourTuple = false;
        if (address instanceof Address.Inet a) {
            host = a.host();
            port = a.port();
        } else if (address instanceof Address.Inet6 a) {
            host = a.host();
            port = a.port();
            flowinfo = a.flowinfo();
            scopeId = a.scopeId();
            fourTuple = true;
        } else {
            throw new IllegalArgumentException("getnameinfo() argument 1 must be a tuple");
        }
        if (host == null) {
            throw new NullPointerException("getnameinfo(): illegal sockaddr argument");
        }
        if (host.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character"); // PyArg_ParseTuple's "s"
        }
        if (Integer.compareUnsigned(flowinfo, 0xFFFFF) > 0) {
            throw new IllegalArgumentException("getnameinfo(): flowinfo must be 0-1048575.");
        }
        Resolver r = Backends.current().resolver();
        List<Resolver.Entry> res = r.getaddrinfo(host, Integer.toString(port), Os.AF_UNSPEC, Os.SOCK_DGRAM, 0,
                Os.AI_NUMERICHOST);
        if (res.size() > 1) {
            throw new OSError("sockaddr resolved to multiple addresses");
        }
        SockAddr sa = res.get(0).addr();
        if (sa.family() == Os.AF_INET && fourTuple) {
            throw new OSError("IPv4 sockaddr must be 2 tuple");
        }
        if (sa.family() == Os.AF_INET6) {
            sa = new SockAddr(Os.AF_INET6, sa.addr(), sa.port(), flowinfo, scopeId);
        }
        String[] hs = r.getnameinfo(sa, flags);
        return new NameInfo(hs[0], hs[1]);
    }

    /**
     * setipaddr: CPython's setipaddr(name, af), the one implementation behind socket
     * addresses ({@link Addresses}) and the gethostby* functions: "" is the wildcard (one
     * address, else "wildcard resolved to multiple address"), "&lt;broadcast&gt;" and
     * "255.255.255.255" the broadcast address (OSError "address family mismatched" for af
     * other than AF_INET or AF_UNSPEC), literals of af parse without a lookup, and anything
     * else resolves through the backend's getaddrinfo, first result (so a literal of the
     * other family is gaierror -9, EAI_ADDRFAMILY, as glibc answers).
     */
    public static SockAddr setipaddr(String name, int af) throws OSError {
        Resolver r = Backends.current().resolver();
        if (name.isEmpty()) {
            List<Resolver.Entry> res = r.getaddrinfo(null, "0", af, Os.SOCK_DGRAM, 0, Os.AI_PASSIVE);
            if (res.size() > 1) {
                throw new OSError("wildcard resolved to multiple address");
            }
            return bare(res.get(0).addr());
        }
        if (name.equals("255.255.255.255") || name.equals("<broadcast>")) {
            if (af != Os.AF_INET && af != Os.AF_UNSPEC) {
                throw new OSError("address family mismatched");
            }
            return new SockAddr(Os.AF_INET, new byte[] {-1, -1, -1, -1}, 0, 0, 0);
        }
        if (af == Os.AF_UNSPEC || af == Os.AF_INET) {
            byte[] v4 = InetText.pton4(name);
            if (v4 != null) {
                return new SockAddr(Os.AF_INET, v4, 0, 0, 0);
            }
        }
        if ((af == Os.AF_UNSPEC || af == Os.AF_INET6) && name.indexOf('%') < 0) {
            byte[] v6 = InetText.pton6(name);
            if (v6 != null) {
                return new SockAddr(Os.AF_INET6, v6, 0, 0, 0);
            }
        }
        List<Resolver.Entry> res = r.getaddrinfo(name, null, af, 0, 0, 0);
        return bare(res.get(0).addr());
    }

    private static SockAddr bare(SockAddr a) {
        return new SockAddr(a.family(), a.addr(), 0, 0, a.scopeId());
    }

    /** gethostbyname: Python's {@code gethostbyname(name)}: IPv4 only, dotted text (R31). */
    public static String gethostbyname(String name) throws OSError {
        return InetText.ntop4(setipaddr(hostArg(name, "gethostbyname"), Os.AF_INET).addr());
    }

    /** gethostbynameEx: Python's {@code gethostbyname_ex(name)}. */
    public static HostInfo gethostbynameEx(String name) throws OSError {
        String n = hostArg(name, "gethostbyname_ex");
        setipaddr(n, Os.AF_INET);
        return hostInfo(Backends.current().resolver().gethostbyname(n), Os.AF_INET);
    }

    /** gethostbyaddr: Python's {@code gethostbyaddr(ip)}; herror "[Errno 1] Unknown host" when unknown (R31). */
    public static HostInfo gethostbyaddr(String ip) throws OSError {
        SockAddr a = setipaddr(hostArg(ip, "gethostbyaddr"), Os.AF_UNSPEC);
        return hostInfo(Backends.current().resolver().gethostbyaddr(a), a.family());
    }

    /**
     * hostInfo: CPython's gethost_common: the hostent as Python's triple; a hostent of another
     * family is EAFNOSUPPORT.
     */
    private static HostInfo hostInfo(Resolver.HostEnt h, int af) throws OSError {
        if (h.addrtype() != af) {
            throw OSError.of(Os.EAFNOSUPPORT);
        }
        List<String> addrs = new ArrayList<>(h.addresses().size());
        for (byte[] a : h.addresses()) {
            addrs.add(a.length == 4 ? InetText.ntop4(a) : InetText.ntop6(a));
        }
        return new HostInfo(h.name(), h.aliases(), addrs);
    }

    /**
     * getfqdn: Lib/socket.py's getfqdn(name): the first name containing a dot among
     * gethostbyaddr's hostname and aliases, else the hostname; name itself when the lookup
     * fails. "" (and "0.0.0.0", "::") mean gethostname().
     */
    public static String getfqdn(String name) {
        String n = Objects.requireNonNull(name, "getfqdn() argument must be str, not None").strip();
        try {
            if (n.isEmpty() || n.equals("0.0.0.0") || n.equals("::")) {
                n = Backends.current().resolver().gethostname();
            }
            HostInfo h = gethostbyaddr(n);
            List<String> names = new ArrayList<>();
            names.add(h.hostname());
            names.addAll(h.aliases());
            for (String candidate : names) {
                if (candidate.indexOf('.') >= 0) {
                    return candidate;
                }
            }
            return h.hostname();
        } catch (OSError e) {
            return n; // Python catches socket.error and returns the name unchanged
        }
    }

    /** hostArg: CPython's "et" conversion (IDNA, no NUL) for the gethostby* functions. */
    private static String hostArg(String name, String caller) {
        if (name == null) {
            throw new NullPointerException(caller + "() argument 1 must be str, bytes or bytearray, not None");
        }
        String encoded = idna(name);
        if (encoded.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(caller + "() argument 1 must be encoded string without null bytes, not str");
        }
        return encoded;
    }

    /**
     * idna: Python's "idna" codec (encodings/idna.py): ASCII names pass with their label
     * lengths checked, others go through IDNA 2003 ToASCII.
     */
    static String idna(String host) {
        boolean ascii = host.chars().allMatch(c -> c < 128);
        if (ascii) {
            String[] labels = host.split("\\.", -1);
            for (int i = 0; i < labels.length - 1; i++) {
                if (labels[i].isEmpty() || labels[i].length() >= 64) {
                    throw idnaFailed("label empty or too long");
                }
            }
            if (labels[labels.length - 1].length() >= 64) {
                throw idnaFailed("label too long");
            }
            return host;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < host.length()
                    && Character.isLowSurrogate(host.charAt(i + 1)))) {
                throw idnaFailed("Invalid character '\\u" + Integer.toHexString(c) + "'");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw idnaFailed(e.getMessage());
        }
    }

    /**
     * idnaConverter: CPython's idna_converter for socket addresses (getsockaddrarg): ASCII
     * passes unchecked, other text is IDNA-encoded, and a failure is TypeError "encoding of
     * hostname failed" (docs/python-semantics.md §3).
     */
    static String idnaConverter(String host) {
        if (host.chars().allMatch(c -> c < 128)) {
            return host;
        }
        try {
            return idna(host);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("encoding of hostname failed", e);
        }
    }

    private static IllegalArgumentException idnaFailed(String why) {
        return new IllegalArgumentException("encoding with 'idna' codec failed (UnicodeError: " + why + ")");
    }

    /** utf8: Python's str-to-UTF-8 conversion refuses lone surrogates (UnicodeEncodeError). */
    private static void utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("'utf-8' codec can't encode character '\\u" + Integer.toHexString(c)
                        + "' in position " + i + ": surrogates not allowed");
            }
        }
    }

    /** noNul: Python's "s" conversion: ValueError "embedded null character". */
    private static String noNul(String s) {
        if (s != null && s.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character");
        }
        return s;
    }

    /** getservbyname: Python's {@code getservbyname(name, proto)}; OSError "service/proto not found" (R31). */
    public static int getservbyname(String name, String proto) throws OSError {
        Objects.requireNonNull(name, "getservbyname() argument 1 must be str, not None");
        int port = Backends.current().resolver().getservbyname(noNul(name), noNul(proto));
        if (port < 0) {
            throw new OSError("service/proto not found");
        }
        return port;
    }

    /** getservbyport: Python's {@code getservbyport(port, proto)}; OSError "port/proto not found" (R31). */
    public static String getservbyport(int port, String proto) throws OSError {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("getservbyport: port must be 0-65535.");
        }
        String name = Backends.current().resolver().getservbyport(port, noNul(proto));
        if (name == null) {
            throw new OSError("port/proto not found");
        }
        return name;
    }

    /** getprotobyname: Python's {@code getprotobyname(name)}; OSError "protocol not found" (R31). */
    public static int getprotobyname(String name) throws OSError {
        Objects.requireNonNull(name, "getprotobyname() argument 1 must be str, not None");
        int p = Backends.current().resolver().getprotobyname(noNul(name));
        if (p < 0) {
            throw new OSError("protocol not found");
        }
        return p;
    }

    /** ifNametoindex: Python's {@code if_nametoindex(name)}; OSError "no interface with this name". */
    public static int ifNametoindex(String name) throws OSError {
        Objects.requireNonNull(name, "expected str, bytes or os.PathLike object, not NoneType");
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null byte");
        }
        int index = Backends.current().resolver().ifNametoindex(name);
        if (index == 0) {
            throw new OSError("no interface with this name");
        }
        return index;
    }

    /** ifIndextoname: Python's {@code if_indextoname(index)}; OSError 6 (ENXIO) when unknown. */
    public static String ifIndextoname(int index) throws OSError {
        if (index < 0) {
            throw new IllegalArgumentException("can't convert negative value to unsigned int");
        }
        return Backends.current().resolver().ifIndextoname(index);
    }
}
