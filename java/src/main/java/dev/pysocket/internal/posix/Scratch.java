package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.nio.ByteBuffer;

/**
 * Scratch: the native memory one thread's calls copy through (docs/native-memory.md): a
 * psk_addr block with an option area, and a data area for byte[] transfers that grows with
 * use up to {@link #RETAINED_MAX} and is reused, so a send/recv crosses into C with raw
 * addresses and allocates nothing. A transfer larger than that goes through
 * {@link #temporary} memory, freed when the call ends, so what a thread keeps is bounded.
 *
 * <p>All of it is malloc'd ({@link NativeMemory}), not {@code ByteBuffer.allocateDirect}: it does
 * not count against {@code -XX:MaxDirectMemorySize}, and a failure to get it is an
 * {@link OSError} ENOMEM, never an {@link OutOfMemoryError}. Per thread, not per socket,
 * because Python lets several threads use one socket at once; {@link NativeThread} decides
 * which thread holds which.
 */
final class Scratch {
    /** RETAINED_MAX: the most data memory a thread keeps between calls (64 KiB, one bulk chunk). */
    static final int RETAINED_MAX = 64 << 10;
    /** The largest option value the option area holds (Python's getsockopt buflen limit). */
    static final int OPTION_MAX = 1024;
    /** The psk_addr block, then the option value area. */
    private static final int SMALL_SIZE = Layout.ADDR_SIZE + OPTION_MAX;
    /** The data area's first size: small calls (ping-pong) never need more. */
    private static final int FIRST_DATA = 4 << 10;

    private final NativeMemory small;
    private final ByteBuffer smallView;
    private final long smallAddress;
    private NativeMemory data;
    private ByteBuffer dataView;
    private long dataAddress;
    /** The last direct buffer received into [0] and sent from [1], and their addresses. */
    private final ByteBuffer[] lastDirect = new ByteBuffer[2];
    private final long[] lastDirectAddress = new long[2];

    Scratch() throws OSError {
        small = NativeMemory.allocate(SMALL_SIZE);
        smallView = small.buffer();
        smallAddress = small.address();
    }

    /** addr: the address of the psk_addr block. */
    long addr() {
        return smallAddress;
    }

    /** addrBuffer: the psk_addr block, then the option area, as a native-order buffer (absolute access only). */
    ByteBuffer addrBuffer() {
        return smallView;
    }

    /** option: the address of the option value area (1024 bytes), after the psk_addr block. */
    long option() {
        return smallAddress + Layout.ADDR_SIZE;
    }

    /** data returns the address of at least len bytes (len <= RETAINED_MAX), growing the area if needed. */
    long data(int len) throws OSError {
        int capacity = data == null ? 0 : dataView.capacity();
        if (data == null || len > capacity) {
            int size = Math.max(len, Math.min(RETAINED_MAX, Math.max(FIRST_DATA, capacity * 2)));
            NativeMemory grown = NativeMemory.allocate(size);
            if (data != null) {
                data.close();
            }
            data = grown;
            dataView = grown.buffer();
            dataAddress = grown.address();
        }
        return dataAddress;
    }

    /** dataBuffer: the area behind {@link #data(int)}, for absolute bulk copies (after data()). */
    ByteBuffer dataBuffer() {
        return dataView;
    }

    /** dataCapacity: how much data memory this scratch keeps now (at most RETAINED_MAX). */
    int dataCapacity() {
        return data == null ? 0 : dataView.capacity();
    }

    /**
     * directAddress returns the base address of a direct buffer. The last buffer seen is
     * remembered per direction (a thread typically reuses one buffer to send and one to
     * receive), so steady-state calls neither ask the binding nor allocate.
     */
    long directAddress(ByteBuffer direct, boolean sending) {
        int slot = sending ? 1 : 0;
        if (direct != lastDirect[slot]) {
            lastDirectAddress[slot] = NativeMemory.addressOf(direct);
            lastDirect[slot] = direct;
        }
        return lastDirectAddress[slot];
    }

    /** free returns the memory now (a pooled scratch the pool does not keep); the scratch is unusable after. */
    void free() {
        small.close();
        if (data != null) {
            data.close();
        }
        lastDirect[0] = null;
        lastDirect[1] = null;
    }

    /** temporary: len bytes for one call larger than RETAINED_MAX; the caller closes it when the call ends. */
    static NativeMemory temporary(int len) throws OSError {
        return NativeMemory.allocate(len);
    }
}
