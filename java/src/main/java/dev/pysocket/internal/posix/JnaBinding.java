package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.io.File;
import java.util.Map;

/**
 * JnaBinding binds {@link Libpysocket}'s static natives to libpysocket through JNA direct
 * mapping; with {@link NativeMemory}, the only class that names a JNA type. The
 * library is looked up like any JNA library: jna.library.path, the system paths, then the
 * jar itself ({@code linux-x86-64/libpysocket.so}, extracted by JNA), so a user with only the
 * jar and JNA gets the native backend with no setup. {@link JniBinding} loads the same file.
 */
final class JnaBinding {
    private JnaBinding() {
    }

    /** register binds the natives; UnsatisfiedLinkError when libpysocket or JNA's own library cannot load. */
    static void register() {
        Native.register(Libpysocket.class, library());
    }

    /**
     * libraryFile returns the libpysocket file JNA found or extracted; UnsatisfiedLinkError when
     * it cannot load, or when it was opened by a bare name and JNA knows no file for it.
     */
    static File libraryFile() {
        File file = library().getFile();
        if (file == null) {
            throw new UnsatisfiedLinkError("JNA loaded libpysocket but knows no file for it (needed by the jni binding)");
        }
        return file;
    }

    private static NativeLibrary library() {
        return NativeLibrary.getInstance("pysocket",
                Map.of(Library.OPTION_CLASSLOADER, JnaBinding.class.getClassLoader()));
    }
}
