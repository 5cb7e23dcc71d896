package dev.pysocket.internal;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.util.List;

/**
 * Capability: what a backend can do beyond the core both backends share (TCP and UDP over
 * IPv4 and IPv6, AF_UNIX streams on path names, the common options, Python's three timeout
 * modes, close() that wakes blocked threads). Each backend says which it has
 * ({@link Backend#capabilities()}); {@link dev.pysocket.Sockets#has} answers false for the
 * constants of a capability the backend lacks, the README's feature matrix states the same
 * per row, and a call that needs a missing capability raises {@link #unsupported}, naming the
 * backend. (After junixsocket's AFSocketCapability.)
 */
public enum Capability {
    /** DESCRIPTORS: real OS descriptors: dup(), detach(), fromfd, socket(fileno=), Sockets.close/dup(fd). */
    DESCRIPTORS(Errno.EOPNOTSUPP),
    /** INHERITABLE: setInheritable(true): a descriptor a child process inherits. */
    INHERITABLE(Errno.EOPNOTSUPP),
    /** UNIX_DATAGRAM: AF_UNIX SOCK_DGRAM and SOCK_SEQPACKET sockets (SOCK_SEQPACKET of any family). */
    UNIX_DATAGRAM(Errno.EOPNOTSUPP, "SOCK_SEQPACKET"),
    /** UNIX_ABSTRACT: AF_UNIX abstract names (a leading NUL) and autobind (bind to ""). */
    UNIX_ABSTRACT(Errno.EOPNOTSUPP),
    /**
     * UNIX_BYTE_NAMES: AF_UNIX path names of any bytes Linux takes: not valid UTF-8 (Python's surrogateescape,
     * Address.unix(byte[])), or with an embedded NUL, where the kernel ends the name.
     */
    UNIX_BYTE_NAMES(Errno.EOPNOTSUPP),
    /**
     * UNIX_LONG_PATHS: AF_UNIX path names of 107 bytes, the longest Linux's sun_path holds (the JDK
     * takes 106).
     */
    UNIX_LONG_PATHS(Errno.EOPNOTSUPP),
    /** SOCKETPAIR: socketpair() of every type the kernel has (SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET). */
    SOCKETPAIR(Errno.EOPNOTSUPP),
    /** PEERCRED: SO_PEERCRED: the peer's pid, uid and gid. */
    PEERCRED(Errno.ENOPROTOOPT, "SO_PEERCRED"),
    /**
     * MESSAGES: sendmsg, recvmsg and recvmsgInto with ancillary data, sendFds and recvFds
     * (descriptor passing with SCM_RIGHTS, SCM_CREDENTIALS): java.nio has no ancillary data.
     */
    MESSAGES(Errno.EOPNOTSUPP, "SCM_RIGHTS", "SCM_CREDENTIALS"),
    /**
     * EPOLL: select.epoll(): an epoll(7) descriptor with edge-triggered (EPOLLET), one-shot and
     * exclusive wake-ups; java.nio's Selector has no descriptor and is level-triggered only.
     */
    EPOLL(Errno.EOPNOTSUPP),
    /** RAW_OPTIONS: getsockopt/setsockopt of any level and option, and struct values in the bytes form. */
    RAW_OPTIONS(Errno.ENOPROTOOPT),
    /** V6ONLY: IPV6_V6ONLY set to 1 (an IPv6-only socket). */
    V6ONLY(Errno.ENOPROTOOPT),
    /** STREAM_FLAGS: recv/send flags beyond MSG_DONTWAIT and MSG_WAITALL on streams: MSG_PEEK, MSG_OOB, ... */
    STREAM_FLAGS(Errno.EOPNOTSUPP, "MSG_PEEK", "MSG_OOB"),
    /** DATAGRAM_FLAGS: MSG_* flags on datagrams (MSG_TRUNC giving the real length, MSG_PEEK, ...). */
    DATAGRAM_FLAGS(Errno.EOPNOTSUPP, "MSG_TRUNC"),
    /** DATAGRAM_SHUTDOWN: shutdown() of a connected datagram socket. */
    DATAGRAM_SHUTDOWN(Errno.EOPNOTSUPP),
    /**
     * CONNECTED_DATAGRAM_SENDS: the sends Linux allows on a UDP socket after connect() and java.nio refuses: a
     * zero-length datagram, sendto() another address, and send() after a connect to port 0
     * (the datagram goes to port 0 of that host).
     */
    CONNECTED_DATAGRAM_SENDS(Errno.EOPNOTSUPP),
    /** UDPLITE: UDP-Lite: socket(AF_INET or AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE) and its options. */
    UDPLITE(Errno.EOPNOTSUPP, "IPPROTO_UDPLITE", "UDPLITE_SEND_CSCOV", "UDPLITE_RECV_CSCOV"),
    /** RAW_SOCKETS: SOCK_RAW sockets of AF_INET and AF_INET6 (the kernel also asks for CAP_NET_RAW). */
    RAW_SOCKETS(Errno.EOPNOTSUPP),
    /**
     * OTHER_FAMILIES: address families other than AF_INET, AF_INET6 and AF_UNIX: AF_PACKET,
     * AF_NETLINK, AF_CAN, ...
     */
    OTHER_FAMILIES(Errno.EAFNOSUPPORT);

    private final int errno;
    private final List<String> constants;

    Capability(int errno, String... constants) {
        this.errno = errno;
        this.constants = List.of(constants);
    }

    /**
     * constants: the names Python's socket module defines only for this capability's sake:
     * {@code Sockets.has(name)} is false for them on a backend that lacks it.
     */
    public List<String> constants() {
        return constants;
    }

    /**
     * unsupported: the error a backend raises for a call that needs this capability:
     * EOPNOTSUPP, ENOPROTOOPT (an option) or EAFNOSUPPORT, with a message that names the
     * backend and what was asked, e.g. {@code [Errno 95] Operation not supported
     * (socketpair(AF_UNIX, SOCK_DGRAM) is not available on the jdk backend)}.
     */
    public OSError unsupported(String backend, String what) {
        return Errors.unsupported(errno, backend, what);
    }

    /** gating: the capability name is reserved for, or null when it belongs to none. */
    public static Capability gating(String constantName) {
        for (Capability c : values()) {
            if (c.constants.contains(constantName)) {
                return c;
            }
        }
        return null;
    }
}
