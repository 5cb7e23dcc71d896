package dev.pysocket.internal.posix;

import dev.pysocket.OSError;

/**
 * NativeLoader loads libpysocket once and keeps the cause when it cannot (docs/architecture.md rule
 * 11). This class names no JNA type, so it links even when JNA itself is missing from the
 * class path: every JNA use sits in {@link JnaBinding} and {@link NativeMemory}, reached only
 * after it loaded.
 */
public final class NativeLoader {
    private static final Throwable CAUSE = load();

    private NativeLoader() {
    }

    private static Throwable load() {
        try {
            JnaBinding.register();
            // close() needs the wake signal's handler and the dead socket (docs/close.md): a
            // library that cannot have them does not load, so the choice falls back with a cause.
            int rc = Libpysocket.psk_wake_init();
            if (rc < 0) {
                throw new IllegalStateException("psk_wake_init failed: " + strerror(-rc) + " (errno " + -rc + ")");
            }
            // A library whose records Java cannot read (an older or newer pysocket.h) does not load.
            Layout.load();
            return null;
        } catch (ExceptionInInitializerError e) {
            // Layout's reading failed: its own exception says which number is missing.
            return e.getCause() != null ? e.getCause() : e;
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
        if (CAUSE != null) {
            return null;
        }
        try {
            return NativeInfo.constantTable(n);
        } catch (OSError e) {
            throw new IllegalStateException("no memory for the constant table", e);
        }
    }

    /** strerror returns the C library's message for errno; call only when the library loaded. */
    public static String strerror(int errno) {
        try {
            return NativeInfo.strerror(errno);
        } catch (OSError e) {
            throw new IllegalStateException("no memory for an error message", e);
        }
    }
}
