package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.util.Locale;

/**
 * NativeLoader loads libpysocket once and keeps the cause when it cannot (docs/architecture.md rule
 * 11). This class names no JNA type, so it links even when JNA itself is missing from the
 * class path: every JNA use sits in {@link JnaBinding} and {@link NativeMemory}, reached only
 * after it loaded.
 *
 * <p>The natives are bound one of two ways, chosen once by the system property
 * {@code pysocket.binding} or else the environment variable {@code PYSOCKET_BINDING}, each
 * {@code jni|jna} (default jni): {@link JniBinding} (RegisterNatives onto generated wrappers) or
 * {@link JnaBinding} (JNA direct mapping). A bad value, or a binding that fails, is the load's
 * cause: the backend choice then falls back or fails as for any load failure, naming it. One
 * exception: when neither the property nor the variable chose a binding and JNI's registration
 * fails (a library built with {@code -DPSK_JNI=OFF}, a wrapper that matches no declaration), the
 * natives are bound through JNA instead (64-bit JVMs only), and one INFO line says so and why.
 * Both bindings load the same file, found by {@link LibraryLocator} for {@link NativePlatform}.
 */
public final class NativeLoader {
    private static final System.Logger LOG = System.getLogger("dev.pysocket");
    /** REQUESTED: the binding the property or variable named, lower case, or null when neither did. */
    private static final String REQUESTED = requestedBinding();
    /** binding: the binding in use once load() ran ("jni", "jna", or a bad value load() reports). */
    private static String binding = REQUESTED == null ? "jni" : REQUESTED;
    /** library: the file loaded, or null. */
    private static LibraryFile library;
    private static final Throwable CAUSE = load();

    private NativeLoader() {
    }

    private static Throwable load() {
        try {
            NativePlatform platform = NativePlatform.current();
            String fallback = null;
            if (binding.equals("jni") || binding.equals("jna")) {
                // Both bindings use JNA's memory (NativeMemory): an older JNA fails here, clearly,
                // and so does a missing one (JNA's NoClassDefFoundError alone names a class, not JNA).
                try {
                    JnaBinding.requireSupportedVersion();
                } catch (NoClassDefFoundError e) {
                    UnsatisfiedLinkError missing = new UnsatisfiedLinkError("JNA is not on the class or module path"
                            + " (pysocket needs net.java.dev.jna:jna " + JnaBinding.LOWEST + " or later under either binding)");
                    missing.initCause(e);
                    throw missing;
                }
            }
            switch (binding) {
                case "jni":
                    fallback = registerJni(platform);
                    break;
                case "jna":
                    refuseJnaOn32Bit(System.getProperty("sun.arch.data.model"));
                    library = JnaBinding.load(platform);
                    JnaBinding.register(library);
                    break;
                default:
                    throw new IllegalArgumentException("pysocket.binding must be jni or jna, not '" + binding + "'");
            }
            // close() needs the wake signal's handler and the dead socket (docs/close.md): a
            // library that cannot have them does not load, so the choice falls back with a cause.
            int rc = Libpysocket.psk_wake_init();
            if (rc < 0) {
                throw new IllegalStateException("psk_wake_init failed: " + strerror(-rc) + " (errno " + -rc + ")");
            }
            // A library whose records Java cannot read (an older or newer pysocket.h) does not load.
            Layout.load();
            if (fallback == null) {
                LOG.log(System.Logger.Level.DEBUG, "pysocket: native library " + library + " bound through " + binding);
            } else {
                LOG.log(System.Logger.Level.INFO, "pysocket: native library bound through jna: the jni binding failed: " + fallback);
            }
            return null;
        } catch (ExceptionInInitializerError e) {
            // Layout's reading failed: its own exception says which number is missing.
            return e.getCause() != null ? e.getCause() : e;
        } catch (Throwable t) {
            // UnsatisfiedLinkError (no libpysocket, no JNA dispatch library) or
            // NoClassDefFoundError (no JNA): both mean "no native backend".
            return t;
        } finally {
            // An extracted copy is deleted once bound: the mapping outlives the file.
            if (library != null) {
                library.release();
            }
        }
    }

    /**
     * registerJni binds through JNI; null when it did. When no binding was chosen and JNI's
     * registration failed once the file loaded (UnsatisfiedLinkError: no registration
     * function; NoSuchMethodError: a wrapper matching no declaration), it binds the same file
     * through JNA and returns why JNI failed (on a 64-bit JVM only: {@link #refuseJnaOn32Bit}). A
     * chosen jni fails the load with JNI's error, as before; so does a file that could not be
     * found or loaded, which JNA could not load either.
     */
    private static String registerJni(NativePlatform platform) {
        library = JniBinding.load(platform);
        try {
            JniBinding.register();
            return null;
        } catch (UnsatisfiedLinkError | NoSuchMethodError e) {
            if (REQUESTED != null) {
                throw e;
            }
            try {
                refuseJnaOn32Bit(System.getProperty("sun.arch.data.model"));
                if (library.source().equals(JniBinding.TEST_LIBRARY)) {
                    library = JnaBinding.load(platform); // the hook's file is not libpysocket
                }
                JnaBinding.register(library);
            } catch (RuntimeException | LinkageError jna) {
                jna.addSuppressed(e);
                throw jna;
            }
            binding = "jna";
            return e.toString();
        }
    }

    /**
     * refuseJnaOn32Bit: the jna binding on a JVM whose sun.arch.data.model is not 64 is an
     * UnsatisfiedLinkError. Libpysocket declares every pointer and size_t as a Java long;
     * JNI's generated wrappers cast it to the C type, but JNA's direct mapping would pass a
     * 64-bit value where a 32-bit library reads a 32-bit one (and shift every argument after).
     */
    static void refuseJnaOn32Bit(String dataModel) {
        if (!"64".equals(dataModel)) {
            throw new UnsatisfiedLinkError("the jna binding needs a 64-bit JVM (this one is " + dataModel
                    + "-bit): Libpysocket passes pointers and sizes as Java long, which only the jni binding"
                    + " narrows for a 32-bit library");
        }
    }

    private static String requestedBinding() {
        String v = System.getProperty("pysocket.binding");
        if (v == null || v.isBlank()) {
            v = System.getenv("PYSOCKET_BINDING");
        }
        return v == null || v.isBlank() ? null : v.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * binding returns "jni" or "jna", the binding the natives went through, or null when the
     * library did not load. Sockets.binding() answers it for users.
     */
    public static String binding() {
        return CAUSE == null ? binding : null;
    }

    /**
     * library returns the loaded file and where it came from ("/tmp/libpysocket-123.so
     * (extracted to java.io.tmpdir)"; an extracted copy is already deleted), or null when the
     * library did not load. For the selftest and the tests.
     */
    public static String library() {
        return CAUSE == null && library != null ? library.toString() : null;
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
