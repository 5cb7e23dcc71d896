package dev.pysocket.internal.posix;

import dev.pysocket.OSError;

/**
 * NativeInfo: what libpysocket reports about the platform it was built for: the constants
 * (psk_init) and the C library's error messages (psk_strerror). Called only once the library
 * loaded ({@link NativeLoader}).
 */
final class NativeInfo {
    /** MESSAGE_MAX: room for one strerror message, NUL included (glibc's longest is under 60). */
    private static final int MESSAGE_MAX = 256;

    private NativeInfo() {
    }

    /** constantTable returns psk_init's first n constants (PSK_ABSENT where the library has none). */
    static long[] constantTable(int n) throws OSError {
        try (NativeMemory table = NativeMemory.allocate(Long.BYTES * Math.max(1, n))) {
            int got = Libpysocket.psk_init(table.address(), n);
            if (got < 0) {
                throw new IllegalStateException("psk_init failed: " + got);
            }
            long[] values = new long[n];
            table.buffer().asLongBuffer().get(0, values);
            return values;
        }
    }

    /** strerror returns the C library's message for errno. */
    static String strerror(int errno) throws OSError {
        try (NativeMemory buf = NativeMemory.allocate(MESSAGE_MAX)) {
            Libpysocket.psk_strerror(errno, buf.address(), MESSAGE_MAX);
            return CStrings.read(buf.buffer(), 0);
        }
    }
}
