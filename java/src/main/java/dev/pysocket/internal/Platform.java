package dev.pysocket.internal;

import dev.pysocket.internal.posix.NativeLoader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Platform holds the running platform's constants and error messages, read once: from
 * the C headers through psk_init when the native library loads, else from the Linux
 * tables (docs/architecture.md rule 10).
 */
public final class Platform {
    /** ABSENT: psk_init's PSK_ABSENT (INT64_MIN): the platform lacks the name. */
    private static final long ABSENT = Long.MIN_VALUE;
    private static final Map<String, Long> VALUES;
    private static final Map<String, Integer> CONSTANTS;
    private static final String[] MESSAGES = new String[256];
    private static final boolean FROM_NATIVE;

    static {
        long[] nativeTable = NativeLoader.constantTable(ConstantNames.NAMES.length);
        Map<String, Long> values = new HashMap<>();
        if (nativeTable != null) {
            for (int i = 0; i < ConstantNames.NAMES.length; i++) {
                if (nativeTable[i] != ABSENT) {
                    values.put(ConstantNames.NAMES[i], nativeTable[i]);
                }
            }
            for (int e = 0; e < MESSAGES.length; e++) {
                MESSAGES[e] = NativeLoader.strerror(e);
            }
        } else {
            values.putAll(LinuxConstants.table());
            Map<Integer, String> linux = LinuxStrerror.table();
            for (int e = 0; e < MESSAGES.length; e++) {
                MESSAGES[e] = linux.get(e);
            }
        }
        Map<String, Integer> narrowed = new HashMap<>();
        values.forEach((name, v) -> narrowed.put(name, (int) (long) v));
        VALUES = Collections.unmodifiableMap(values);
        CONSTANTS = Collections.unmodifiableMap(narrowed);
        FROM_NATIVE = nativeTable != null;
    }

    private Platform() {
    }

    /**
     * constant returns the platform value of name as a C int, or Integer.MIN_VALUE where it
     * has none. The few values above 2^31-1 (INADDR_BROADCAST, ...) come back as their 32-bit
     * pattern; {@link #constantLong} gives them exactly.
     */
    public static int constant(String name) {
        Integer v = CONSTANTS.get(name);
        return v == null ? Integer.MIN_VALUE : v;
    }

    /**
     * constantLong returns the exact platform value of name (Python's int), or Long.MIN_VALUE where
     * it has none.
     */
    public static long constantLong(String name) {
        Long v = VALUES.get(name);
        return v == null ? ABSENT : v;
    }

    /** has answers whether the platform defines name. */
    public static boolean has(String name) {
        return CONSTANTS.containsKey(name);
    }

    /** constants returns every known constant (name to value as a C int). */
    public static Map<String, Integer> constants() {
        return CONSTANTS;
    }

    /** fromNative tells whether the values came from the C headers. */
    public static boolean fromNative() {
        return FROM_NATIVE;
    }

    /** strerror returns the C library's message for errno, as Python's os.strerror. */
    public static String strerror(int errno) {
        String m = errno >= 0 && errno < MESSAGES.length ? MESSAGES[errno] : null;
        return m != null ? m : "Unknown error " + errno;
    }
}
