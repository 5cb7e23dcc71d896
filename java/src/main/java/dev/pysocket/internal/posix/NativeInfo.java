package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.util.HashMap;
import java.util.Map;

/**
 * NativeInfo: what libpysocket reports about the platform it was built for: the constants
 * (psk_init), the sizes and offsets of its records (psk_layout) and the C library's error
 * messages (psk_strerror). Called only once the library loaded ({@link NativeLoader}).
 */
final class NativeInfo {
    /** MESSAGE_MAX: room for one strerror message, NUL included (glibc's longest is under 60). */
    private static final int MESSAGE_MAX = 256;
    /** LAYOUT_FIRST: the first buffer for psk_layout's text (about 500 bytes today); -ENOBUFS doubles it. */
    private static final int LAYOUT_FIRST = 2048;
    private static final int LAYOUT_MAX = 64 << 10;

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

    /** layout returns psk_layout's numbers by name ("ADDR_SIZE" to 128, ...). */
    static Map<String, Integer> layout() throws OSError {
        for (int size = LAYOUT_FIRST;; size *= 2) {
            try (NativeMemory buf = NativeMemory.allocate(size)) {
                int n = Libpysocket.psk_layout(buf.address(), size);
                // Not Errno.ENOBUFS: this runs while the library loads, before the constants
                // are read, and no other failure is possible with a real buffer.
                if (n < 0 && size < LAYOUT_MAX) {
                    continue;
                }
                if (n < 0) {
                    throw new IllegalStateException("psk_layout failed: " + n);
                }
                return parseLayout(CStrings.read(buf.buffer(), 0));
            }
        }
    }

    /** parseLayout reads psk_layout's "NAME=value" lines. */
    static Map<String, Integer> parseLayout(String text) {
        Map<String, Integer> numbers = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq <= 0 || numbers.put(line.substring(0, eq), Integer.parseInt(line.substring(eq + 1))) != null) {
                throw new IllegalStateException("psk_layout: malformed or repeated line '" + line + "'");
            }
        }
        return numbers;
    }
}
