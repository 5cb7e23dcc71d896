package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.AF_INET;
import static dev.pysocket.internal.Os.AF_INET6;
import static dev.pysocket.internal.Os.AF_UNSPEC;
import static dev.pysocket.internal.Os.AI_ALL;
import static dev.pysocket.internal.Os.AI_CANONNAME;
import static dev.pysocket.internal.Os.AI_NUMERICHOST;
import static dev.pysocket.internal.Os.AI_NUMERICSERV;
import static dev.pysocket.internal.Os.AI_PASSIVE;
import static dev.pysocket.internal.Os.AI_V4MAPPED;
import static dev.pysocket.internal.Os.NI_DGRAM;
import static dev.pysocket.internal.Os.NI_NAMEREQD;
import static dev.pysocket.internal.Os.NI_NUMERICHOST;
import static dev.pysocket.internal.Os.NI_NUMERICSERV;
import static dev.pysocket.internal.Os.SOCK_DGRAM;
import static dev.pysocket.internal.Os.SOCK_RAW;
import static dev.pysocket.internal.Os.SOCK_SEQPACKET;
import static dev.pysocket.internal.Os.SOCK_STREAM;

import dev.pysocket.Errno;
import dev.pysocket.GaiError;
import dev.pysocket.HError;
import dev.pysocket.IfName;
import dev.pysocket.OSError;
import dev.pysocket.internal.InetText;
import dev.pysocket.internal.Resolver;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * JdkResolver: {@link Resolver} without the C library. Names go to the JDK's resolver
 * ({@link InetAddress}: the system's /etc/hosts and DNS), services and protocols to
 * /etc/services and /etc/protocols ({@link EtcFiles}), interfaces to
 * {@link NetworkInterface}. getaddrinfo's argument checks, literal parsing, socket-type
 * expansion and EAI codes follow glibc's getaddrinfo (sysdeps/posix/getaddrinfo.c).
 *
 * <p>Differences from the native resolver (documented in the README): addresses of a name
 * come in the JDK's order (IPv4 first by default), not glibc's RFC 6724 sort; AI_CANONNAME
 * gives the name as asked; a failed lookup is always EAI_NONAME (-2), never EAI_AGAIN;
 * AI_ADDRCONFIG is ignored; getnameinfo's NI_NOFQDN keeps the full name; aliases of
 * gethostbyname_ex/gethostbyaddr are empty. Interfaces come from /sys/class/net (Linux),
 * else from {@link NetworkInterface}.
 */
public final class JdkResolver implements Resolver {
    public static final JdkResolver INSTANCE = new JdkResolver();

    /** AI_KNOWN: glibc's accepted ai_flags: the AI_* above plus AI_ADDRCONFIG and the four AI_IDN bits. */
    private static final int AI_KNOWN = 0x7FF;
    /** NI_KNOWN: glibc's accepted getnameinfo flags: NI_NUMERICHOST..NI_DGRAM and the NI_IDN bits. */
    private static final int NI_KNOWN = 0xFF;

    /** GAI: glibc's gai_strerror texts (docs/python-semantics.md §1.3). */
    private static final Map<Integer, String> GAI = Map.ofEntries(Map.entry(-1, "Bad value for ai_flags"),
            Map.entry(-2, "Name or service not known"), Map.entry(-3, "Temporary failure in name resolution"),
            Map.entry(-4, "Non-recoverable failure in name resolution"),
            Map.entry(-5, "No address associated with hostname"), Map.entry(-6, "ai_family not supported"),
            Map.entry(-7, "ai_socktype not supported"), Map.entry(-8, "Servname not supported for ai_socktype"),
            Map.entry(-9, "Address family for hostname not supported"),
            Map.entry(-10, "Memory allocation failure"), Map.entry(-11, "System error"));
    /** HERR: glibc's hstrerror texts. */
    private static final Map<Integer, String> HERR = Map.of(1, "Unknown host", 2, "Host name lookup failure", 3,
            "Unknown server error", 4, "No address associated with name");
    private static final int EAI_BADFLAGS = -1;
    private static final int EAI_NONAME = -2;
    private static final int EAI_FAMILY = -6;
    private static final int EAI_SOCKTYPE = -7;
    private static final int EAI_SERVICE = -8;
    private static final int EAI_ADDRFAMILY = -9;
    private static final int HOST_NOT_FOUND = 1;
    private static final int NO_RECOVERY = 3;

    /** TypeProto: one row of glibc's gaih_inet_typeproto table: socket type, protocol, /etc/services name. */
    private record TypeProto(int type, int proto, String name, boolean byDefault, boolean noService) {
    }

    private static final List<TypeProto> TYPES = List.of(new TypeProto(SOCK_STREAM, 6, "tcp", true, false),
            new TypeProto(SOCK_DGRAM, 17, "udp", true, false), new TypeProto(SOCK_DGRAM, 136, "udplite", false, false),
            new TypeProto(SOCK_STREAM, 132, "sctp", false, false),
            new TypeProto(SOCK_SEQPACKET, 132, "sctp", false, false), new TypeProto(SOCK_RAW, 0, "raw", true, true));

    private JdkResolver() {
    }

    static GaiError gai(int code) {
        return new GaiError(code, GAI.getOrDefault(code, "Unknown error"));
    }

    @Override
    public List<Entry> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        host = cString(host);
        service = cString(service);
        if (host == null && service == null) {
            throw gai(EAI_NONAME);
        }
        if ((flags & ~AI_KNOWN) != 0 || ((flags & AI_CANONNAME) != 0 && host == null)) {
            throw gai(EAI_BADFLAGS);
        }
        if (family != AF_UNSPEC && family != AF_INET && family != AF_INET6) {
            throw gai(EAI_FAMILY);
        }
        List<TypeProto> kinds = kinds(type, proto);
        List<int[]> ports = ports(service, flags, kinds, type != 0 || proto != 0);
        List<SockAddr> addrs = hosts(host, family, flags);
        List<Entry> out = new ArrayList<>();
        for (SockAddr a : addrs) {
            for (int[] p : ports) {
                String canon = out.isEmpty() && (flags & AI_CANONNAME) != 0 ? host : null;
                out.add(new Entry(a.family(), p[0], p[1], canon,
                        new SockAddr(a.family(), a.addr(), p[2], 0, a.scopeId())));
            }
        }
        return out;
    }

    /** cString: s as C sees it, cut at the first NUL (CPython passes char *, R29). */
    private static String cString(String s) {
        int nul = s == null ? -1 : s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    /** kinds: the typeproto rows the hints select, with glibc's EAI_SOCKTYPE / EAI_SERVICE. */
    private static List<TypeProto> kinds(int type, int proto) throws GaiError {
        if (type == 0 && proto == 0) {
            return TYPES.stream().filter(TypeProto::byDefault).toList();
        }
        for (TypeProto t : TYPES) {
            if ((type == 0 || t.type == type) && (proto == 0 || t.proto == proto || t.noService)) {
                return List.of(t.noService ? new TypeProto(t.type, proto, t.name, true, true) : t);
            }
        }
        throw gai(type != 0 ? EAI_SOCKTYPE : EAI_SERVICE);
    }

    /** ports: {type, proto, port} per result row, from the service (digits or a name). */
    private static List<int[]> ports(String service, int flags, List<TypeProto> kinds, boolean hinted)
            throws GaiError {
        List<int[]> out = new ArrayList<>();
        if (service == null || service.isEmpty()) {
            kinds.forEach(t -> out.add(new int[] {t.type, t.proto, 0}));
            return out;
        }
        boolean numeric = service.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!numeric && (flags & AI_NUMERICSERV) != 0) {
            throw gai(EAI_NONAME);
        }
        for (TypeProto t : kinds) {
            if (t.noService) {
                if (hinted) {
                    throw gai(EAI_SERVICE); // a raw socket has no ports
                }
                if (!numeric) {
                    continue;
                }
            }
            if (numeric) {
                long port = service.length() > 18 ? Long.MAX_VALUE : Long.parseLong(service);
                out.add(new int[] {t.type, t.proto, (int) (port & 0xFFFF)}); // glibc wraps, R29
            } else {
                EtcFiles.Service s = EtcFiles.service(service, t.name);
                if (s != null) {
                    out.add(new int[] {t.type, t.proto, s.port()});
                }
            }
        }
        if (out.isEmpty()) {
            throw gai(EAI_SERVICE);
        }
        return out;
    }

    /** hosts: the addresses of host (null: loopback, or the wildcard with AI_PASSIVE). */
    private static List<SockAddr> hosts(String host, int family, int flags) throws GaiError {
        List<SockAddr> out = new ArrayList<>();
        if (host == null) {
            boolean passive = (flags & AI_PASSIVE) != 0;
            byte[] v4 = passive ? new byte[4] : new byte[] {127, 0, 0, 1};
            byte[] v6 = new byte[16];
            if (!passive) {
                v6[15] = 1;
            }
            // glibc's order on Linux: ::1 before 127.0.0.1, but 0.0.0.0 before :: (R29).
            if (family != AF_INET6 && passive) {
                out.add(new SockAddr(AF_INET, v4, 0, 0, 0));
            }
            if (family != AF_INET) {
                out.add(new SockAddr(AF_INET6, v6, 0, 0, 0));
            }
            if (family != AF_INET6 && !passive) {
                out.add(new SockAddr(AF_INET, v4, 0, 0, 0));
            }
            return out;
        }
        byte[] v4 = InetText.aton(host, true);
        if (v4 != null) {
            if (family == AF_INET6) {
                if ((flags & AI_V4MAPPED) == 0) {
                    throw gai(EAI_ADDRFAMILY);
                }
                return List.of(new SockAddr(AF_INET6, mapped(v4), 0, 0, 0));
            }
            return List.of(new SockAddr(AF_INET, v4, 0, 0, 0));
        }
        int percent = host.indexOf('%');
        byte[] v6 = InetText.pton6(percent >= 0 ? host.substring(0, percent) : host);
        if (v6 != null) {
            if (family == AF_INET) {
                throw gai(EAI_ADDRFAMILY);
            }
            int scope = percent >= 0 ? scope(host.substring(percent + 1)) : 0;
            return List.of(new SockAddr(AF_INET6, v6, 0, 0, scope));
        }
        if ((flags & AI_NUMERICHOST) != 0 || host.isEmpty() || host.indexOf('[') >= 0) {
            throw gai(EAI_NONAME);
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw gai(EAI_NONAME);
        }
        List<byte[]> mappedV4 = new ArrayList<>();
        for (InetAddress ip : all) {
            if (ip instanceof Inet4Address && family != AF_INET6) {
                out.add(new SockAddr(AF_INET, ip.getAddress(), 0, 0, 0));
            } else if (ip instanceof Inet6Address v && family != AF_INET) {
                out.add(new SockAddr(AF_INET6, v.getAddress(), 0, 0, v.getScopeId()));
            } else if (ip instanceof Inet4Address) {
                mappedV4.add(mapped(ip.getAddress()));
            }
        }
        if (family == AF_INET6 && (flags & AI_V4MAPPED) != 0 && (out.isEmpty() || (flags & AI_ALL) != 0)) {
            mappedV4.forEach(m -> out.add(new SockAddr(AF_INET6, m, 0, 0, 0)));
        }
        if (out.isEmpty()) {
            throw gai(EAI_NONAME);
        }
        return out;
    }

    private static byte[] mapped(byte[] v4) {
        byte[] m = new byte[16];
        m[10] = -1;
        m[11] = -1;
        System.arraycopy(v4, 0, m, 12, 4);
        return m;
    }

    /** scope: a numeric scope or an interface name, as glibc's getaddrinfo reads "addr%scope". */
    private static int scope(String s) throws GaiError {
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9') && s.length() <= 10) {
            long v = Long.parseLong(s);
            if (v <= 0xFFFFFFFFL) {
                return (int) v;
            }
        }
        try {
            NetworkInterface ni = NetworkInterface.getByName(s);
            if (ni != null && ni.getIndex() > 0) {
                return ni.getIndex();
            }
        } catch (SocketException e) {
            // falls through: an unknown scope is EAI_NONAME
        }
        throw gai(EAI_NONAME);
    }

    @Override
    public String[] getnameinfo(SockAddr addr, int flags) throws OSError {
        if ((flags & ~NI_KNOWN) != 0) {
            throw gai(EAI_BADFLAGS);
        }
        String numeric = addr.family() == AF_INET ? InetText.ntop4(addr.addr()) : InetText.ntop6(addr.addr());
        if (addr.family() == AF_INET6 && addr.scopeId() != 0) {
            numeric += "%" + scopeText(addr.addr(), addr.scopeId());
        }
        String host = numeric;
        if ((flags & NI_NUMERICHOST) == 0) {
            String name = reverse(addr.addr());
            if (name != null) {
                host = name;
            } else if ((flags & NI_NAMEREQD) != 0) {
                throw gai(EAI_NONAME);
            }
        }
        String service = Integer.toString(addr.port());
        if ((flags & NI_NUMERICSERV) == 0) {
            EtcFiles.Service s = EtcFiles.serviceByPort(addr.port(), (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
            if (s != null) {
                service = s.name();
            }
        }
        return new String[] {host, service};
    }

    /**
     * scopeText: the interface name for a link-local address whose interface exists, else the
     * number (glibc).
     */
    private static String scopeText(byte[] a, int scopeId) {
        boolean linkLocal = (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80;
        boolean mcLinkLocal = (a[0] & 0xff) == 0xff && (a[1] & 0x0f) == 0x02;
        if (linkLocal || mcLinkLocal) {
            try {
                NetworkInterface ni = NetworkInterface.getByIndex(scopeId);
                if (ni != null) {
                    return ni.getName();
                }
            } catch (SocketException e) {
                // the number, below
            }
        }
        return Integer.toUnsignedString(scopeId);
    }

    /** reverse: the name of an address (PTR or /etc/hosts), or null when it has none. */
    private static String reverse(byte[] addr) {
        try {
            InetAddress ip = InetAddress.getByAddress(addr);
            String name = ip.getHostName();
            return name.equals(ip.getHostAddress()) ? null : name;
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    @Override
    public String gethostname() throws OSError {
        try {
            // Linux's uname nodename; the JDK offers only getLocalHost, which also resolves it.
            String name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).trim();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException e) {
            // not Linux: ask the JDK below
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    @Override
    public HostEnt gethostbyname(String name) throws OSError {
        if (name.isEmpty()) {
            throw new HError(NO_RECOVERY, HERR.get(NO_RECOVERY)); // as glibc's gethostbyname_r("")
        }
        List<byte[]> v4 = new ArrayList<>();
        try {
            for (InetAddress ip : InetAddress.getAllByName(name)) {
                if (ip instanceof Inet4Address) {
                    v4.add(ip.getAddress());
                }
            }
        } catch (UnknownHostException | SecurityException e) {
            throw new HError(HOST_NOT_FOUND, HERR.get(HOST_NOT_FOUND));
        }
        if (v4.isEmpty()) {
            throw new HError(HOST_NOT_FOUND, HERR.get(HOST_NOT_FOUND));
        }
        return new HostEnt(name, List.of(), AF_INET, v4);
    }

    @Override
    public HostEnt gethostbyaddr(SockAddr addr) throws OSError {
        String name = reverse(addr.addr());
        if (name == null) {
            throw new HError(HOST_NOT_FOUND, HERR.get(HOST_NOT_FOUND));
        }
        return new HostEnt(name, List.of(), addr.family(), List.of(addr.addr()));
    }

    @Override
    public int getservbyname(String name, String proto) {
        EtcFiles.Service s = EtcFiles.service(name, proto);
        return s == null ? -1 : s.port();
    }

    @Override
    public String getservbyport(int port, String proto) {
        EtcFiles.Service s = EtcFiles.serviceByPort(port, proto);
        return s == null ? null : s.name();
    }

    @Override
    public int getprotobyname(String name) {
        EtcFiles.Protocol p = EtcFiles.protocol(name);
        return p == null ? -1 : p.number();
    }

    @Override
    public List<IfName> ifNameindex() throws OSError {
        List<IfName> sys = sysClassNet();
        if (sys != null) {
            return sys;
        }
        try {
            List<IfName> out = new ArrayList<>();
            for (NetworkInterface ni : NetworkInterface.networkInterfaces().toList()) {
                if (!ni.isVirtual() && ni.getIndex() > 0) {
                    out.add(new IfName(ni.getIndex(), ni.getName()));
                }
            }
            out.sort(Comparator.comparingInt(IfName::index));
            return out;
        } catch (SocketException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    /**
     * sysClassNet lists Linux's /sys/class/net: every interface of the network namespace,
     * as glibc's netlink-based if_nameindex sees them (NetworkInterface omits interfaces
     * without an address); null where the directory cannot be read.
     */
    private static List<IfName> sysClassNet() {
        Path dir = Path.of("/sys/class/net");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<IfName> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                int index = Integer.parseInt(Files.readString(p.resolve("ifindex"), StandardCharsets.US_ASCII).trim());
                out.add(new IfName(index, p.getFileName().toString()));
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        out.sort(Comparator.comparingInt(IfName::index));
        return out;
    }

    @Override
    public int ifNametoindex(String name) throws OSError {
        for (IfName i : ifNameindex()) {
            if (i.name().equals(name)) {
                return i.index();
            }
        }
        return 0;
    }

    @Override
    public String ifIndextoname(int index) throws OSError {
        for (IfName i : ifNameindex()) {
            if (i.index() == index) {
                return i.name();
            }
        }
        throw OSError.of(Errno.ENXIO);
    }
}
