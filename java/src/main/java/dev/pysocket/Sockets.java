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
 *
 * <p>Each method names the Python call it mirrors. A reference such as (R7) is a rule of
 * docs/python-semantics.md in the pysocket repository.
 */
public final class Sockets implements SocketConstants {
    // BEGIN generated constants: from native/constants.list by python3 tools/gen_constants.py; do not edit by hand
    /** AF_UNSPEC: Python's {@code socket.AF_UNSPEC} (Linux x86_64: 0). */
    public static final int AF_UNSPEC = Os.AF_UNSPEC;
    /** AF_INET: Python's {@code socket.AF_INET} (Linux x86_64: 2). */
    public static final int AF_INET = Os.AF_INET;
    /** AF_INET6: Python's {@code socket.AF_INET6} (Linux x86_64: 10). */
    public static final int AF_INET6 = Os.AF_INET6;
    /** AF_UNIX: Python's {@code socket.AF_UNIX} (Linux x86_64: 1). */
    public static final int AF_UNIX = Os.AF_UNIX;
    /** SOCK_STREAM: Python's {@code socket.SOCK_STREAM} (Linux x86_64: 1). */
    public static final int SOCK_STREAM = Os.SOCK_STREAM;
    /** SOCK_DGRAM: Python's {@code socket.SOCK_DGRAM} (Linux x86_64: 2). */
    public static final int SOCK_DGRAM = Os.SOCK_DGRAM;
    /** SOCK_RAW: Python's {@code socket.SOCK_RAW} (Linux x86_64: 3). */
    public static final int SOCK_RAW = Os.SOCK_RAW;
    /** SOCK_SEQPACKET: Python's {@code socket.SOCK_SEQPACKET} (Linux x86_64: 5). */
    public static final int SOCK_SEQPACKET = Os.SOCK_SEQPACKET;
    /** SOCK_NONBLOCK: Python's {@code socket.SOCK_NONBLOCK} (Linux x86_64: 2048). */
    public static final int SOCK_NONBLOCK = Os.SOCK_NONBLOCK;
    /** SOCK_CLOEXEC: Python's {@code socket.SOCK_CLOEXEC} (Linux x86_64: 524288). */
    public static final int SOCK_CLOEXEC = Os.SOCK_CLOEXEC;
    /** SOL_SOCKET: Python's {@code socket.SOL_SOCKET} (Linux x86_64: 1). */
    public static final int SOL_SOCKET = Os.SOL_SOCKET;
    /** SO_REUSEADDR: Python's {@code socket.SO_REUSEADDR} (Linux x86_64: 2). */
    public static final int SO_REUSEADDR = Os.SO_REUSEADDR;
    /** SO_REUSEPORT: Python's {@code socket.SO_REUSEPORT} (Linux x86_64: 15). */
    public static final int SO_REUSEPORT = Os.SO_REUSEPORT;
    /** SO_KEEPALIVE: Python's {@code socket.SO_KEEPALIVE} (Linux x86_64: 9). */
    public static final int SO_KEEPALIVE = Os.SO_KEEPALIVE;
    /** SO_RCVBUF: Python's {@code socket.SO_RCVBUF} (Linux x86_64: 8). */
    public static final int SO_RCVBUF = Os.SO_RCVBUF;
    /** SO_SNDBUF: Python's {@code socket.SO_SNDBUF} (Linux x86_64: 7). */
    public static final int SO_SNDBUF = Os.SO_SNDBUF;
    /** SO_BROADCAST: Python's {@code socket.SO_BROADCAST} (Linux x86_64: 6). */
    public static final int SO_BROADCAST = Os.SO_BROADCAST;
    /** SO_LINGER: Python's {@code socket.SO_LINGER} (Linux x86_64: 13). */
    public static final int SO_LINGER = Os.SO_LINGER;
    /** SO_ERROR: Python's {@code socket.SO_ERROR} (Linux x86_64: 4). */
    public static final int SO_ERROR = Os.SO_ERROR;
    /** SO_TYPE: Python's {@code socket.SO_TYPE} (Linux x86_64: 3). */
    public static final int SO_TYPE = Os.SO_TYPE;
    /** SO_RCVTIMEO: Python's {@code socket.SO_RCVTIMEO} (Linux x86_64: 20). */
    public static final int SO_RCVTIMEO = Os.SO_RCVTIMEO;
    /** SO_SNDTIMEO: Python's {@code socket.SO_SNDTIMEO} (Linux x86_64: 21). */
    public static final int SO_SNDTIMEO = Os.SO_SNDTIMEO;
    /** SO_PEERCRED: Python's {@code socket.SO_PEERCRED} (Linux x86_64: 17). */
    public static final int SO_PEERCRED = Os.SO_PEERCRED;
    /** SO_ACCEPTCONN: Python's {@code socket.SO_ACCEPTCONN} (Linux x86_64: 30). */
    public static final int SO_ACCEPTCONN = Os.SO_ACCEPTCONN;
    /** SO_PROTOCOL: Python's {@code socket.SO_PROTOCOL} (Linux x86_64: 38). */
    public static final int SO_PROTOCOL = Os.SO_PROTOCOL;
    /** SO_DOMAIN: Python's {@code socket.SO_DOMAIN} (Linux x86_64: 39). */
    public static final int SO_DOMAIN = Os.SO_DOMAIN;
    /** SO_OOBINLINE: Python's {@code socket.SO_OOBINLINE} (Linux x86_64: 10). */
    public static final int SO_OOBINLINE = Os.SO_OOBINLINE;
    /** SO_RCVLOWAT: Python's {@code socket.SO_RCVLOWAT} (Linux x86_64: 18). */
    public static final int SO_RCVLOWAT = Os.SO_RCVLOWAT;
    /** SO_SNDLOWAT: Python's {@code socket.SO_SNDLOWAT} (Linux x86_64: 19). */
    public static final int SO_SNDLOWAT = Os.SO_SNDLOWAT;
    /** IPPROTO_IP: Python's {@code socket.IPPROTO_IP} (Linux x86_64: 0). */
    public static final int IPPROTO_IP = Os.IPPROTO_IP;
    /** IPPROTO_TCP: Python's {@code socket.IPPROTO_TCP} (Linux x86_64: 6). */
    public static final int IPPROTO_TCP = Os.IPPROTO_TCP;
    /** IPPROTO_UDP: Python's {@code socket.IPPROTO_UDP} (Linux x86_64: 17). */
    public static final int IPPROTO_UDP = Os.IPPROTO_UDP;
    /** IPPROTO_IPV6: Python's {@code socket.IPPROTO_IPV6} (Linux x86_64: 41). */
    public static final int IPPROTO_IPV6 = Os.IPPROTO_IPV6;
    /** TCP_NODELAY: Python's {@code socket.TCP_NODELAY} (Linux x86_64: 1). */
    public static final int TCP_NODELAY = Os.TCP_NODELAY;
    /** TCP_MAXSEG: Python's {@code socket.TCP_MAXSEG} (Linux x86_64: 2). */
    public static final int TCP_MAXSEG = Os.TCP_MAXSEG;
    /** TCP_KEEPIDLE: Python's {@code socket.TCP_KEEPIDLE} (Linux x86_64: 4). */
    public static final int TCP_KEEPIDLE = Os.TCP_KEEPIDLE;
    /** TCP_KEEPINTVL: Python's {@code socket.TCP_KEEPINTVL} (Linux x86_64: 5). */
    public static final int TCP_KEEPINTVL = Os.TCP_KEEPINTVL;
    /** TCP_KEEPCNT: Python's {@code socket.TCP_KEEPCNT} (Linux x86_64: 6). */
    public static final int TCP_KEEPCNT = Os.TCP_KEEPCNT;
    /** TCP_QUICKACK: Python's {@code socket.TCP_QUICKACK} (Linux x86_64: 12). */
    public static final int TCP_QUICKACK = Os.TCP_QUICKACK;
    /** TCP_INFO: Python's {@code socket.TCP_INFO} (Linux x86_64: 11). */
    public static final int TCP_INFO = Os.TCP_INFO;
    /** IP_TOS: Python's {@code socket.IP_TOS} (Linux x86_64: 1). */
    public static final int IP_TOS = Os.IP_TOS;
    /** IP_TTL: Python's {@code socket.IP_TTL} (Linux x86_64: 2). */
    public static final int IP_TTL = Os.IP_TTL;
    /** IP_MULTICAST_TTL: Python's {@code socket.IP_MULTICAST_TTL} (Linux x86_64: 33). */
    public static final int IP_MULTICAST_TTL = Os.IP_MULTICAST_TTL;
    /** IP_MULTICAST_LOOP: Python's {@code socket.IP_MULTICAST_LOOP} (Linux x86_64: 34). */
    public static final int IP_MULTICAST_LOOP = Os.IP_MULTICAST_LOOP;
    /** IP_ADD_MEMBERSHIP: Python's {@code socket.IP_ADD_MEMBERSHIP} (Linux x86_64: 35). */
    public static final int IP_ADD_MEMBERSHIP = Os.IP_ADD_MEMBERSHIP;
    /** IP_DROP_MEMBERSHIP: Python's {@code socket.IP_DROP_MEMBERSHIP} (Linux x86_64: 36). */
    public static final int IP_DROP_MEMBERSHIP = Os.IP_DROP_MEMBERSHIP;
    /** IPV6_V6ONLY: Python's {@code socket.IPV6_V6ONLY} (Linux x86_64: 26). */
    public static final int IPV6_V6ONLY = Os.IPV6_V6ONLY;
    /** MSG_OOB: Python's {@code socket.MSG_OOB} (Linux x86_64: 1). */
    public static final int MSG_OOB = Os.MSG_OOB;
    /** MSG_PEEK: Python's {@code socket.MSG_PEEK} (Linux x86_64: 2). */
    public static final int MSG_PEEK = Os.MSG_PEEK;
    /** MSG_DONTROUTE: Python's {@code socket.MSG_DONTROUTE} (Linux x86_64: 4). */
    public static final int MSG_DONTROUTE = Os.MSG_DONTROUTE;
    /** MSG_CTRUNC: Python's {@code socket.MSG_CTRUNC} (Linux x86_64: 8). */
    public static final int MSG_CTRUNC = Os.MSG_CTRUNC;
    /** MSG_TRUNC: Python's {@code socket.MSG_TRUNC} (Linux x86_64: 32). */
    public static final int MSG_TRUNC = Os.MSG_TRUNC;
    /** MSG_DONTWAIT: Python's {@code socket.MSG_DONTWAIT} (Linux x86_64: 64). */
    public static final int MSG_DONTWAIT = Os.MSG_DONTWAIT;
    /** MSG_EOR: Python's {@code socket.MSG_EOR} (Linux x86_64: 128). */
    public static final int MSG_EOR = Os.MSG_EOR;
    /** MSG_WAITALL: Python's {@code socket.MSG_WAITALL} (Linux x86_64: 256). */
    public static final int MSG_WAITALL = Os.MSG_WAITALL;
    /** MSG_NOSIGNAL: Python's {@code socket.MSG_NOSIGNAL} (Linux x86_64: 16384). */
    public static final int MSG_NOSIGNAL = Os.MSG_NOSIGNAL;
    /** SHUT_RD: Python's {@code socket.SHUT_RD} (Linux x86_64: 0). */
    public static final int SHUT_RD = Os.SHUT_RD;
    /** SHUT_WR: Python's {@code socket.SHUT_WR} (Linux x86_64: 1). */
    public static final int SHUT_WR = Os.SHUT_WR;
    /** SHUT_RDWR: Python's {@code socket.SHUT_RDWR} (Linux x86_64: 2). */
    public static final int SHUT_RDWR = Os.SHUT_RDWR;
    /** SCM_RIGHTS: Python's {@code socket.SCM_RIGHTS} (Linux x86_64: 1). */
    public static final int SCM_RIGHTS = Os.SCM_RIGHTS;
    /** SOMAXCONN: Python's {@code socket.SOMAXCONN} (Linux x86_64: 4096). */
    public static final int SOMAXCONN = Os.SOMAXCONN;
    /** AI_PASSIVE: Python's {@code socket.AI_PASSIVE} (Linux x86_64: 1). */
    public static final int AI_PASSIVE = Os.AI_PASSIVE;
    /** AI_CANONNAME: Python's {@code socket.AI_CANONNAME} (Linux x86_64: 2). */
    public static final int AI_CANONNAME = Os.AI_CANONNAME;
    /** AI_NUMERICHOST: Python's {@code socket.AI_NUMERICHOST} (Linux x86_64: 4). */
    public static final int AI_NUMERICHOST = Os.AI_NUMERICHOST;
    /** AI_NUMERICSERV: Python's {@code socket.AI_NUMERICSERV} (Linux x86_64: 1024). */
    public static final int AI_NUMERICSERV = Os.AI_NUMERICSERV;
    /** NI_NUMERICHOST: Python's {@code socket.NI_NUMERICHOST} (Linux x86_64: 1). */
    public static final int NI_NUMERICHOST = Os.NI_NUMERICHOST;
    /** NI_NUMERICSERV: Python's {@code socket.NI_NUMERICSERV} (Linux x86_64: 2). */
    public static final int NI_NUMERICSERV = Os.NI_NUMERICSERV;
    /** NI_NAMEREQD: Python's {@code socket.NI_NAMEREQD} (Linux x86_64: 8). */
    public static final int NI_NAMEREQD = Os.NI_NAMEREQD;
    // END generated constants

    private Sockets() {
    }

    /**
     * socket: Python's {@code socket.socket()}: a new AF_INET, SOCK_STREAM socket.
     *
     * @return the new socket, in the default timeout mode ({@link #getdefaulttimeout()})
     * @throws OSError the kernel's error from socket(2), as for {@link #socket(int, int, int)}
     */
    public static Socket socket() throws OSError {
        return SocketFactory.socket(AF_INET, SOCK_STREAM, 0);
    }

    /**
     * socket: Python's {@code socket.socket(family, type)}: proto 0; see
     * {@link #socket(int, int, int)}.
     *
     * @param family an AF_* constant; -1 means AF_INET
     * @param type a SOCK_* constant, optionally or'ed with SOCK_NONBLOCK and SOCK_CLOEXEC; -1
     *        means SOCK_STREAM
     * @return the new socket
     * @throws OSError the kernel's error from socket(2), as for {@link #socket(int, int, int)}
     */
    public static Socket socket(int family, int type) throws OSError {
        return SocketFactory.socket(family, type, 0);
    }

    /**
     * socket: Python's {@code socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0)}.
     * SOCK_NONBLOCK in type makes the socket non-blocking (timeout 0.0); SOCK_NONBLOCK and
     * SOCK_CLOEXEC are not kept in {@link Socket#type()} (R7). The descriptor is never
     * inheritable. A family, type or proto of -1 means the default (AF_INET, SOCK_STREAM, 0),
     * as in Python.
     *
     * @param family an AF_* constant
     * @param type a SOCK_* constant, optionally or'ed with SOCK_NONBLOCK and SOCK_CLOEXEC
     * @param proto the protocol number, usually 0 (the family's default for the type)
     * @return the new socket, in the default timeout mode unless SOCK_NONBLOCK was given
     * @throws OSError the kernel's error, as in Python: an unknown family is errno 97
     *         (EAFNOSUPPORT), an unknown type 22 (EINVAL); on the jdk backend, for what it
     *         cannot open, the error of the capability it lacks, naming the backend
     */
    public static Socket socket(int family, int type, int proto) throws OSError {
        return SocketFactory.socket(family, type, proto);
    }

    /**
     * socket: Python's {@code socket.socket(family, type, proto, fileno)}: wraps the open
     * socket descriptor fileno WITHOUT duplicating it; the new Socket owns it from now on. A
     * family, type or proto of -1 is detected from the descriptor (getsockname's family,
     * SO_TYPE, SO_PROTOCOL: a TCP socket reads proto 6), other values are trusted as given.
     * The timeout is the default timeout (0.0 with SOCK_NONBLOCK in type), whatever
     * O_NONBLOCK the descriptor had: O_NONBLOCK is set for a non-None default, as CPython
     * does, and for SOCK_NONBLOCK (CPython leaves it, so its timeout 0.0 socket could block),
     * and is otherwise left as it was (R1, R7, R16).
     *
     * @param family an AF_* constant, or -1 to read it from the descriptor
     * @param type a SOCK_* constant, or -1 to read it from the descriptor
     * @param proto the protocol number, or -1 to read it from the descriptor
     * @param fileno the open socket descriptor to take over
     * @return the new socket, owning fileno
     * @throws IllegalArgumentException "negative file descriptor" for {@code fileno < 0}
     * @throws OSError errno 9 (EBADF) for a descriptor that is not open, 88 (ENOTSOCK) for one
     *         that is not a socket; on the jdk backend (no descriptors) EOPNOTSUPP naming it
     */
    public static Socket socket(int family, int type, int proto, int fileno) throws OSError {
        return SocketFactory.wrap(family, type, proto, fileno);
    }

    /**
     * fromfd: Python's {@code socket.fromfd(fd, family, type)}: a Socket on a duplicate of fd
     * (non-inheritable); fd stays open and independent. family and type are trusted, not
     * checked against the descriptor; proto is 0. The duplicate of a file that is not a
     * socket is closed again, unlike CPython, which leaks it. Native backend only.
     *
     * @param fd an open socket descriptor, which stays the caller's
     * @param family the AF_* constant the new Socket reports
     * @param type the SOCK_* constant the new Socket reports
     * @return a new socket on a duplicate of fd
     * @throws OSError errno 9 (EBADF) for a bad fd, 88 (ENOTSOCK) for a file that is not a
     *         socket; on the jdk backend EOPNOTSUPP naming it
     */
    public static Socket fromfd(int fd, int family, int type) throws OSError {
        return SocketFactory.fromfd(fd, family, type);
    }

    /**
     * close: Python's {@code socket.close(fd)}: closes a raw descriptor (once: close(2) is
     * never retried, R10). ECONNRESET is ignored. Native backend only.
     *
     * @param fd the descriptor to close
     * @throws OSError errno 9 (EBADF) for a bad fd; on the jdk backend EOPNOTSUPP naming it
     */
    public static void close(int fd) throws OSError {
        Backends.current().close(fd);
    }

    /**
     * dup: Python's {@code socket.dup(fd)}: a new non-inheritable descriptor for fd
     * (F_DUPFD_CLOEXEC). Native backend only.
     *
     * @param fd the descriptor to duplicate
     * @return the new descriptor, which the caller owns
     * @throws OSError errno 9 (EBADF) for a bad fd; on the jdk backend EOPNOTSUPP naming it
     */
    public static int dup(int fd) throws OSError {
        return Backends.current().dup(fd);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address)}: with the default
     * timeout; see {@link #createConnection(Address, Double, Address, boolean)}.
     *
     * @param address the host and port to connect to (the host may be a name)
     * @return the connected socket
     * @throws OSError the last connection attempt's error, or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address) throws OSError {
        return CreateConnection.withDefaultTimeout(address);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout)}; null
     * means blocking, whatever the default. With the {@code double} overloads,
     * {@code createConnection(address, null)}, {@code createConnection(address, 1)} and
     * {@code createConnection(address, 0.5)} all compile.
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds, or null (None) for blocking
     * @return the connected socket
     * @throws OSError the last connection attempt's error, or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, Double timeout) throws OSError {
        return CreateConnection.withTimeout(address, timeout, null, false);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout,
     * source_address)}: binds to sourceAddress before connecting.
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds, or null (None) for blocking
     * @param sourceAddress the local address to bind first, or null for none
     * @return the connected socket
     * @throws OSError the last connection attempt's error, or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, Double timeout, Address sourceAddress) throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, false);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout,
     * source_address, *, all_errors)}. Tries each address the host resolves to, in order
     * (R20); when all fail it raises the last error, or with allErrors an OSError
     * "create_connection failed" whose suppressed exceptions are the per-address errors
     * (Python's ExceptionGroup).
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds, or null (None) for blocking
     * @param sourceAddress the local address to bind first, or null for none
     * @param allErrors whether a failure reports every address's error, not only the last
     * @return the connected socket
     * @throws OSError the last connection attempt's error (with allErrors, all of them, as
     *         suppressed exceptions), or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, Double timeout, Address sourceAddress, boolean allErrors)
            throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, allErrors);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout)} with a
     * timeout in seconds, int or float ({@code createConnection(address, 1)}).
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds
     * @return the connected socket
     * @throws OSError the last connection attempt's error, or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, double timeout) throws OSError {
        return CreateConnection.withTimeout(address, timeout, null, false);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout,
     * source_address)} with a timeout in seconds.
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds
     * @param sourceAddress the local address to bind first, or null for none
     * @return the connected socket
     * @throws OSError the last connection attempt's error, or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, double timeout, Address sourceAddress) throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, false);
    }

    /**
     * createConnection: Python's {@code socket.create_connection(address, timeout,
     * source_address, *, all_errors)} with a timeout in seconds; see
     * {@link #createConnection(Address, Double, Address, boolean)}.
     *
     * @param address the host and port to connect to (the host may be a name)
     * @param timeout the new socket's timeout in seconds
     * @param sourceAddress the local address to bind first, or null for none
     * @param allErrors whether a failure reports every address's error, not only the last
     * @return the connected socket
     * @throws OSError the last connection attempt's error (with allErrors, all of them, as
     *         suppressed exceptions), or the resolver's {@link GaiError}
     */
    public static Socket createConnection(Address address, double timeout, Address sourceAddress, boolean allErrors)
            throws OSError {
        return CreateConnection.withTimeout(address, timeout, sourceAddress, allErrors);
    }

    /**
     * createServer: Python's {@code socket.create_server(address)}: an AF_INET stream socket
     * with SO_REUSEADDR, bound to address and listening.
     *
     * @param address the local address to bind
     * @return the listening socket
     * @throws OSError as for {@link #createServer(Address, int, Integer, boolean, boolean)}
     */
    public static Socket createServer(Address address) throws OSError {
        return CreateServer.open(address, AF_INET, null, false, false);
    }

    /**
     * createServer: Python's {@code socket.create_server(address, *, family=AF_INET,
     * backlog=None, reuse_port=False, dualstack_ipv6=False)} (R21).
     *
     * @param address the local address to bind
     * @param family AF_INET or AF_INET6
     * @param backlog listen's backlog, or null for listen's default
     * @param reusePort whether to set SO_REUSEPORT
     * @param dualstackIpv6 whether an AF_INET6 socket also accepts IPv4 (IPV6_V6ONLY 0)
     * @return the listening socket
     * @throws IllegalArgumentException for dualstackIpv6 without AF_INET6 or without
     *         platform support, or reusePort where SO_REUSEPORT is missing, with Python's
     *         ValueError messages
     * @throws OSError the kernel's error; a bind failure is re-raised as
     *         {@code OSError(errno, "<strerror> (while attempting to bind on address <addr>)")}
     */
    public static Socket createServer(Address address, int family, Integer backlog, boolean reusePort,
            boolean dualstackIpv6) throws OSError {
        return CreateServer.open(address, family, backlog, reusePort, dualstackIpv6);
    }

    /**
     * socketpair: Python's {@code socket.socketpair()}: a connected AF_UNIX, SOCK_STREAM pair.
     *
     * @return the two connected ends
     * @throws OSError the kernel's error from socketpair(2), e.g. EMFILE (24)
     */
    public static SocketPair socketpair() throws OSError {
        return SocketFactory.socketpair(AF_UNIX, SOCK_STREAM, 0);
    }

    /**
     * socketpair: Python's {@code socket.socketpair([family[, type[, proto]]])} (socketpair(2),
     * R22). Both ends are non-inheritable and take the default timeout (SOCK_NONBLOCK in type:
     * 0.0, and left out of {@link Socket#type()}, as for {@link #socket(int, int, int)}); their
     * getsockname() and getpeername() are {@code Address.unix("")}. SOCK_DGRAM and
     * SOCK_SEQPACKET keep message boundaries. The jdk backend makes AF_UNIX SOCK_STREAM pairs
     * only, as CPython makes them without socketpair(2) (see the README).
     *
     * @param family AF_UNIX (the only family Linux pairs)
     * @param type SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET, optionally or'ed with
     *        SOCK_NONBLOCK and SOCK_CLOEXEC
     * @param proto the protocol number, 0
     * @return the two connected ends
     * @throws OSError the kernel's error: AF_INET is errno 95 (EOPNOTSUPP) on Linux; on the jdk
     *         backend, EOPNOTSUPP naming it for SOCK_DGRAM and SOCK_SEQPACKET
     */
    public static SocketPair socketpair(int family, int type, int proto) throws OSError {
        return SocketFactory.socketpair(family, type, proto);
    }

    /**
     * hasIpv6: Python's {@code socket.has_ipv6}: whether this platform has IPv6 support built
     * in (CPython's ENABLE_IPV6), i.e. defines AF_INET6. Like Python's, it does not ask whether
     * the running kernel has an IPv6 address configured; {@link #hasDualstackIpv6} asks a socket.
     *
     * @return whether the platform defines AF_INET6
     */
    public static boolean hasIpv6() {
        return Platform.has("AF_INET6");
    }

    /**
     * hasDualstackIpv6: Python's {@code socket.has_dualstack_ipv6()}: whether an AF_INET6
     * stream socket accepts IPV6_V6ONLY = 0.
     *
     * @return whether {@link #createServer(Address, int, Integer, boolean, boolean)} can make a
     *         dual-stack server
     */
    public static boolean hasDualstackIpv6() {
        return CreateServer.hasDualstackIpv6();
    }

    /**
     * getdefaulttimeout: Python's {@code socket.getdefaulttimeout()}: the timeout new sockets
     * get.
     *
     * @return the default timeout in seconds, or null (None, blocking), as at start
     */
    public static Double getdefaulttimeout() {
        return SocketFactory.getdefaulttimeout();
    }

    /**
     * setdefaulttimeout: Python's {@code socket.setdefaulttimeout(timeout)}; applies to sockets
     * created later (R7).
     *
     * @param seconds the timeout in seconds, 0.0 for non-blocking, or null (None) for blocking
     * @throws IllegalArgumentException for a NaN, negative or too large timeout, with Python's
     *         messages (R8)
     */
    public static void setdefaulttimeout(Double seconds) {
        SocketFactory.setdefaulttimeout(seconds);
    }

    /**
     * setdefaulttimeout: Python's {@code socket.setdefaulttimeout(timeout)} for a number, int
     * or float.
     *
     * @param seconds the timeout in seconds, 0.0 for non-blocking
     * @throws IllegalArgumentException for a NaN, negative or too large timeout, with Python's
     *         messages (R8)
     */
    public static void setdefaulttimeout(double seconds) {
        SocketFactory.setdefaulttimeout(seconds);
    }

    /**
     * backend: which backend new sockets use (no Python counterpart).
     *
     * @return "native" or "jdk"
     */
    public static String backend() {
        return Backends.name();
    }

    /**
     * binding: how the native backend's calls reach the C library (no Python counterpart),
     * chosen once per process with the system property {@code pysocket.binding} or the
     * environment variable {@code PYSOCKET_BINDING}: "jni" (the default) or "jna". It answers
     * for the native library whether or not new sockets use the native backend.
     *
     * @return "jni" or "jna", or "none" when the native library did not load
     */
    public static String binding() {
        return Backends.binding();
    }

    /**
     * getaddrinfo: Python's {@code socket.getaddrinfo(host, port)}; see
     * {@link #getaddrinfo(String, Integer, int, int, int, int)}. For a None port write
     * {@code (Integer) null} (a bare null would also fit the String-service overload).
     *
     * @param host a name, a numeric address, or null (None)
     * @param port the port, or null (None)
     * @return the addresses, in the resolver's order
     * @throws OSError {@link GaiError} with the EAI code when resolution fails
     */
    public static List<AddrInfo> getaddrinfo(String host, Integer port) throws OSError {
        return getaddrinfo(host, port, 0, 0, 0, 0);
    }

    /**
     * getaddrinfo: Python's {@code socket.getaddrinfo(host, port)} with a service name or
     * digits as the port.
     *
     * @param host a name, a numeric address, or null (None)
     * @param service a service name ("http") or a port in digits, or null (None)
     * @return the addresses, in the resolver's order
     * @throws OSError {@link GaiError} with the EAI code when resolution fails
     */
    public static List<AddrInfo> getaddrinfo(String host, String service) throws OSError {
        return getaddrinfo(host, service, 0, 0, 0, 0);
    }

    /**
     * getaddrinfo: Python's {@code socket.getaddrinfo(host, port, family=0, type=0, proto=0,
     * flags=0)} (R29): the C library's getaddrinfo(3) on native, in its order (RFC 6724).
     * host null is None (loopback, or the wildcard with AI_PASSIVE); a non-ASCII host is
     * IDNA-encoded. port null is None; it is not range-checked (glibc wraps 70000 to 4464,
     * -1 is gaierror -8). type 0 gives one entry per type (STREAM/6, DGRAM/17, RAW/0);
     * canonname is "" except in the first entry with AI_CANONNAME.
     *
     * @param host a name, a numeric address, or null (None)
     * @param port the port, or null (None)
     * @param family AF_INET, AF_INET6, or 0 (AF_UNSPEC) for both
     * @param type a SOCK_* constant, or 0 for every type
     * @param proto a protocol number, or 0 for any
     * @param flags AI_* flags, or'ed
     * @return the addresses, in the resolver's order
     * @throws OSError {@link GaiError} with the EAI code and gai_strerror's text; for
     *         EAI_SYSTEM, the errno's OSError
     */
    public static List<AddrInfo> getaddrinfo(String host, Integer port, int family, int type, int proto, int flags)
            throws OSError {
        return Resolution.getaddrinfo(host, port == null ? null : Integer.toString(port), family, type, proto, flags);
    }

    /**
     * getaddrinfo: Python's {@code socket.getaddrinfo(host, port, family=0, type=0, proto=0,
     * flags=0)} with a service name (or digits) as the port; see
     * {@link #getaddrinfo(String, Integer, int, int, int, int)}.
     *
     * @param host a name, a numeric address, or null (None)
     * @param service a service name ("http") or a port in digits, or null (None)
     * @param family AF_INET, AF_INET6, or 0 (AF_UNSPEC) for both
     * @param type a SOCK_* constant, or 0 for every type
     * @param proto a protocol number, or 0 for any
     * @param flags AI_* flags, or'ed
     * @return the addresses, in the resolver's order
     * @throws OSError {@link GaiError} with the EAI code and gai_strerror's text; for
     *         EAI_SYSTEM, the errno's OSError
     */
    public static List<AddrInfo> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        return Resolution.getaddrinfo(host, service, family, type, proto, flags);
    }

    /**
     * getnameinfo: Python's {@code socket.getnameinfo(sockaddr, flags)} (R30): the host must
     * be a numeric address; {@link Address.Inet} is the 2-tuple and {@link Address.Inet6} the
     * 4-tuple.
     *
     * @param address the numeric address and port to look up
     * @param flags NI_* flags, or'ed
     * @return {@code (host, service)}, e.g. ('localhost', 'http')
     * @throws OSError {@link GaiError} -2 for a host that is a name, or when the lookup fails;
     *         OSError "IPv4 sockaddr must be 2 tuple" for an IPv4 host in an
     *         {@link Address.Inet6}
     */
    public static NameInfo getnameinfo(Address address, int flags) throws OSError {
        return Resolution.getnameinfo(address, flags);
    }

    /**
     * gethostname: Python's {@code socket.gethostname()}: gethostname(2).
     *
     * @return this host's name
     * @throws OSError the system call's error
     */
    public static String gethostname() throws OSError {
        return Backends.current().resolver().gethostname();
    }

    /**
     * gethostbyname: Python's {@code socket.gethostbyname(hostname)}: the first IPv4 address,
     * as text (R31): "" gives "0.0.0.0", "&lt;broadcast&gt;" "255.255.255.255".
     *
     * @param hostname a name or a numeric IPv4 address
     * @return the address in dotted form
     * @throws OSError {@link GaiError} when resolution fails (-9 for an IPv6 literal)
     */
    public static String gethostbyname(String hostname) throws OSError {
        return Resolution.gethostbyname(hostname);
    }

    /**
     * gethostbynameEx: Python's {@code socket.gethostbyname_ex(hostname)}.
     *
     * @param hostname a name or a numeric IPv4 address
     * @return (hostname, aliases, IPv4 addresses)
     * @throws OSError {@link GaiError} or {@link HError} when resolution fails
     */
    public static HostInfo gethostbynameEx(String hostname) throws OSError {
        return Resolution.gethostbynameEx(hostname);
    }

    /**
     * gethostbyaddr: Python's {@code socket.gethostbyaddr(ip_address)}.
     *
     * @param ip a numeric address, or a name (resolved first, as in Python)
     * @return (hostname, aliases, addresses)
     * @throws OSError {@link HError} "[Errno 1] Unknown host" when the address has no name;
     *         {@link GaiError} when a name does not resolve
     */
    public static HostInfo gethostbyaddr(String ip) throws OSError {
        return Resolution.gethostbyaddr(ip);
    }

    /**
     * getfqdn: Python's {@code socket.getfqdn()}: the fully qualified name of this host.
     *
     * @return this host's fully qualified name, best effort
     */
    public static String getfqdn() {
        return Resolution.getfqdn("");
    }

    /**
     * getfqdn: Python's {@code socket.getfqdn(name)}: best effort through gethostbyaddr.
     *
     * @param name a host name or address; "" or "0.0.0.0" means this host
     * @return the fully qualified name, or name unchanged when the lookup fails
     */
    public static String getfqdn(String name) {
        return Resolution.getfqdn(name);
    }

    /**
     * getservbyname: Python's {@code socket.getservbyname(servicename)}: any protocol.
     *
     * @param service the service name, e.g. "http"
     * @return the service's port
     * @throws OSError "service/proto not found" when there is no such service
     */
    public static int getservbyname(String service) throws OSError {
        return Resolution.getservbyname(service, null);
    }

    /**
     * getservbyname: Python's {@code socket.getservbyname(servicename, protocolname)}.
     *
     * @param service the service name, e.g. "http"
     * @param protocol "tcp", "udp", or null for any
     * @return the service's port
     * @throws OSError "service/proto not found" when there is no such entry
     */
    public static int getservbyname(String service, String protocol) throws OSError {
        return Resolution.getservbyname(service, protocol);
    }

    /**
     * getservbyport: Python's {@code socket.getservbyport(port)}: any protocol.
     *
     * @param port 0..65535
     * @return the service's name
     * @throws IllegalArgumentException "getservbyport: port must be 0-65535." outside the range
     * @throws OSError "port/proto not found" when there is no such service
     */
    public static String getservbyport(int port) throws OSError {
        return Resolution.getservbyport(port, null);
    }

    /**
     * getservbyport: Python's {@code socket.getservbyport(port, protocolname)}.
     *
     * @param port 0..65535
     * @param protocol "tcp", "udp", or null for any
     * @return the service's name
     * @throws IllegalArgumentException "getservbyport: port must be 0-65535." outside the range
     * @throws OSError "port/proto not found" when there is no such entry
     */
    public static String getservbyport(int port, String protocol) throws OSError {
        return Resolution.getservbyport(port, protocol);
    }

    /**
     * getprotobyname: Python's {@code socket.getprotobyname(protocolname)}.
     *
     * @param name the protocol's name, e.g. "tcp"
     * @return the protocol number
     * @throws OSError "protocol not found" when there is no such protocol
     */
    public static int getprotobyname(String name) throws OSError {
        return Resolution.getprotobyname(name);
    }

    /**
     * inetAton: Python's {@code socket.inet_aton(ip_string)}: BSD-lenient ('1' is 0.0.0.1,
     * '0x7f.1' 127.0.0.1).
     *
     * @param ip the IPv4 address in any form inet_aton(3) takes
     * @return the 4 bytes, network order
     * @throws OSError "illegal IP address string passed to inet_aton"
     */
    public static byte[] inetAton(String ip) throws OSError {
        return InetFunctions.inetAton(ip);
    }

    /**
     * inetNtoa: Python's {@code socket.inet_ntoa(packed_ip)}.
     *
     * @param packed 4 bytes, network order
     * @return the dotted-quad text
     * @throws OSError "packed IP wrong length for inet_ntoa" unless packed has 4 bytes
     */
    public static String inetNtoa(byte[] packed) throws OSError {
        return InetFunctions.inetNtoa(packed);
    }

    /**
     * inetPton: Python's {@code socket.inet_pton(address_family, ip_string)}: strict.
     *
     * @param family AF_INET or AF_INET6
     * @param ip the address text
     * @return 4 or 16 bytes, network order
     * @throws OSError errno 97 (EAFNOSUPPORT) for other families; "illegal IP address string
     *         passed to inet_pton" for bad text
     */
    public static byte[] inetPton(int family, String ip) throws OSError {
        return InetFunctions.inetPton(family, ip);
    }

    /**
     * inetNtop: Python's {@code socket.inet_ntop(address_family, packed_ip)}: canonical text
     * ('::ffff:1.2.3.4', '1:0:0:2::').
     *
     * @param family AF_INET or AF_INET6
     * @param packed 4 or 16 bytes, network order
     * @return the address text, as glibc's inet_ntop(3) writes it
     * @throws IllegalArgumentException "invalid length of packed IP address string", or
     *         "unknown address family N"
     */
    public static String inetNtop(int family, byte[] packed) {
        return InetFunctions.inetNtop(family, packed);
    }

    /**
     * htons: Python's {@code socket.htons(x)}.
     *
     * @param x 0..65535
     * @return x in network byte order
     * @throws IllegalArgumentException outside 0..65535, with Python's OverflowError message
     */
    public static int htons(int x) {
        return InetFunctions.swap16(x, "htons");
    }

    /**
     * ntohs: Python's {@code socket.ntohs(x)}.
     *
     * @param x 0..65535
     * @return x in host byte order
     * @throws IllegalArgumentException outside 0..65535, with Python's OverflowError message
     */
    public static int ntohs(int x) {
        return InetFunctions.swap16(x, "ntohs");
    }

    /**
     * htonl: Python's {@code socket.htonl(x)}.
     *
     * @param x 0..2^32-1
     * @return x in network byte order
     * @throws IllegalArgumentException outside 0..2^32-1, with Python's OverflowError message
     */
    public static long htonl(long x) {
        return InetFunctions.swap32(x);
    }

    /**
     * ntohl: Python's {@code socket.ntohl(x)}.
     *
     * @param x 0..2^32-1
     * @return x in host byte order
     * @throws IllegalArgumentException outside 0..2^32-1, with Python's OverflowError message
     */
    public static long ntohl(long x) {
        return InetFunctions.swap32(x);
    }

    /**
     * CMSG_LEN: Python's {@code socket.CMSG_LEN(length)}.
     *
     * @param length the item's data bytes
     * @return the cmsg_len of an ancillary data item with length data bytes
     * @throws IllegalArgumentException "CMSG_LEN() argument out of range"
     */
    public static int CMSG_LEN(int length) {
        return InetFunctions.cmsgLen(length);
    }

    /**
     * CMSG_SPACE: Python's {@code socket.CMSG_SPACE(length)}.
     *
     * @param length the item's data bytes
     * @return the buffer an ancillary data item with length data bytes takes, padding included
     * @throws IllegalArgumentException "CMSG_SPACE() argument out of range"
     */
    public static int CMSG_SPACE(int length) {
        return InetFunctions.cmsgSpace(length);
    }

    /**
     * ifNameindex: Python's {@code socket.if_nameindex()}.
     *
     * @return every network interface, as (index, name)
     * @throws OSError the C library's error
     */
    public static List<IfName> ifNameindex() throws OSError {
        return Backends.current().resolver().ifNameindex();
    }

    /**
     * ifNametoindex: Python's {@code socket.if_nametoindex(if_name)}.
     *
     * @param name the interface's name, e.g. "lo"
     * @return the interface's index
     * @throws OSError "no interface with this name" when there is none
     */
    public static int ifNametoindex(String name) throws OSError {
        return Resolution.ifNametoindex(name);
    }

    /**
     * ifIndextoname: Python's {@code socket.if_indextoname(if_index)}.
     *
     * @param index the interface's index
     * @return the interface's name
     * @throws OSError errno 6 (ENXIO) when there is no such interface
     */
    public static String ifIndextoname(int index) throws OSError {
        return Resolution.ifIndextoname(index);
    }

    /**
     * has: Python's {@code hasattr(socket, name)} for a constant, on this platform and
     * backend: whether the running platform defines it, unless it exists only for what the
     * backend cannot do (the jdk backend answers false for SO_PEERCRED, SOCK_SEQPACKET,
     * MSG_PEEK, ...; AF_UNIX and SOCK_DGRAM it has, if not for every combination). Errno names
     * other than EAGAIN, EBADF and EWOULDBLOCK are not socket constants (see {@link Errno}).
     *
     * @param constantName the constant's name, e.g. "SO_PEERCRED"
     * @return whether the constant is usable here
     * @throws NullPointerException for a null name ("attribute name must be string, not
     *         'NoneType'")
     */
    public static boolean has(String constantName) {
        return ModuleAttributes.has(constantName);
    }
}
