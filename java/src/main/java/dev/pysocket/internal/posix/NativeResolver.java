package dev.pysocket.internal.posix;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.pysocket.Errno;
import dev.pysocket.GaiError;
import dev.pysocket.HError;
import dev.pysocket.IfName;
import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.Resolver;
import dev.pysocket.internal.SockAddr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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

    /** First answer buffer; -ENOBUFS doubles it up to MAX_BUFFER. */
    private static final int FIRST_BUFFER = 16 << 10;
    private static final int MAX_BUFFER = 16 << 20;
    private static final int NAME_BUFFER = 1025;

    private NativeResolver() {
    }

    @Override
    public List<Entry> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError {
        try (Memory h = cString(host); Memory s = cString(service); Memory hints = new Memory(16)) {
            hints.setInt(0, family);
            hints.setInt(4, type);
            hints.setInt(8, proto);
            hints.setInt(12, flags);
            for (int size = FIRST_BUFFER;; size *= 2) {
                try (Memory out = new Memory(size)) {
                    int n = Libpysocket.psk_getaddrinfo(address(h), address(s), address(hints), address(out), size);
                    if (n == -Errno.ENOBUFS && size < MAX_BUFFER) {
                        continue;
                    }
                    if (n < 0) {
                        throw error(n);
                    }
                    return entries(out, n);
                }
            }
        }
    }

    private static List<Entry> entries(Memory out, int n) {
        List<Entry> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long at = Libpysocket.PSK_AI_HEADER + (long) i * Libpysocket.PSK_AI_ENTRY_SIZE;
            int canon = out.getInt(at + 12);
            String canonname = canon == 0 ? null : out.getString(canon, StandardCharsets.UTF_8.name());
            list.add(new Entry(out.getInt(at), out.getInt(at + 4), out.getInt(at + 8), canonname,
                    sockAddr(out.getByteBuffer(at + 16, Libpysocket.ADDR_SIZE))));
        }
        return list;
    }

    /** sockAddr reads a psk_addr (pysocket.h offsets), as Sockaddrs.read does for scratch memory. */
    private static SockAddr sockAddr(ByteBuffer b) {
        b.order(ByteOrder.nativeOrder());
        int len = Math.max(0, Math.min(b.getInt(Libpysocket.ADDR_LEN), Libpysocket.ADDR_DATA_MAX));
        byte[] data = new byte[len];
        b.get(Libpysocket.ADDR_DATA, data, 0, len);
        return new SockAddr(b.getInt(Libpysocket.ADDR_FAMILY), data, b.getInt(Libpysocket.ADDR_PORT),
                b.getInt(Libpysocket.ADDR_FLOWINFO), b.getInt(Libpysocket.ADDR_SCOPE_ID));
    }

    @Override
    public String[] getnameinfo(SockAddr addr, int flags) throws OSError {
        try (NativeThread t = NativeThread.enter(); Memory out = new Memory(Libpysocket.PSK_NI_SIZE)) {
            long a = Sockaddrs.write(t.scratch(), addr);
            int r = Libpysocket.psk_getnameinfo(a, flags, address(out), Libpysocket.PSK_NI_SIZE);
            if (r < 0) {
                throw error(r);
            }
            return new String[] {utf8(out, 0), utf8(out, Libpysocket.PSK_NI_SERV_OFFSET)};
        }
    }

    @Override
    public String gethostname() throws OSError {
        try (Memory out = new Memory(NAME_BUFFER)) {
            int r = Libpysocket.psk_gethostname(address(out), NAME_BUFFER);
            if (r < 0) {
                throw error(r);
            }
            return utf8(out, 0);
        }
    }

    @Override
    public HostEnt gethostbyname(String name) throws OSError {
        try (Memory n = cString(name)) {
            return hostent(size -> {
                try (Memory out = new Memory(size)) {
                    int r = Libpysocket.psk_gethostbyname(address(n), address(out), size);
                    return r < 0 ? new Answer(r, null) : new Answer(r, parseHostent(out));
                }
            });
        }
    }

    @Override
    public HostEnt gethostbyaddr(SockAddr addr) throws OSError {
        try (NativeThread t = NativeThread.enter()) {
            long a = Sockaddrs.write(t.scratch(), addr);
            return hostent(size -> {
                try (Memory out = new Memory(size)) {
                    int r = Libpysocket.psk_gethostbyaddr(a, address(out), size);
                    return r < 0 ? new Answer(r, null) : new Answer(r, parseHostent(out));
                }
            });
        }
    }

    private record Answer(int result, HostEnt hostent) {
    }

    private interface Call {
        Answer run(int size);
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

    private static HostEnt parseHostent(Memory out) {
        int addrtype = out.getInt(0);
        int addrlen = out.getInt(4);
        int naliases = out.getInt(8);
        int naddrs = out.getInt(12);
        List<byte[]> addresses = new ArrayList<>(naddrs);
        long at = 16;
        for (int i = 0; i < naddrs; i++, at += addrlen) {
            addresses.add(out.getByteArray(at, addrlen));
        }
        long[] cursor = {at};
        String name = nextString(out, cursor);
        List<String> aliases = new ArrayList<>(naliases);
        for (int i = 0; i < naliases; i++) {
            aliases.add(nextString(out, cursor));
        }
        return new HostEnt(name, aliases, addrtype, addresses);
    }

    /** nextString reads the NUL-terminated string at cursor[0] and moves the cursor past it. */
    private static String nextString(Memory out, long[] cursor) {
        long end = cursor[0] + out.indexOf(cursor[0], (byte) 0); // indexOf counts from its offset
        String s = new String(out.getByteArray(cursor[0], (int) (end - cursor[0])), StandardCharsets.UTF_8);
        cursor[0] = end + 1;
        return s;
    }

    @Override
    public int getservbyname(String name, String proto) throws OSError {
        try (Memory n = cString(name); Memory p = cString(proto)) {
            int r = Libpysocket.psk_getservbyname(address(n), address(p));
            return found(r) ? r : -1;
        }
    }

    @Override
    public String getservbyport(int port, String proto) throws OSError {
        try (Memory p = cString(proto); Memory out = new Memory(NAME_BUFFER)) {
            int r = Libpysocket.psk_getservbyport(port, address(p), address(out), NAME_BUFFER);
            return found(r) ? utf8(out, 0) : null;
        }
    }

    @Override
    public int getprotobyname(String name) throws OSError {
        try (Memory n = cString(name)) {
            int r = Libpysocket.psk_getprotobyname(address(n));
            return found(r) ? r : -1;
        }
    }

    @Override
    public List<IfName> ifNameindex() throws OSError {
        for (int size = FIRST_BUFFER;; size *= 2) {
            try (Memory out = new Memory(size)) {
                int n = Libpysocket.psk_if_nameindex(address(out), size);
                if (n == -Errno.ENOBUFS && size < MAX_BUFFER) {
                    continue;
                }
                if (n < 0) {
                    throw error(n);
                }
                List<IfName> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    long at = (long) i * Libpysocket.PSK_IF_ENTRY_SIZE;
                    list.add(new IfName(out.getInt(at), utf8(out, at + 4)));
                }
                return list;
            }
        }
    }

    @Override
    public int ifNametoindex(String name) throws OSError {
        try (Memory n = cString(name)) {
            int r = Libpysocket.psk_if_nametoindex(address(n));
            if (r < 0) {
                throw error(r);
            }
            return r;
        }
    }

    @Override
    public String ifIndextoname(int index) throws OSError {
        try (Memory out = new Memory(NAME_BUFFER)) {
            int r = Libpysocket.psk_if_indextoname(index, address(out), NAME_BUFFER);
            if (r < 0) {
                throw error(r);
            }
            return utf8(out, 0);
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
    private static OSError error(int r) {
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

    private static String message(int code, boolean gai) {
        try (Memory buf = new Memory(256)) {
            if (gai) {
                Libpysocket.psk_gai_strerror(code, address(buf), 256);
            } else {
                Libpysocket.psk_hstrerror(code, address(buf), 256);
            }
            return utf8(buf, 0);
        }
    }

    /** cString: s as NUL-terminated UTF-8 in new native memory; null for null (C's NULL). */
    private static Memory cString(String s) {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1L);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        return m;
    }

    private static long address(Memory m) {
        return m == null ? 0 : Pointer.nativeValue(m);
    }

    private static String utf8(Memory m, long offset) {
        return m.getString(offset, StandardCharsets.UTF_8.name());
    }
}
