package dev.pysocket.internal.posix;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * NativeMemory: one block of malloc'd memory that C reads and writes through its raw
 * {@link #address()}, and that Java reads and writes through a {@link #buffer()} view. It is
 * JNA's {@link Memory} under both bindings (jni and jna, docs/native-boundary.md): with
 * {@link JnaBinding}, the only class of the native backend that names a JNA type, so JNA stays
 * a dependency of the native backend whichever binding makes the calls. The jni binding's
 * byte[] wrappers do not use it: they copy through C memory of the call (docs/native-memory.md).
 *
 * <p>The memory is freed by {@link #close()}, or, for a block nobody closes (a platform
 * thread's scratch memory, docs/native-memory.md), when the garbage collector finds it
 * unreachable: JNA's {@link Memory} frees itself through a cleaner.
 */
final class NativeMemory implements AutoCloseable {
    private final Memory memory;
    private final long address;
    private final ByteBuffer view;

    private NativeMemory(Memory memory, int size) {
        this.memory = memory;
        this.address = Pointer.nativeValue(memory);
        this.view = memory.getByteBuffer(0, size).order(ByteOrder.nativeOrder());
    }

    /**
     * allocate mallocs size bytes (size > 0). JNA reports a failed malloc as OutOfMemoryError
     * ("Cannot allocate N bytes"): a socket call raises ENOMEM instead, as C's recv would.
     */
    static NativeMemory allocate(int size) throws OSError {
        Memory m;
        try {
            m = new Memory(size);
        } catch (OutOfMemoryError e) {
            OSError err = OSError.of(Errno.ENOMEM);
            err.initCause(e);
            throw err;
        }
        return new NativeMemory(m, size);
    }

    /** address: where the block starts, for C. */
    long address() {
        return address;
    }

    /** buffer: the whole block as a native-order buffer; use absolute access only (it is shared). */
    ByteBuffer buffer() {
        return view;
    }

    /** size: the block's size in bytes. */
    int size() {
        return view.capacity();
    }

    /** close frees the block now; it must not be used after. Closing twice is harmless. */
    @Override
    public void close() {
        memory.close();
    }

    /** addressOf returns where a direct buffer's memory starts (its address at index 0). */
    static long addressOf(ByteBuffer direct) {
        return Pointer.nativeValue(Native.getDirectBufferPointer(direct));
    }
}
