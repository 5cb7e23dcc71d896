package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.IPPROTO_IP;
import static dev.pysocket.internal.Os.IPPROTO_IPV6;
import static dev.pysocket.internal.Os.IPPROTO_TCP;
import static dev.pysocket.internal.Os.SOL_SOCKET;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Platform;
import java.io.IOException;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;

/**
 * JdkOptions maps Python's (level, optname) int options onto JDK SocketOptions (R32): which
 * pairs exist, how an int converts, what Linux answers for the rest, and the options a
 * socket remembers across the channels the jdk backend swaps under it.
 */
final class JdkOptions {
    /** Kind says how an option's C int relates to the JDK value, or that the socket answers it. */
    enum Kind { BOOL, INT, BUF, LINGER, TYPE, ERROR, ACCEPTCONN, DOMAIN, PROTOCOL, V6ONLY }

    /** Opt: one supported option; family 0 means any inet family. */
    record Opt(Kind kind, SocketOption<?> option, int family) {
    }


    private static final Map<Long, Opt> TABLE = table();
    private static final boolean LINUX = System.getProperty("os.name", "").startsWith("Linux");

    private JdkOptions() {
    }

    /**
     * find returns the option for (level, optname) on a socket of family, or throws what
     * Linux would (R32): an unknown level is EOPNOTSUPP for get and ENOPROTOOPT for set
     * (do_ip_getsockopt / do_ip_setsockopt); an unknown name is ENOPROTOOPT; a real Linux
     * option the JDK cannot reach is ENOPROTOOPT naming the backend.
     */
    static Opt find(int family, int level, int optname, boolean get) throws OSError {
        if (family == Os.AF_UNIX && level != SOL_SOCKET) {
            throw OSError.of(Errno.EOPNOTSUPP); // AF_UNIX has no protocol-level options (sock_no_getsockopt)
        }
        Opt o = TABLE.get(key(level, optname));
        if (o != null && (o.family() == 0 || o.family() == family)) {
            return o;
        }
        String prefix = prefix(family, level);
        if (prefix == null) {
            throw OSError.of(get ? Errno.EOPNOTSUPP : Errno.ENOPROTOOPT);
        }
        for (Map.Entry<String, Integer> c : Platform.constants().entrySet()) {
            if (c.getValue() == optname && c.getKey().startsWith(prefix)) {
                // An option of its own capability (SO_PEERCRED), else one of all the others.
                Capability needs = Capability.gating(c.getKey());
                throw JdkBackend.INSTANCE.unsupported(needs != null ? needs : Capability.RAW_OPTIONS,
                        (get ? "getsockopt(" : "setsockopt(") + c.getKey() + ")");
            }
        }
        throw OSError.of(Errno.ENOPROTOOPT);
    }

    /** read returns o's C int on ch, or the remembered/default value where ch lacks it. */
    static int read(NetworkChannel ch, Memo memo, Opt o, int family) throws IOException {
        Object v = current(ch, memo, o.option(), family);
        if (o.kind() == Kind.LINGER) {
            // The int form reads l_onoff only (docs/python-semantics.md §1.4, SO_LINGER).
            return v instanceof Integer i && i >= 0 ? 1 : 0;
        }
        if (o.kind() == Kind.BUF && v instanceof Integer i) {
            // Linux doubles the size set and getsockopt reports the doubled value (R33); the
            // JDK halves what it reads on Linux (net_util_md.c), so undo that.
            return LINUX ? i * 2 : i;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return v instanceof Integer i ? i : 0;
    }

    /**
     * write sets o from a C int on ch and remembers it; booleans take any nonzero as true
     * (R32). A listener keeps stream-only options (TCP_NODELAY, ...) for its accepted sockets.
     */
    static void write(NetworkChannel ch, Memo memo, Opt o, int value, int family) throws IOException {
        if (o.kind() == Kind.LINGER) {
            // Linux wants a whole struct linger: a 4-byte int is too short.
            throw OSError.of(Errno.EINVAL);
        }
        store(ch, memo, o.option(), o.kind() == Kind.BOOL ? (Object) (value != 0) : (Object) value, family);
    }

    /** readLinger returns SO_LINGER as the JDK holds it: seconds, or -1 when off. */
    static int readLinger(NetworkChannel ch, Memo memo, Opt o, int family) throws IOException {
        Object v = current(ch, memo, o.option(), family);
        return v instanceof Integer i && i >= 0 ? i : -1;
    }

    /** writeLinger sets SO_LINGER from a struct linger: l_onoff ? l_linger : -1 (off). */
    static void writeLinger(NetworkChannel ch, Memo memo, Opt o, int seconds, int family) throws IOException {
        store(ch, memo, o.option(), seconds, family);
    }

    /** current: opt's value on ch, or the remembered/default value where ch lacks it. */
    private static Object current(NetworkChannel ch, Memo memo, SocketOption<?> opt, int family) throws IOException {
        return ch.supportedOptions().contains(opt) ? ch.getOption(opt) : memo.valueOr(ch, opt, family);
    }

    /** store sets opt to v on ch where ch has it (else see requireStreamOption) and remembers it. */
    private static void store(NetworkChannel ch, Memo memo, SocketOption<?> opt, Object v, int family)
            throws IOException {
        if (ch.supportedOptions().contains(opt)) {
            set(ch, opt, v);
        } else {
            requireStreamOption(ch, opt, family);
        }
        memo.values.put(opt, v);
    }

    /**
     * requireStreamOption: an option ch lacks is fine only on a listener, and only if a TCP
     * stream socket here has it (Linux answers it on the listener and copies it to accepted
     * sockets); anything else the JDK cannot reach on this platform is not a silent no-op.
     */
    private static void requireStreamOption(NetworkChannel ch, SocketOption<?> opt, int family) throws OSError {
        if (family == Os.AF_UNIX
                && (opt == StandardSocketOptions.SO_REUSEADDR || opt == StandardSocketOptions.SO_KEEPALIVE)) {
            // Linux keeps these flags on an AF_UNIX socket and never acts on them; the JDK's
            // UNIX channels lack them, so the memo alone holds them, as faithfully (R32).
            return;
        }
        if (!(ch instanceof ServerSocketChannel) || !Defaults.has(opt, family)) {
            throw JdkBackend.INSTANCE.unsupported(Capability.RAW_OPTIONS, "socket option " + opt.name());
        }
    }

    /**
     * setV6only: IPV6_V6ONLY as the JDK has it: every IPv6 channel is opened dual-stack
     * (IPV6_V6ONLY 0, sun.nio.ch.Net.socket0) and nothing can change that. Setting 0 is
     * therefore true as it stands, 1 is unsupported, and once the socket is bound Linux
     * refuses either with EINVAL (R33).
     */
    static void setV6only(int value, boolean bound) throws OSError {
        if (bound) {
            throw OSError.of(Errno.EINVAL);
        }
        if (value != 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.V6ONLY, "setsockopt(IPV6_V6ONLY, 1)");
        }
    }

    /** set applies v to ch with its type checked (no unchecked casts). */
    static <T> void set(NetworkChannel ch, SocketOption<T> opt, Object v) throws IOException {
        ch.setOption(opt, opt.type().cast(v));
    }

    /**
     * Memo holds the options set on a socket (guarded by the socket's state lock), so they
     * survive the channel changes Python never sees: the switch to a ServerSocketChannel at
     * listen, a fresh channel after a failed connect, and (as Linux's accept does) onto
     * accepted sockets.
     */
    static final class Memo {
        private final Map<SocketOption<?>, Object> values = new LinkedHashMap<>();

        /** applyTo sets every remembered option ch supports. */
        void applyTo(NetworkChannel ch) throws IOException {
            for (Map.Entry<SocketOption<?>, Object> e : values.entrySet()) {
                if (ch.supportedOptions().contains(e.getKey())) {
                    set(ch, e.getKey(), e.getValue());
                }
            }
        }

        /** get returns the remembered value, or null. */
        Object get(SocketOption<?> opt) {
            return values.get(opt);
        }

        /** copy returns a memo with the same values, for an accepted socket. */
        Memo copy() {
            Memo m = new Memo();
            m.values.putAll(values);
            return m;
        }

        private Object valueOr(NetworkChannel ch, SocketOption<?> opt, int family) throws OSError {
            requireStreamOption(ch, opt, family);
            Object v = values.get(opt);
            return v != null ? v : Defaults.of(opt, family);
        }
    }

    /**
     * Defaults reads, once per family, what a fresh TCP socket reports, for options a
     * ServerSocketChannel does not expose (TCP_NODELAY, SO_SNDBUF, ...) but Linux still
     * answers on a listener.
     */
    private static final class Defaults {
        private static final Map<SocketOption<?>, Object> INET = probe(StandardProtocolFamily.INET);
        private static final Map<SocketOption<?>, Object> INET6 = probe(StandardProtocolFamily.INET6);

        static Object of(SocketOption<?> opt, int family) {
            return (family == Os.AF_INET6 ? INET6 : INET).get(opt);
        }

        static boolean has(SocketOption<?> opt, int family) {
            return (family == Os.AF_INET6 ? INET6 : INET).containsKey(opt);
        }

        private static Map<SocketOption<?>, Object> probe(StandardProtocolFamily family) {
            Map<SocketOption<?>, Object> m = new HashMap<>();
            try (SocketChannel ch = SocketChannel.open(family)) {
                for (SocketOption<?> opt : ch.supportedOptions()) {
                    try {
                        m.put(opt, ch.getOption(opt));
                    } catch (IOException | RuntimeException e) {
                        // Leave it out: read() then reports 0.
                    }
                }
            } catch (IOException | RuntimeException e) {
                // No probe socket (EMFILE, no IPv6): defaults read as 0.
            }
            return m;
        }
    }

    private static String prefix(int family, int level) {
        if (level == SOL_SOCKET) {
            return "SO_";
        }
        if (level == IPPROTO_TCP) {
            return "TCP_";
        }
        if (level == IPPROTO_IP) {
            return "IP_";
        }
        if (level == IPPROTO_IPV6 && family == Os.AF_INET6) {
            return "IPV6_";
        }
        return null;
    }

    private static long key(int level, int optname) {
        return ((long) level << 32) | (optname & 0xffffffffL);
    }

    private static Map<Long, Opt> table() {
        Map<Long, Opt> m = new HashMap<>();
        put(m, "SOL_SOCKET", "SO_REUSEADDR", Kind.BOOL, StandardSocketOptions.SO_REUSEADDR, 0);
        put(m, "SOL_SOCKET", "SO_REUSEPORT", Kind.BOOL, StandardSocketOptions.SO_REUSEPORT, 0);
        put(m, "SOL_SOCKET", "SO_KEEPALIVE", Kind.BOOL, StandardSocketOptions.SO_KEEPALIVE, 0);
        put(m, "SOL_SOCKET", "SO_RCVBUF", Kind.BUF, StandardSocketOptions.SO_RCVBUF, 0);
        put(m, "SOL_SOCKET", "SO_SNDBUF", Kind.BUF, StandardSocketOptions.SO_SNDBUF, 0);
        put(m, "SOL_SOCKET", "SO_LINGER", Kind.LINGER, StandardSocketOptions.SO_LINGER, 0);
        put(m, "SOL_SOCKET", "SO_TYPE", Kind.TYPE, null, 0);
        put(m, "SOL_SOCKET", "SO_ERROR", Kind.ERROR, null, 0);
        put(m, "SOL_SOCKET", "SO_ACCEPTCONN", Kind.ACCEPTCONN, null, 0);
        put(m, "SOL_SOCKET", "SO_DOMAIN", Kind.DOMAIN, null, 0);
        put(m, "SOL_SOCKET", "SO_PROTOCOL", Kind.PROTOCOL, null, 0);
        put(m, "IPPROTO_TCP", "TCP_NODELAY", Kind.BOOL, StandardSocketOptions.TCP_NODELAY, 0);
        put(m, "IPPROTO_TCP", "TCP_KEEPIDLE", Kind.INT, ExtendedSocketOptions.TCP_KEEPIDLE, 0);
        put(m, "IPPROTO_TCP", "TCP_KEEPINTVL", Kind.INT, ExtendedSocketOptions.TCP_KEEPINTERVAL, 0);
        put(m, "IPPROTO_TCP", "TCP_KEEPCNT", Kind.INT, ExtendedSocketOptions.TCP_KEEPCOUNT, 0);
        put(m, "IPPROTO_TCP", "TCP_QUICKACK", Kind.BOOL, ExtendedSocketOptions.TCP_QUICKACK, 0);
        // IP_TOS on an IPv4 socket; the JDK's IP_TOS on an IPv6 channel is IPV6_TCLASS.
        put(m, "IPPROTO_IP", "IP_TOS", Kind.INT, StandardSocketOptions.IP_TOS, Os.AF_INET);
        put(m, "IPPROTO_IPV6", "IPV6_TCLASS", Kind.INT, StandardSocketOptions.IP_TOS, Os.AF_INET6);
        put(m, "SOL_SOCKET", "SO_BROADCAST", Kind.BOOL, StandardSocketOptions.SO_BROADCAST, 0);
        put(m, "IPPROTO_IP", "IP_MULTICAST_TTL", Kind.INT, StandardSocketOptions.IP_MULTICAST_TTL, Os.AF_INET);
        put(m, "IPPROTO_IP", "IP_MULTICAST_LOOP", Kind.BOOL, StandardSocketOptions.IP_MULTICAST_LOOP,
                Os.AF_INET);
        put(m, "IPPROTO_IPV6", "IPV6_V6ONLY", Kind.V6ONLY, null, Os.AF_INET6);
        return m;
    }

    private static void put(Map<Long, Opt> m, String level, String name, Kind kind, SocketOption<?> opt,
            int family) {
        if (Platform.has(level) && Platform.has(name)) {
            m.put(key(Platform.constant(level), Platform.constant(name)), new Opt(kind, opt, family));
        }
    }
}
