package dev.pysocket.internal.jna;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Scratch: per-thread native memory that byte[] calls copy through, allocated once and
 * reused, so a send/recv crosses into C with raw addresses and allocates nothing
 * (performance.md: JNA copies a whole byte[] in and out per call; one exact copy through
 * native memory costs less than half of that).
 *
 * <p>Per thread, not per socket, because Python lets several threads use one socket at once.
 */
final class Scratch {
    /** Buffers up to this size stay allocated for the thread; larger calls use temporary memory. */
    static final int RETAINED_MAX = 4 << 20;
    private static final int INITIAL = 64 << 10;
    /** The largest option value the option area holds (Python's getsockopt buflen limit). */
    static final int OPTION_MAX = 1024;
    /** The psk_addr block, then the option value area. */
    private static final int SMALL_SIZE = Libpysocket.ADDR_SIZE + OPTION_MAX;

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private final ByteBuffer small;
    private final long smallAddress;
    private ByteBuffer data;
    private long dataAddress;
    /** The last direct buffer received into [0] and sent from [1], and their addresses. */
    private final ByteBuffer[] lastDirect = new ByteBuffer[2];
    private final long[] lastDirectAddress = new long[2];

    private Scratch() {
        small = ByteBuffer.allocateDirect(SMALL_SIZE).order(ByteOrder.nativeOrder());
        smallAddress = addressOf(small);
        allocate(INITIAL);
    }

    static Scratch get() {
        return LOCAL.get();
    }

    /** addr: the address of this thread's psk_addr block. */
    long addr() {
        return smallAddress;
    }

    /** addrBuffer: the psk_addr block as a native-order buffer (absolute access only). */
    ByteBuffer addrBuffer() {
        return small;
    }

    /** option: the address of the option value area (1024 bytes), after the psk_addr block. */
    long option() {
        return smallAddress + Libpysocket.ADDR_SIZE;
    }

    /** data returns the address of at least len bytes (len <= RETAINED_MAX). */
    long data(int len) {
        if (len > data.capacity()) {
            allocate(Math.max(len, Math.min(RETAINED_MAX, data.capacity() * 2)));
        }
        return dataAddress;
    }

    /** dataBuffer: the buffer behind {@link #data(int)}, for absolute bulk copies. */
    ByteBuffer dataBuffer() {
        return data;
    }

    /**
     * directAddress returns the base address of a direct buffer. The last buffer seen is
     * remembered per direction (a thread typically reuses one buffer to send and one to
     * receive), so steady-state calls neither ask JNA nor allocate a Pointer.
     */
    long directAddress(ByteBuffer direct, boolean sending) {
        int slot = sending ? 1 : 0;
        if (direct != lastDirect[slot]) {
            lastDirectAddress[slot] = addressOf(direct);
            lastDirect[slot] = direct;
        }
        return lastDirectAddress[slot];
    }

    /** temporary native memory for calls larger than RETAINED_MAX; the caller closes it. */
    static Memory temporary(int len) {
        return new Memory(len);
    }

    private void allocate(int capacity) {
        data = ByteBuffer.allocateDirect(capacity);
        dataAddress = addressOf(data);
    }

    private static long addressOf(ByteBuffer direct) {
        return Pointer.nativeValue(Native.getDirectBufferPointer(direct));
    }
}
