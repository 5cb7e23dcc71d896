package dev.pysocket.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * LinuxConstants: the Linux x86_64 values of every name in {@link ConstantNames}, used only
 * by the jdk backend when no native library loads (DESIGN.md lesson 4). With the native
 * library present, the values come from the C headers instead.
 */
final class LinuxConstants {
    private LinuxConstants() {
    }

    static Map<String, Integer> table() {
        Map<String, Integer> m = new HashMap<>();
        put(m, "AF_UNSPEC", 0);
        put(m, "AF_INET", 2);
        put(m, "AF_INET6", 10);
        put(m, "AF_UNIX", 1);
        put(m, "SOCK_STREAM", 1);
        put(m, "SOCK_DGRAM", 2);
        put(m, "SOCK_RAW", 3);
        put(m, "SOCK_SEQPACKET", 5);
        put(m, "SOCK_NONBLOCK", 2048);
        put(m, "SOCK_CLOEXEC", 524288);
        put(m, "SOL_SOCKET", 1);
        put(m, "SO_REUSEADDR", 2);
        put(m, "SO_REUSEPORT", 15);
        put(m, "SO_KEEPALIVE", 9);
        put(m, "SO_RCVBUF", 8);
        put(m, "SO_SNDBUF", 7);
        put(m, "SO_BROADCAST", 6);
        put(m, "SO_LINGER", 13);
        put(m, "SO_ERROR", 4);
        put(m, "SO_TYPE", 3);
        put(m, "SO_RCVTIMEO", 20);
        put(m, "SO_SNDTIMEO", 21);
        put(m, "SO_PEERCRED", 17);
        put(m, "SO_ACCEPTCONN", 30);
        put(m, "SO_PROTOCOL", 38);
        put(m, "SO_DOMAIN", 39);
        put(m, "SO_OOBINLINE", 10);
        put(m, "SO_RCVLOWAT", 18);
        put(m, "SO_SNDLOWAT", 19);
        put(m, "IPPROTO_IP", 0);
        put(m, "IPPROTO_TCP", 6);
        put(m, "IPPROTO_UDP", 17);
        put(m, "IPPROTO_IPV6", 41);
        put(m, "TCP_NODELAY", 1);
        put(m, "TCP_MAXSEG", 2);
        put(m, "TCP_KEEPIDLE", 4);
        put(m, "TCP_KEEPINTVL", 5);
        put(m, "TCP_KEEPCNT", 6);
        put(m, "TCP_QUICKACK", 12);
        put(m, "TCP_INFO", 11);
        put(m, "IP_TOS", 1);
        put(m, "IP_TTL", 2);
        put(m, "IP_MULTICAST_TTL", 33);
        put(m, "IP_MULTICAST_LOOP", 34);
        put(m, "IP_ADD_MEMBERSHIP", 35);
        put(m, "IP_DROP_MEMBERSHIP", 36);
        put(m, "IPV6_V6ONLY", 26);
        put(m, "MSG_OOB", 1);
        put(m, "MSG_PEEK", 2);
        put(m, "MSG_DONTROUTE", 4);
        put(m, "MSG_CTRUNC", 8);
        put(m, "MSG_TRUNC", 32);
        put(m, "MSG_DONTWAIT", 64);
        put(m, "MSG_EOR", 128);
        put(m, "MSG_WAITALL", 256);
        put(m, "MSG_NOSIGNAL", 16384);
        put(m, "SHUT_RD", 0);
        put(m, "SHUT_WR", 1);
        put(m, "SHUT_RDWR", 2);
        put(m, "SCM_RIGHTS", 1);
        put(m, "SOMAXCONN", 4096);
        put(m, "AI_PASSIVE", 1);
        put(m, "AI_CANONNAME", 2);
        put(m, "AI_NUMERICHOST", 4);
        put(m, "AI_NUMERICSERV", 1024);
        put(m, "NI_NUMERICHOST", 1);
        put(m, "NI_NUMERICSERV", 2);
        put(m, "NI_NAMEREQD", 8);
        put(m, "EPERM", 1);
        put(m, "ENOENT", 2);
        put(m, "ESRCH", 3);
        put(m, "EINTR", 4);
        put(m, "ENXIO", 6);
        put(m, "EBADF", 9);
        put(m, "ECHILD", 10);
        put(m, "EAGAIN", 11);
        put(m, "EWOULDBLOCK", 11);
        put(m, "EACCES", 13);
        put(m, "EFAULT", 14);
        put(m, "EEXIST", 17);
        put(m, "ENOTDIR", 20);
        put(m, "EISDIR", 21);
        put(m, "EINVAL", 22);
        put(m, "EMFILE", 24);
        put(m, "EPIPE", 32);
        put(m, "ENOTSOCK", 88);
        put(m, "EDESTADDRREQ", 89);
        put(m, "EMSGSIZE", 90);
        put(m, "EPROTOTYPE", 91);
        put(m, "ENOPROTOOPT", 92);
        put(m, "EPROTONOSUPPORT", 93);
        put(m, "ESOCKTNOSUPPORT", 94);
        put(m, "EOPNOTSUPP", 95);
        put(m, "EAFNOSUPPORT", 97);
        put(m, "EADDRINUSE", 98);
        put(m, "EADDRNOTAVAIL", 99);
        put(m, "ENETDOWN", 100);
        put(m, "ENETUNREACH", 101);
        put(m, "ECONNABORTED", 103);
        put(m, "ECONNRESET", 104);
        put(m, "ENOBUFS", 105);
        put(m, "EISCONN", 106);
        put(m, "ENOTCONN", 107);
        put(m, "ESHUTDOWN", 108);
        put(m, "ETIMEDOUT", 110);
        put(m, "ECONNREFUSED", 111);
        put(m, "EHOSTUNREACH", 113);
        put(m, "EALREADY", 114);
        put(m, "EINPROGRESS", 115);
        put(m, "EIO", 5);
        return m;
    }

    private static void put(Map<String, Integer> m, String name, int value) {
        m.put(name, value);
    }
}
