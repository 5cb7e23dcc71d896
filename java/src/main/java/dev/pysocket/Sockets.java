package dev.pysocket;

import dev.pysocket.internal.Backends;
import dev.pysocket.internal.InetFunctions;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.Platform;
import dev.pysocket.internal.Resolution;
import java.util.List;

/**
 * Sockets: Python's {@code socket} module functions and constants. With
 * {@code import static dev.pysocket.Sockets.*;} Java code reads like
 * {@code from socket import *}.
 *
 * <p>Constants hold the running platform's values (from the C headers through the native
 * library; from a Linux table on the jdk backend when no library loads). A constant the
 * platform lacks holds {@code Integer.MIN_VALUE} and {@link #has} answers false for it.
 * Python's whole Linux set is here: the everyday names below, the rest in
 * {@link SocketConstants}, which this class implements.
 */
public final class Sockets implements SocketConstants {
    // BEGIN generated constants: from native/constants.list by python3 tools/gen_constants.py; do not edit by hand
    public static final int AF_UNSPEC = Os.AF_UNSPEC;
    public static final int AF_INET = Os.AF_INET;
    public static final int AF_INET6 = Os.AF_INET6;
    public static final int AF_UNIX = Os.AF_UNIX;
    public static final int SOCK_STREAM = Os.SOCK_STREAM;
    public static final int SOCK_DGRAM = Os.SOCK_DGRAM;
    public static final int SOCK_RAW = Os.SOCK_RAW;
    public static final int SOCK_SEQPACKET = Os.SOCK_SEQPACKET;
    public static final int SOCK_NONBLOCK = Os.SOCK_NONBLOCK;
    public static final int SOCK_CLOEXEC = Os.SOCK_CLOEXEC;
    public static final int SOL_SOCKET = Os.SOL_SOCKET;
    public static final int SO_REUSEADDR = Os.SO_REUSEADDR;
    public static final int SO_REUSEPORT = Os.SO_REUSEPORT;
    public static final int SO_KEEPALIVE = Os.SO_KEEPALIVE;
    public static final int SO_RCVBUF = Os.SO_RCVBUF;
    public static final int SO_SNDBUF = Os.SO_SNDBUF;
    public static final int SO_BROADCAST = Os.SO_BROADCAST;
    public static final int SO_LINGER = Os.SO_LINGER;
    public static final int SO_ERROR = Os.SO_ERROR;
    public static final int SO_TYPE = Os.SO_TYPE;
    public static final int SO_RCVTIMEO = Os.SO_RCVTIMEO;
    public static final int SO_SNDTIMEO = Os.SO_SNDTIMEO;
    public static final int SO_PEERCRED = Os.SO_PEERCRED;
    public static final int SO_ACCEPTCONN = Os.SO_ACCEPTCONN;
    public static final int SO_PROTOCOL = Os.SO_PROTOCOL;
    public static final int SO_DOMAIN = Os.SO_DOMAIN;
    public static final int SO_OOBINLINE = Os.SO_OOBINLINE;
    public static final int SO_RCVLOWAT = Os.SO_RCVLOWAT;
    public static final int SO_SNDLOWAT = Os.SO_SNDLOWAT;
    public static final int IPPROTO_IP = Os.IPPROTO_IP;
    public static final int IPPROTO_TCP = Os.IPPROTO_TCP;
    public static final int IPPROTO_UDP = Os.IPPROTO_UDP;
    public static final int IPPROTO_IPV6 = Os.IPPROTO_IPV6;
    public static final int TCP_NODELAY = Os.TCP_NODELAY;
    public static final int TCP_MAXSEG = Os.TCP_MAXSEG;
    public static final int TCP_KEEPIDLE = Os.TCP_KEEPIDLE;
    public static final int TCP_KEEPINTVL = Os.TCP_KEEPINTVL;
    public static final int TCP_KEEPCNT = Os.TCP_KEEPCNT;
    public static final int TCP_QUICKACK = Os.TCP_QUICKACK;
    public static final int TCP_INFO = Os.TCP_INFO;
    public static final int IP_TOS = Os.IP_TOS;
    public static final int IP_TTL = Os.IP_TTL;
    public static final int IP_MULTICAST_TTL = Os.IP_MULTICAST_TTL;
    public static final int IP_MULTICAST_LOOP = Os.IP_MULTICAST_LOOP;
    public static final int IP_ADD_MEMBERSHIP = Os.IP_ADD_MEMBERSHIP;
    public static final int IP_DROP_MEMBERSHIP = Os.IP_DROP_MEMBERSHIP;
    public static final int IPV6_V6ONLY = Os.IPV6_V6ONLY;
    public static final int MSG_OOB = Os.MSG_OOB;
    public static final int MSG_PEEK = Os.MSG_PEEK;
    public static final int MSG_DONTROUTE = Os.MSG_DONTROUTE;
    public static final int MSG_CTRUNC = Os.MSG_CTRUNC;
    public static final int MSG_TRUNC = Os.MSG_TRUNC;
    public static final int MSG_DONTWAIT = Os.MSG_DONTWAIT;
    public static final int MSG_EOR = Os.MSG_EOR;
    public static final int MSG_WAITALL = Os.MSG_WAITALL;
    public static final int MSG_NOSIGNAL = Os.MSG_NOSIGNAL;
    public static final int SHUT_RD = Os.SHUT_RD;
    public static final int SHUT_WR = Os.SHUT_WR;
    public static final int SHUT_RDWR = Os.SHUT_RDWR;
    public static final int SCM_RIGHTS = Os.SCM_RIGHTS;
    public static final int SOMAXCONN = Os.SOMAXCONN;
    public static final int AI_PASSIVE = Os.AI_PASSIVE;
    public static final int AI_CANONNAME = Os.AI_CANONNAME;
    public static final int AI_NUMERICHOST = Os.AI_NUMERICHOST;
    public static final int AI_NUMERICSERV = Os.AI_NUMERICSERV;
    public static final int NI_NUMERICHOST = Os.NI_NUMERICHOST;
    public static final int NI_NUMERICSERV = Os.NI_NUMERICSERV;
    public static final int NI_NAMEREQD = Os.NI_NAMEREQD;
    // END generated constants

    private Sockets() {
    }

    /** socket: Python's {@code socket()}: AF_INET, SOCK_STREAM. */
    public static Socket socket() throws OSError {
        return SocketFactory.socket(AF_INET, SOCK_STREAM, 0);
    }

    /** socket: Python's {@code socket(family, type)}. */
    public static Socket socket(int family, int type) throws OSError {
        return SocketFactory.socket(family, type, 0);
    }

    /**
     * socket: Python's {@code socket(family, type, proto)}. SOCK_NONBLOCK in type makes the
     * socket non-blocking (timeout 0.0); SOCK_NONBLOCK and SOCK_CLOEXEC are not kept in
     * {@link Socket#type()} (R7). The descriptor is never inheritable. Kernel errors raise as
     * in Python: an unknown family is OSError 97, an unknown type 22. A family, type or proto
     * of -1 means the default (AF_INET, SOCK_STREAM, 0), as in Python.
     */
    public static Socket socket(int family, int type, int proto) throws OSError {
        return SocketFactory.socket(family, type, proto);
    }

    /**
     * socket: Python's {@code socket(family, type, proto, fileno)}: wraps the open socket
     * descriptor fileno WITHOUT duplicating it; the new Socket owns it from now on. A family,
     * type or proto of -1 is detected from the descriptor (getsockname's family, SO_TYPE,
     * SO_PROTOCOL: a TCP socket reads proto 6), other values are trusted as given. The
     * timeout is the default timeout (0.0 with SOCK_NONBLOCK in type), whatever O_NONBLOCK
     * the descriptor had: O_NONBLOCK is set for a non-None default, as CPython does, and for
     * SOCK_NONBLOCK (CPython leaves it, so its timeout 0.0 socket could block), and is
     * otherwise left as it was (R1, R7, R16).
     *
     * @throws IllegalArgumentException "negative file descriptor" for fileno < 0
     * @throws OSError 9 for a descriptor that is not open, 88 for one that is not a socket;
     *         on the jdk backend (no descriptors) EOPNOTSUPP naming it
     */
    public static Socket socket(int family, int type, int proto, int fileno) throws OSError {
        return SocketFactory.wrap(family, type, proto, fileno);
    }

    /**
     * fromfd: Python's {@code fromfd(fd, family, type)}: a Socket on a duplicate of fd
     * (non-inheritable); fd stays open and independent. family and type are trusted, not
     * checked against the descriptor; proto is 0. OSError 9 for a bad fd, 88 for a file
     * that is not a socket (the duplicate is closed again, unlike CPython, which leaks it).
     * Native backend only (jdk: EOPNOTSUPP naming it).
     */
    public static Socket fromfd(int fd, int family, int type) throws OSError {
        return SocketFactory.fromfd(fd, family, type);
    }

    /**
     * close: Python's {@code socket.close(fd)}: closes a raw descriptor (once: close(2) is
     * never retried, R10). ECONNRESET is ignored; a bad fd is OSError 9. Native backend only
     * (jdk: EOPNOTSUPP naming it).
     */
    public static void close(int fd) throws OSError {
        Backends.current().close(fd);
    }

    /**
     * dup: Python's {@code socket.dup(fd)}: a new non-inheritable descriptor for fd
     * (F_DUPFD_CLOEXEC); OSError 9 for a bad fd. Native backend only (jdk: EOPNOTSUPP).
     */
    public static int dup(int fd) throws OSError {
        return Backends.current().dup(fd);
    }

    /** createConnection: Python's {@code create_connection(address)} with the default timeout. */
    public static Socket createConnection(Address address) throws OSError {
        return CreateConnection.withDefaultTimeout(address);
    }

    /**
     * createConnection with an explicit timeout; null means blocking, whatever the default.
     * With the {@code double} overloads, {@code createConnection(address, null)},
     * {@code createConnection(address, 1)} and {@code createConnection(address, 0.5)} all compile.
     */
    public static Socket createConnection(Address address, Double timeout) throws OSError {
        return CreateConnection.withTimeout(address, timeout, null, false);
    }

    /** createConnection with a source address to bind first (null for none). */
    public static Socket createConnection(Address address, Double timeout, Address sourceAddress) throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, false);
    }

    /**
     * createConnection: Python's {@code create_connection(address, timeout, source_address,
     * all_errors)}. Tries each address the host resolves to, in order (R20); when all fail it
     * raises the last error, or with allErrors an OSError "create_connection failed" whose
     * suppressed exceptions are the per-address errors (Python's ExceptionGroup).
     */
    public static Socket createConnection(Address address, Double timeout, Address sourceAddress, boolean allErrors)
            throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, allErrors);
    }

    /** createConnection with a timeout in seconds, int or float ({@code createConnection(address, 1)}). */
    public static Socket createConnection(Address address, double timeout) throws OSError {
        return CreateConnection.withTimeout(address, timeout, null, false);
    }

    /** createConnection with a timeout in seconds and a source address to bind first (null for none). */
    public static Socket createConnection(Address address, double timeout, Address sourceAddress) throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, false);
    }

    /** createConnection: {@link #createConnection(Address, Double, Address, boolean)} with a timeout in seconds. */
    public static Socket createConnection(Address address, double timeout, Address sourceAddress, boolean allErrors)
            throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, allErrors);
    }

    /** createServer: Python's {@code create_server(address)}: AF_INET, SO_REUSEADDR, listening. */
    public static Socket createServer(Address address) throws OSError {
        return CreateServer.open(address, AF_INET, null, false, false);
    }

    /**
     * createServer: Python's {@code create_server(address, family, backlog, reuse_port,
     * dualstack_ipv6)} (R21). A bind failure is re-raised as
     * {@code OSError(errno, "<strerror> (while attempting to bind on address <addr>)")}.
     */
    public static Socket createServer(Address address, int family, Integer backlog, boolean reusePort,
            boolean dualstackIpv6) throws OSError {
        return CreateServer.open(address, family, backlog, reusePort, dualstackIpv6);
    }

    /** socketpair: Python's {@code socketpair()}: a connected AF_UNIX, SOCK_STREAM pair. */
    public static SocketPair socketpair() throws OSError {
        return SocketFactory.socketpair(AF_UNIX, SOCK_STREAM, 0);
    }

    /**
     * socketpair: Python's {@code socketpair(family, type, proto)} (socketpair(2), R22). Both
     * ends are non-inheritable and take the default timeout (SOCK_NONBLOCK in type: 0.0, and
     * left out of {@link Socket#type()}, as for {@link #socket(int, int, int)}); their
     * getsockname() and getpeername() are {@code Address.unix("")}. Linux supports AF_UNIX
     * only: AF_INET raises OSError 95. SOCK_DGRAM and SOCK_SEQPACKET keep message
     * boundaries. The jdk backend makes AF_UNIX SOCK_STREAM pairs only, as CPython makes
     * them without socketpair(2) (see the README).
     */
    public static SocketPair socketpair(int family, int type, int proto) throws OSError {
        return SocketFactory.socketpair(family, type, proto);
    }

    /**
     * hasIpv6: Python's {@code has_ipv6}: whether this platform has IPv6 support built in
     * (CPython's ENABLE_IPV6), i.e. defines AF_INET6. Like Python's, it does not ask whether
     * the running kernel has an IPv6 address configured; {@link #hasDualstackIpv6} asks a socket.
     */
    public static boolean hasIpv6() {
        return Platform.has("AF_INET6");
    }

    /** hasDualstackIpv6: Python's {@code has_dualstack_ipv6()}: whether an AF_INET6 stream socket accepts IPV6_V6ONLY = 0. */
    public static boolean hasDualstackIpv6() {
        return CreateServer.hasDualstackIpv6();
    }

    /** getdefaulttimeout: the timeout new sockets get, in seconds; null (None) at start. */
    public static Double getdefaulttimeout() {
        return SocketFactory.getdefaulttimeout();
    }

    /** setdefaulttimeout: Python's {@code setdefaulttimeout(seconds)}; applies to sockets created later (R7). */
    public static void setdefaulttimeout(Double seconds) {
        SocketFactory.setdefaulttimeout(seconds);
    }

    /** setdefaulttimeout: Python's {@code setdefaulttimeout(seconds)} for a number, int or float. */
    public static void setdefaulttimeout(double seconds) {
        SocketFactory.setdefaulttimeout(seconds);
    }

    /** backend: "native" or "jdk": which backend new sockets use. */
    public static String backend() {
        return Backends.name();
    }

    /**
     * getaddrinfo: Python's {@code getaddrinfo(host, port)}; see
     * {@link #getaddrinfo(String, Integer, int, int, int, int)}. For a None port write
     * {@code (Integer) null} (a bare null would also fit the String-service overload).
     */
    public static List<AddrInfo> getaddrinfo(String host, Integer port) throws OSError {
        return getaddrinfo(host, port, 0, 0, 0, 0);
    }

    /** getaddrinfo: Python's {@code getaddrinfo(host, service)} with a service name or digits. */
    public static List<AddrInfo> getaddrinfo(String host, String service) throws OSError {
        return getaddrinfo(host, service, 0, 0, 0, 0);
    }

    /**
     * getaddrinfo: Python's {@code getaddrinfo(host, port, family=0, type=0, proto=0,
     * flags=0)} (R29): the C library's getaddrinfo(3) on native, in its order (RFC 6724).
     * host null is None (loopback, or the wildcard with AI_PASSIVE); a non-ASCII host is
     * IDNA-encoded. port null is None; it is not range-checked (glibc wraps 70000 to 4464,
     * -1 is gaierror -8). type 0 gives one entry per type (STREAM/6, DGRAM/17, RAW/0);
     * canonname is "" except in the first entry with AI_CANONNAME. Failures raise
     * {@link GaiError} with the EAI code and gai_strerror's text (EAI_SYSTEM: the errno's
     * OSError).
     */
    public static List<AddrInfo> getaddrinfo(String host, Integer port, int family, int type, int proto, int flags)
            throws OSError {
        return Resolution.getaddrinfo(host, port == null ? null : Integer.toString(port), family, type, proto, flags);
    }

    /** getaddrinfo: the six-argument form with a service name (or digits) instead of a port. */
    public static List<AddrInfo> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        return Resolution.getaddrinfo(host, service, family, type, proto, flags);
    }

    /**
     * getnameinfo: Python's {@code getnameinfo(sockaddr, flags)} (R30): the host must be a
     * numeric address (a name is gaierror -2); {@link Address.Inet} is the 2-tuple and
     * {@link Address.Inet6} the 4-tuple, which an IPv4 host rejects with OSError "IPv4
     * sockaddr must be 2 tuple". Returns {@code (host, service)}, e.g. ('localhost', 'http').
     */
    public static NameInfo getnameinfo(Address address, int flags) throws OSError {
        return Resolution.getnameinfo(address, flags);
    }

    /** gethostname: Python's {@code gethostname()}: gethostname(2). */
    public static String gethostname() throws OSError {
        return Backends.current().resolver().gethostname();
    }

    /**
     * gethostbyname: Python's {@code gethostbyname(name)}: the first IPv4 address, as text
     * (R31): "" gives "0.0.0.0", "&lt;broadcast&gt;" "255.255.255.255", an IPv6 literal gaierror -9.
     */
    public static String gethostbyname(String hostname) throws OSError {
        return Resolution.gethostbyname(hostname);
    }

    /** gethostbynameEx: Python's {@code gethostbyname_ex(name)}: (hostname, aliases, IPv4 addresses). */
    public static HostInfo gethostbynameEx(String hostname) throws OSError {
        return Resolution.gethostbynameEx(hostname);
    }

    /**
     * gethostbyaddr: Python's {@code gethostbyaddr(ip_or_name)}: (hostname, aliases,
     * addresses); {@link HError} "[Errno 1] Unknown host" when the address has no name.
     */
    public static HostInfo gethostbyaddr(String ip) throws OSError {
        return Resolution.gethostbyaddr(ip);
    }

    /** getfqdn: Python's {@code getfqdn()}: the fully qualified name of this host. */
    public static String getfqdn() {
        return Resolution.getfqdn("");
    }

    /** getfqdn: Python's {@code getfqdn(name)}: best effort through gethostbyaddr; name unchanged on failure. */
    public static String getfqdn(String name) {
        return Resolution.getfqdn(name);
    }

    /** getservbyname: Python's {@code getservbyname(name)}: the port of a service, any protocol. */
    public static int getservbyname(String service) throws OSError {
        return Resolution.getservbyname(service, null);
    }

    /** getservbyname: Python's {@code getservbyname(name, proto)}; OSError "service/proto not found". */
    public static int getservbyname(String service, String protocol) throws OSError {
        return Resolution.getservbyname(service, protocol);
    }

    /** getservbyport: Python's {@code getservbyport(port)}: the service name, any protocol. */
    public static String getservbyport(int port) throws OSError {
        return Resolution.getservbyport(port, null);
    }

    /**
     * getservbyport: Python's {@code getservbyport(port, proto)}; port outside 0..65535 is
     * IllegalArgumentException "getservbyport: port must be 0-65535.", no entry OSError
     * "port/proto not found".
     */
    public static String getservbyport(int port, String protocol) throws OSError {
        return Resolution.getservbyport(port, protocol);
    }

    /** getprotobyname: Python's {@code getprotobyname(name)}; OSError "protocol not found". */
    public static int getprotobyname(String name) throws OSError {
        return Resolution.getprotobyname(name);
    }

    /** inetAton: Python's {@code inet_aton(ip)}: BSD-lenient ('1' is 0.0.0.1, '0x7f.1' 127.0.0.1). */
    public static byte[] inetAton(String ip) throws OSError {
        return InetFunctions.inetAton(ip);
    }

    /** inetNtoa: Python's {@code inet_ntoa(packed)}; OSError "packed IP wrong length for inet_ntoa". */
    public static String inetNtoa(byte[] packed) throws OSError {
        return InetFunctions.inetNtoa(packed);
    }

    /** inetPton: Python's {@code inet_pton(family, ip)}: strict; OSError 97 for other families. */
    public static byte[] inetPton(int family, String ip) throws OSError {
        return InetFunctions.inetPton(family, ip);
    }

    /** inetNtop: Python's {@code inet_ntop(family, packed)}: canonical text ('::ffff:1.2.3.4', '1:0:0:2::'). */
    public static String inetNtop(int family, byte[] packed) {
        return InetFunctions.inetNtop(family, packed);
    }

    /** htons: Python's {@code htons(x)} for 0..65535. */
    public static int htons(int x) {
        return InetFunctions.swap16(x, "htons");
    }

    /** ntohs: Python's {@code ntohs(x)} for 0..65535. */
    public static int ntohs(int x) {
        return InetFunctions.swap16(x, "ntohs");
    }

    /** htonl: Python's {@code htonl(x)} for 0..2^32-1. */
    public static long htonl(long x) {
        return InetFunctions.swap32(x);
    }

    /** ntohl: Python's {@code ntohl(x)} for 0..2^32-1. */
    public static long ntohl(long x) {
        return InetFunctions.swap32(x);
    }

    /** CMSG_LEN: Python's {@code CMSG_LEN(length)}: the cmsg_len of an item with length data bytes. */
    public static int CMSG_LEN(int length) {
        return InetFunctions.cmsgLen(length);
    }

    /** CMSG_SPACE: Python's {@code CMSG_SPACE(length)}: the buffer an item with length data bytes takes. */
    public static int CMSG_SPACE(int length) {
        return InetFunctions.cmsgSpace(length);
    }

    /** ifNameindex: Python's {@code if_nameindex()}: every interface, as (index, name). */
    public static List<IfName> ifNameindex() throws OSError {
        return Backends.current().resolver().ifNameindex();
    }

    /** ifNametoindex: Python's {@code if_nametoindex(name)}; OSError "no interface with this name". */
    public static int ifNametoindex(String name) throws OSError {
        return Resolution.ifNametoindex(name);
    }

    /** ifIndextoname: Python's {@code if_indextoname(index)}; OSError 6 (ENXIO) when there is none. */
    public static String ifIndextoname(int index) throws OSError {
        return Resolution.ifIndextoname(index);
    }

    /**
     * has: Python's {@code hasattr(socket, name)} for a constant, on this platform and
     * backend: whether the running platform defines it, unless it exists only for what the
     * backend cannot do (the jdk backend answers false for SO_PEERCRED, SOCK_SEQPACKET,
     * MSG_PEEK, ...; AF_UNIX and SOCK_DGRAM it has, if not for every combination). Errno names
     * other than EAGAIN, EBADF and EWOULDBLOCK are not socket constants (see {@link Errno}).
     */
    public static boolean has(String constantName) {
        return ModuleAttributes.has(constantName);
    }
}
