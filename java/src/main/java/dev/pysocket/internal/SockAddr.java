package dev.pysocket.internal;

import java.util.Arrays;

/**
 * SockAddr: a resolved, numeric socket address as backends exchange it. The facade turns
 * Python-style {@link dev.pysocket.Address}es into SockAddrs (resolving names, checking
 * ports) and back; backends never see a host name.
 *
 * @param family   the platform's AF_* value; 0 means "no address" (Python's None)
 * @param addr     4 bytes (AF_INET) or 16 bytes (AF_INET6) in network order, or the AF_UNIX
 *                 path bytes without a trailing NUL (empty = unnamed; abstract names start with 0)
 * @param port     0..65535 (inet families)
 * @param flowinfo AF_INET6 flow info (0..0xFFFFF)
 * @param scopeId  AF_INET6 scope id
 */
public record SockAddr(int family, byte[] addr, int port, int flowinfo, int scopeId) {
    /** NONE: the kernel reported no address (addrlen 0). */
    public static final SockAddr NONE = new SockAddr(0, new byte[0], 0, 0, 0);

    @Override
    public boolean equals(Object o) {
        return o instanceof SockAddr s && s.family == family && Arrays.equals(s.addr, addr)
                && s.port == port && s.flowinfo == flowinfo && s.scopeId == scopeId;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(addr) * 31 + port;
    }

    @Override
    public String toString() {
        return "SockAddr[family=" + family + ", addr=" + Arrays.toString(addr) + ", port=" + port + "]";
    }
}
