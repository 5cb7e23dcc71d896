package dev.pysocket.internal;

import dev.pysocket.internal.jna.NativeLoader;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Platform holds the running platform's constants and error messages, read once: from
 * the C headers through psk_init when the native library loads, else from the Linux
 * tables (DESIGN.md lesson 4).
 */
public final class Platform {
    private static final Map<String, Integer> CONSTANTS;
    private static final String[] MESSAGES = new String[256];
    private static final boolean FROM_NATIVE;

    static {
        int[] nativeTable = NativeLoader.constantTable(ConstantNames.NAMES.length);
        Map<String, Integer> values = new HashMap<>();
        if (nativeTable != null) {
            for (int i = 0; i < ConstantNames.NAMES.length; i++) {
                if (nativeTable[i] != Integer.MIN_VALUE) {
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
        CONSTANTS = Collections.unmodifiableMap(values);
        FROM_NATIVE = nativeTable != null;
    }

    private Platform() {
    }

    /** constant returns the platform value of name, or Integer.MIN_VALUE where it has none. */
    public static int constant(String name) {
        Integer v = CONSTANTS.get(name);
        return v == null ? Integer.MIN_VALUE : v;
    }

    /** has answers whether the platform defines name. */
    public static boolean has(String name) {
        return CONSTANTS.containsKey(name);
    }

    /** constants returns every known constant (name to value). */
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
