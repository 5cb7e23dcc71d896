package dev.pysocket.internal.posix;

import dev.pysocket.Errno;
import dev.pysocket.GaiError;
import dev.pysocket.HError;
import dev.pysocket.IfName;
import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.Resolver;
import dev.pysocket.internal.SockAddr;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * NativeResolver: {@link Resolver} over the C library (native/src/resolve.c, ifname.c):
 * the real getaddrinfo(3), getnameinfo(3), gethostbyname_r(3), ..., so answers, order
 * (RFC 6724) and error codes are exactly CPython's on this machine. Lookups are not on a
 * hot path: each call allocates its native buffers and frees them before returning.
 */
public final class NativeResolver implements Resolver {
    public static final NativeResolver INSTANCE = new NativeResolver();

    /** FIRST_BUFFER: first answer buffer; -ENOBUFS doubles it up to MAX_BUFFER. */
    private static final int FIRST_BUFFER = 16 << 10;
    private static final int MAX_BUFFER = 16 << 20;
    private static final int NAME_BUFFER = 1025;
    /** MESSAGE_MAX: room for one gai_strerror/hstrerror message, NUL included. */
    private static final int MESSAGE_MAX = 256;
    /** HINTS_SIZE: psk_getaddrinfo's hints, an int32_t[4] of {family, socktype, protocol, flags}. */
    private static final int HINTS_SIZE = 4 * Integer.BYTES;

    private NativeResolver() {
    }

    @Override
    public List<Entry> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        try (NativeMemory h = CStrings.of(host); NativeMemory s = CStrings.of(service);
                NativeMemory hints = NativeMemory.allocate(HINTS_SIZE)) {
            hints.buffer().putInt(0, family).putInt(Integer.BYTES, type).putInt(2 * Integer.BYTES, proto)
                    .putInt(3 * Integer.BYTES, flags);
            for (int size = FIRST_BUFFER;; size *= 2) {
                try (NativeMemory out = NativeMemory.allocate(size)) {
                    int n = Libpysocket.psk_getaddrinfo(address(h), address(s), hints.address(), out.address(), size);
                    if (n == -Errno.ENOBUFS && size < MAX_BUFFER) {
                        continue;
                    }
                    if (n < 0) {
                        throw error(n);
                    }
                    return entries(out.buffer(), n);
                }
            }
        }
    }

    private static List<Entry> entries(ByteBuffer out, int n) {
        List<Entry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = Layout.AI_HEADER + i * Layout.AI_ENTRY_SIZE;
            int canon = out.getInt(at + Layout.AI_CANONNAME);
            String canonname = canon == 0 ? null : CStrings.read(out, canon);
            list.add(new Entry(out.getInt(at + Layout.AI_FAMILY), out.getInt(at + Layout.AI_SOCKTYPE),
                    out.getInt(at + Layout.AI_PROTOCOL), canonname, Sockaddrs.read(out, at + Layout.AI_ADDR)));
        }
        return list;
    }

    @Override
    public String[] getnameinfo(SockAddr addr, int flags) throws OSError {
        try (NativeThread t = NativeThread.enter(); NativeMemory out = NativeMemory.allocate(Layout.NI_SIZE)) {
            long a = Sockaddrs.write(t.scratch(), addr);
            int r = Libpysocket.psk_getnameinfo(a, flags, out.address(), Layout.NI_SIZE);
            if (r < 0) {
                throw error(r);
            }
            return new String[] {CStrings.read(out.buffer(), 0), CStrings.read(out.buffer(), Layout.NI_SERV_OFFSET)};
        }
    }

    @Override
    public String gethostname() throws OSError {
        try (NativeMemory out = NativeMemory.allocate(NAME_BUFFER)) {
            int r = Libpysocket.psk_gethostname(out.address(), NAME_BUFFER);
            if (r < 0) {
                throw error(r);
            }
            return CStrings.read(out.buffer(), 0);
        }
    }

    @Override
    public HostEnt gethostbyname(String name) throws OSError {
        try (NativeMemory n = CStrings.of(name)) {
            return hostent(size -> {
                try (NativeMemory out = NativeMemory.allocate(size)) {
                    int r = Libpysocket.psk_gethostbyname(address(n), out.address(), size);
                    return r < 0 ? new Answer(r, null) : new Answer(r, parseHostent(out.buffer()));
                }
            });
        }
    }

    @Override
    public HostEnt gethostbyaddr(SockAddr addr) throws OSError {
        try (NativeThread t = NativeThread.enter()) {
            long a = Sockaddrs.write(t.scratch(), addr);
            return hostent(size -> {
                try (NativeMemory out = NativeMemory.allocate(size)) {
                    int r = Libpysocket.psk_gethostbyaddr(a, out.address(), size);
                    return r < 0 ? new Answer(r, null) : new Answer(r, parseHostent(out.buffer()));
                }
            });
        }
    }

    private record Answer(int result, HostEnt hostent) {
    }

    private interface Call {
        Answer run(int size) throws OSError;
    }

    private static HostEnt hostent(Call call) throws OSError {
        for (int size = FIRST_BUFFER;; size *= 2) {
            Answer a = call.run(size);
            if (a.result == -Errno.ENOBUFS && size < MAX_BUFFER) {
                continue;
            }
            if (a.result < 0) {
                throw error(a.result);
            }
            return a.hostent;
        }
    }

    private static HostEnt parseHostent(ByteBuffer out) {
        int addrtype = out.getInt(Layout.HOSTENT_ADDRTYPE);
        int addrlen = out.getInt(Layout.HOSTENT_ADDRLEN);
        int naliases = out.getInt(Layout.HOSTENT_NALIASES);
        int naddrs = out.getInt(Layout.HOSTENT_NADDRS);
        List<byte[]> addresses = new ArrayList<>(naddrs);
        int at = Layout.HOSTENT_SIZE;
        for (int i = 0; i < naddrs; i++, at += addrlen) {
            addresses.add(CStrings.bytes(out, at, addrlen));
        }
        String name = CStrings.read(out, at);
        at = CStrings.end(out, at) + 1;
        List<String> aliases = new ArrayList<>(naliases);
        for (int i = 0; i < naliases; i++) {
            aliases.add(CStrings.read(out, at));
            at = CStrings.end(out, at) + 1;
        }
        return new HostEnt(name, aliases, addrtype, addresses);
    }

    @Override
    public int getservbyname(String name, String proto) throws OSError {
        try (NativeMemory n = CStrings.of(name); NativeMemory p = CStrings.of(proto)) {
            int r = Libpysocket.psk_getservbyname(address(n), address(p));
            return found(r) ? r : -1;
        }
    }

    @Override
    public String getservbyport(int port, String proto) throws OSError {
        try (NativeMemory p = CStrings.of(proto); NativeMemory out = NativeMemory.allocate(NAME_BUFFER)) {
            int r = Libpysocket.psk_getservbyport(port, address(p), out.address(), NAME_BUFFER);
            return found(r) ? CStrings.read(out.buffer(), 0) : null;
        }
    }

    @Override
    public int getprotobyname(String name) throws OSError {
        try (NativeMemory n = CStrings.of(name)) {
            int r = Libpysocket.psk_getprotobyname(address(n));
            return found(r) ? r : -1;
        }
    }

    @Override
    public List<IfName> ifNameindex() throws OSError {
        for (int size = FIRST_BUFFER;; size *= 2) {
            try (NativeMemory out = NativeMemory.allocate(size)) {
                int n = Libpysocket.psk_if_nameindex(out.address(), size);
                if (n == -Errno.ENOBUFS && size < MAX_BUFFER) {
                    continue;
                }
                if (n < 0) {
                    throw error(n);
                }
                ByteBuffer b = out.buffer();
                List<IfName> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int at = i * Layout.IF_ENTRY_SIZE;
                    list.add(new IfName(b.getInt(at + Layout.IF_INDEX), CStrings.read(b, at + Layout.IF_NAME)));
                }
                return list;
            }
        }
    }

    @Override
    public int ifNametoindex(String name) throws OSError {
        try (NativeMemory n = CStrings.of(name)) {
            int r = Libpysocket.psk_if_nametoindex(address(n));
            if (r < 0) {
                throw error(r);
            }
            return r;
        }
    }

    @Override
    public String ifIndextoname(int index) throws OSError {
        try (NativeMemory out = NativeMemory.allocate(NAME_BUFFER)) {
            int r = Libpysocket.psk_if_indextoname(index, out.address(), NAME_BUFFER);
            if (r < 0) {
                throw error(r);
            }
            return CStrings.read(out.buffer(), 0);
        }
    }

    /**
     * found: whether a service or protocol lookup found its entry. -ENOENT is resolve.c's
     * "no such entry", which the caller reports in its own way (Python's OSError with the
     * lookup's message); any other failure raises here.
     */
    private static boolean found(int r) throws OSError {
        if (r == -Errno.ENOENT) {
            return false;
        }
        if (r < 0) {
            throw error(r);
        }
        return true;
    }

    /** error turns a resolve.c failure into Python's exception: gaierror, herror or OSError. */
    private static OSError error(int r) throws OSError {
        if (r > Libpysocket.PSK_GAI_BASE - 10000 && r < Libpysocket.PSK_GAI_BASE + 10000) {
            int eai = r - Libpysocket.PSK_GAI_BASE;
            return new GaiError(eai, message(eai, true));
        }
        if (r > Libpysocket.PSK_H_BASE - 10000 && r <= Libpysocket.PSK_H_BASE) {
            int h = Libpysocket.PSK_H_BASE - r;
            return new HError(h, message(h, false));
        }
        return Errors.fromReturn(r);
    }

    private static String message(int code, boolean gai) throws OSError {
        try (NativeMemory buf = NativeMemory.allocate(MESSAGE_MAX)) {
            if (gai) {
                Libpysocket.psk_gai_strerror(code, buf.address(), MESSAGE_MAX);
            } else {
                Libpysocket.psk_hstrerror(code, buf.address(), MESSAGE_MAX);
            }
            return CStrings.read(buf.buffer(), 0);
        }
    }

    private static long address(NativeMemory m) {
        return CStrings.address(m);
    }
}
