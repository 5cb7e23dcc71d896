package dev.pysocket.internal.posix;

import dev.pysocket.internal.SockAddr;
import java.nio.ByteBuffer;

/**
 * Sockaddrs writes a {@link SockAddr} into a thread's psk_addr block and reads one back,
 * at the fixed offsets of native/include/pysocket.h. The facade has already checked
 * lengths; address.c checks them again before building a sockaddr.
 */
final class Sockaddrs {
    private Sockaddrs() {
    }

    /** write puts address into scratch's psk_addr block and returns the block's address. */
    static long write(Scratch scratch, SockAddr address) {
        ByteBuffer b = scratch.addrBuffer();
        byte[] data = address.addr();
        int len = Math.min(data.length, Libpysocket.ADDR_DATA_MAX);
        b.putInt(Libpysocket.ADDR_FAMILY, address.family());
        b.putInt(Libpysocket.ADDR_PORT, address.port());
        b.putInt(Libpysocket.ADDR_FLOWINFO, address.flowinfo());
        b.putInt(Libpysocket.ADDR_SCOPE_ID, address.scopeId());
        b.putInt(Libpysocket.ADDR_LEN, len);
        b.put(Libpysocket.ADDR_DATA, data, 0, len);
        return scratch.addr();
    }

    /** read returns the address C left in scratch's psk_addr block. */
    static SockAddr read(Scratch scratch) {
        ByteBuffer b = scratch.addrBuffer();
        int family = b.getInt(Libpysocket.ADDR_FAMILY);
        if (family == 0) {
            return SockAddr.NONE;
        }
        int len = Math.max(0, Math.min(b.getInt(Libpysocket.ADDR_LEN), Libpysocket.ADDR_DATA_MAX));
        byte[] data = new byte[len];
        b.get(Libpysocket.ADDR_DATA, data, 0, len);
        return new SockAddr(family, data, b.getInt(Libpysocket.ADDR_PORT), b.getInt(Libpysocket.ADDR_FLOWINFO),
                b.getInt(Libpysocket.ADDR_SCOPE_ID));
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
        if (b.getInt(Libpysocket.ADDR_FAMILY) != previous.family() || b.getInt(Libpysocket.ADDR_PORT) != previous.port()
                || b.getInt(Libpysocket.ADDR_LEN) != data.length
                || b.getInt(Libpysocket.ADDR_FLOWINFO) != previous.flowinfo()
                || b.getInt(Libpysocket.ADDR_SCOPE_ID) != previous.scopeId()) {
            return read(scratch);
        }
        for (int i = 0; i < data.length; i++) {
            if (b.get(Libpysocket.ADDR_DATA + i) != data[i]) {
                return read(scratch);
            }
        }
        return previous;
    }

    /** clear marks the block as "no address", so a call that writes none reads back NONE. */
    static long clear(Scratch scratch) {
        scratch.addrBuffer().putInt(Libpysocket.ADDR_FAMILY, 0);
        return scratch.addr();
    }
}
