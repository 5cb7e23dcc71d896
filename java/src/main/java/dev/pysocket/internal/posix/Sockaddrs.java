package dev.pysocket.internal.posix;

import dev.pysocket.internal.SockAddr;
import java.nio.ByteBuffer;

/**
 * Sockaddrs writes a {@link SockAddr} into a thread's psk_addr block and reads one back,
 * at the offsets the library reports ({@link Layout}). The facade has already checked
 * lengths; address.c checks them again before building a sockaddr.
 */
final class Sockaddrs {
    private Sockaddrs() {
    }

    /** write puts address into scratch's psk_addr block and returns the block's address. */
    static long write(Scratch scratch, SockAddr address) {
        ByteBuffer b = scratch.addrBuffer();
        byte[] data = address.addr();
        int len = Math.min(data.length, Layout.ADDR_DATA_MAX);
        b.putInt(Layout.ADDR_FAMILY, address.family());
        b.putInt(Layout.ADDR_PORT, address.port());
        b.putInt(Layout.ADDR_FLOWINFO, address.flowinfo());
        b.putInt(Layout.ADDR_SCOPE_ID, address.scopeId());
        b.putInt(Layout.ADDR_LEN, len);
        b.put(Layout.ADDR_DATA, data, 0, len);
        return scratch.addr();
    }

    /** read returns the address C left in scratch's psk_addr block. */
    static SockAddr read(Scratch scratch) {
        return read(scratch.addrBuffer(), 0);
    }

    /** read returns the psk_addr at offset at of b (a native-order buffer); family 0 is {@link SockAddr#NONE}. */
    static SockAddr read(ByteBuffer b, int at) {
        int family = b.getInt(at + Layout.ADDR_FAMILY);
        if (family == 0) {
            return SockAddr.NONE;
        }
        int len = Math.max(0, Math.min(b.getInt(at + Layout.ADDR_LEN), Layout.ADDR_DATA_MAX));
        byte[] data = new byte[len];
        b.get(at + Layout.ADDR_DATA, data, 0, len);
        return new SockAddr(family, data, b.getInt(at + Layout.ADDR_PORT), b.getInt(at + Layout.ADDR_FLOWINFO),
                b.getInt(at + Layout.ADDR_SCOPE_ID));
    }

    /**
     * readSame returns previous when the block holds exactly that address, else a fresh
     * {@link #read}: a datagram socket mostly hears from the same few peers, so recvfrom
     * allocates no address per datagram in the steady state.
     */
    static SockAddr readSame(Scratch scratch, SockAddr previous) {
        if (previous == null || previous.family() == 0) {
            return read(scratch);
        }
        ByteBuffer b = scratch.addrBuffer();
        byte[] data = previous.addr();
        if (b.getInt(Layout.ADDR_FAMILY) != previous.family() || b.getInt(Layout.ADDR_PORT) != previous.port()
                || b.getInt(Layout.ADDR_LEN) != data.length
                || b.getInt(Layout.ADDR_FLOWINFO) != previous.flowinfo()
                || b.getInt(Layout.ADDR_SCOPE_ID) != previous.scopeId()) {
            return read(scratch);
        }
        for (int i = 0; i < data.length; i++) {
            if (b.get(Layout.ADDR_DATA + i) != data[i]) {
                return read(scratch);
            }
        }
        return previous;
    }

    /** clear marks the block as "no address", so a call that writes none reads back NONE. */
    static long clear(Scratch scratch) {
        scratch.addrBuffer().putInt(Layout.ADDR_FAMILY, 0);
        return scratch.addr();
    }
}
