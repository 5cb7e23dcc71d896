package dev.pysocket.internal;

import dev.pysocket.Address;
import java.util.Arrays;

/**
 * SockAddr: a resolved, numeric socket address as backends exchange it. The facade turns
 * Python-style {@link dev.pysocket.Address}es into SockAddrs (resolving names, checking
 * ports) and back ({@link Addresses}); backends never see a host name.
 *
 * <p>A SockAddr remembers its Python form once converted ({@link Addresses#toAddress}): a backend that
 * hands back the same SockAddr for a peer it has seen before (the native recvfrom does)
 * thereby gets the same {@link Address} too, so a datagram from a known peer costs no
 * allocation. Equality ignores the remembered form. A class rather than a record only for
 * that one field.
 */
public final class SockAddr {
    /** NONE: the kernel reported no address (addrlen 0). */
    public static final SockAddr NONE = new SockAddr(0, new byte[0], 0, 0, 0);

    private final int family;
    private final byte[] addr;
    private final int port;
    private final int flowinfo;
    private final int scopeId;
    /**
     * python: the Python form, set on first conversion. Racy by design, as String's hash: threads
     * that race compute equal values, and an Address has only final fields, so a thread
     * sees either null or a complete one.
     */
    private Address python;

    /**
     * SockAddr builds an address.
     *
     * @param family   the platform's AF_* value; 0 means "no address" (Python's None)
     * @param addr     4 bytes (AF_INET) or 16 bytes (AF_INET6) in network order, or the AF_UNIX
     *                 path bytes without a trailing NUL (empty = unnamed; abstract names start with 0)
     * @param port     0..65535 (inet families)
     * @param flowinfo AF_INET6 flow info (0..0xFFFFF)
     * @param scopeId  AF_INET6 scope id
     */
    public SockAddr(int family, byte[] addr, int port, int flowinfo, int scopeId) {
        this.family = family;
        this.addr = addr;
        this.port = port;
        this.flowinfo = flowinfo;
        this.scopeId = scopeId;
    }

    /** family: the AF_* value, 0 for none. */
    public int family() {
        return family;
    }

    /** addr: the address bytes (not copied: treat as read-only). */
    public byte[] addr() {
        return addr;
    }

    /** port: the port of an inet address. */
    public int port() {
        return port;
    }

    /** flowinfo: the AF_INET6 flow info. */
    public int flowinfo() {
        return flowinfo;
    }

    /** scopeId: the AF_INET6 scope id. */
    public int scopeId() {
        return scopeId;
    }

    /** python: the Python form ({@link Addresses#toAddress}), converted on first use and remembered. */
    Address python() {
        Address p = python;
        if (p == null) {
            p = Addresses.convert(this);
            python = p;
        }
        return p;
    }

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
