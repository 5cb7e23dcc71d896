package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Scratch: the native memory one thread's calls copy through (docs/native-memory.md), in
 * named areas:
 * <ul>
 *   <li>the address area, one psk_addr ({@link #addr()}, read and written by {@link Sockaddrs});</li>
 *   <li>the option area, {@link #OPTION_MAX} bytes for a getsockopt/setsockopt value
 *       ({@link #putOption}, {@link #getOption}); the same bytes serve as the int area, the
 *       {@code int32_t *out} array of psk_socketpair and psk_socket_probe ({@link #ints()},
 *       {@link #intAt});</li>
 *   <li>the data area for byte[] transfers, which grows with use up to {@link #RETAINED_MAX}
 *       and is reused ({@link #data(int)}).</li>
 * </ul>
 * So a send/recv crosses into C with raw addresses and allocates nothing. A transfer larger
 * than that goes through {@link #temporary} memory, freed when the call ends, so what a thread
 * keeps is bounded.
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
    /** OPTION_MAX: the largest option value the option area holds (Python's getsockopt buflen limit). */
    static final int OPTION_MAX = 1024;
    /** SMALL_SIZE: the address area, then the option area. */
    private static final int SMALL_SIZE = Layout.ADDR_SIZE + OPTION_MAX;
    /** FIRST_DATA: the data area's first size: small calls (ping-pong) never need more. */
    private static final int FIRST_DATA = 4 << 10;

    private final NativeMemory small;
    private final long addrAddress;
    private final ByteBuffer addrView;
    private final long optionAddress;
    private final ByteBuffer optionView;
    private NativeMemory data;
    private ByteBuffer dataView;
    private long dataAddress;
    /** lastDirect: the last direct buffer received into [0] and sent from [1], and their addresses. */
    private final ByteBuffer[] lastDirect = new ByteBuffer[2];
    private final long[] lastDirectAddress = new long[2];

    Scratch() throws OSError {
        small = NativeMemory.allocate(SMALL_SIZE);
        ByteBuffer all = small.buffer();
        addrAddress = small.address();
        addrView = all.slice(0, Layout.ADDR_SIZE).order(ByteOrder.nativeOrder());
        optionAddress = small.address() + Layout.ADDR_SIZE;
        optionView = all.slice(Layout.ADDR_SIZE, OPTION_MAX).order(ByteOrder.nativeOrder());
    }

    /** addr: the address of the address area (one psk_addr). */
    long addr() {
        return addrAddress;
    }

    /**
     * addrBuffer: the address area as a native-order buffer, index 0 at the psk_addr (absolute
     * access only).
     */
    ByteBuffer addrBuffer() {
        return addrView;
    }

    /** option: the address of the option area ({@link #OPTION_MAX} bytes). */
    long option() {
        return optionAddress;
    }

    /**
     * putOption copies value (at most {@link #OPTION_MAX} bytes) into the option area and returns
     * its address.
     */
    long putOption(byte[] value) {
        optionView.put(0, value);
        return optionAddress;
    }

    /** optionBuffer: the option area as a native-order buffer, index 0 at its start (absolute access only). */
    ByteBuffer optionBuffer() {
        return optionView;
    }

    /** getOption returns the first len bytes of the option area (len at most {@link #OPTION_MAX}). */
    byte[] getOption(int len) {
        byte[] out = new byte[len];
        optionView.get(0, out);
        return out;
    }

    /** ints: the address of the int area, a C {@code int32_t out[]} of up to OPTION_MAX / 4 entries. */
    long ints() {
        return optionAddress;
    }

    /** intAt returns out[index] of the int area, as C left it. */
    int intAt(int index) {
        return optionView.getInt(index * Integer.BYTES);
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
