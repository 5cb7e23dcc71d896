package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
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
    private JnaBinding() {
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
