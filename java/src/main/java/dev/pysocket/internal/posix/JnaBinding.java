package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/**
 * JnaBinding binds {@link Libpysocket}'s static natives to libpysocket through JNA direct
 * mapping; with {@link NativeMemory}, the only class that names a JNA type. JNA opens the file
 * {@link LibraryLocator} finds, by its absolute path: JNA's own search for "pysocket" (its
 * system paths, its resource prefix) is not used, since it cannot tell a musl library from a
 * glibc one. JNA's own library (libjnidispatch) is JNA's business: it extracts it to
 * {@code jna.tmpdir} or its cache directory.
 */
final class JnaBinding {
    /**
     * LOWEST: the oldest JNA pysocket works with: {@link NativeMemory} closes JNA's Memory,
     * which became AutoCloseable in JNA 5.12.0 (older versions have no Memory.close()).
     */
    static final String LOWEST = "5.12.0";

    private JnaBinding() {
    }

    /**
     * requireSupportedVersion: UnsatisfiedLinkError naming the JNA found when it is older than
     * {@link #LOWEST} (told by what pysocket needs of it, Memory.close()); both bindings use JNA's
     * memory, so it is checked before either binds. NoClassDefFoundError where JNA is missing.
     */
    static void requireSupportedVersion() {
        try {
            Memory.class.getMethod("close");
        } catch (NoSuchMethodException e) {
            String version = Native.class.getPackage().getImplementationVersion(); // "5.11.0 (b0)"
            throw new UnsatisfiedLinkError("JNA " + (version == null ? "" : version.replaceFirst(" .*", "") + " ") + "(" + where()
                    + ") is older than " + LOWEST + ", the oldest JNA pysocket works with (it has no Memory.close())");
        }
    }

    /** where: the file JNA's classes came from (or their URL, where that is no file). */
    private static String where() {
        try {
            URL url = Native.class.getProtectionDomain().getCodeSource().getLocation();
            return url.getProtocol().equals("file") ? Path.of(url.toURI()).toString() : url.toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "location unknown";
        }
    }

    /**
     * load finds the library and has JNA open it; UnsatisfiedLinkError when no file is found or
     * none opens, or JNA's own library cannot load (NoClassDefFoundError without JNA).
     */
    static LibraryFile load(NativePlatform platform) {
        // JNA's own library first: its failure is not the fault of a directory tried below.
        if (Native.POINTER_SIZE != Long.BYTES) {
            throw new UnsatisfiedLinkError("JNA reports " + Native.POINTER_SIZE + "-byte pointers: the jna binding needs a 64-bit JVM");
        }
        return LibraryLocator.locate(platform, JnaBinding.class.getClassLoader(), JnaBinding::open);
    }

    /** register binds the natives to file, which {@link #load} (or JNI's System.load) opened. */
    static void register(LibraryFile file) {
        Native.register(Libpysocket.class, open(file.file()));
    }

    private static NativeLibrary open(File file) {
        return NativeLibrary.getInstance(file.getPath(), Map.of(Library.OPTION_CLASSLOADER, JnaBinding.class.getClassLoader()));
    }
}
