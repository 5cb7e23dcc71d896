package dev.pysocket.internal.posix;

/**
 * NativeLoader loads libpysocket once and keeps the cause when it cannot (DESIGN.md lesson
 * 11). This class names no JNA type, so it links even when JNA itself is missing from the
 * class path: every JNA use sits in {@link JnaBinding}, reached only after it loaded.
 */
public final class NativeLoader {
    private static final Throwable CAUSE = load();

    private NativeLoader() {
    }

    private static Throwable load() {
        try {
            JnaBinding.register();
            return null;
        } catch (Throwable t) {
            // UnsatisfiedLinkError (no libpysocket, no JNA dispatch library) or
            // NoClassDefFoundError (no JNA): both mean "no native backend".
            return t;
        }
    }

    /** cause returns why the library did not load, or null when it did. */
    public static Throwable cause() {
        return CAUSE;
    }

    /** constantTable returns psk_init's table of n constants, or null when the library did not load. */
    public static long[] constantTable(int n) {
        return CAUSE != null ? null : JnaBinding.constantTable(n);
    }

    /** strerror returns the C library's message for errno; call only when the library loaded. */
    public static String strerror(int errno) {
        return JnaBinding.strerror(errno);
    }

    /** pinThread pins the calling thread to cpu (benchmarks); returns 0 or -errno. */
    public static int pinThread(int cpu) {
        return Libpysocket.psk_pin_thread(cpu);
    }
}
