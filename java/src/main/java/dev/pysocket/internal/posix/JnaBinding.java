package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.Map;

/**
 * JnaBinding binds {@link Libpysocket}'s static natives to libpysocket through JNA direct
 * mapping; with {@link NativeMemory}, the only class that names a JNA type. The
 * library is looked up like any JNA library: jna.library.path, the system paths, then the
 * jar itself ({@code linux-x86-64/libpysocket.so}, extracted by JNA), so a user with only the
 * jar and JNA gets the native backend with no setup. {@link JniBinding} loads the same file
 * through {@link #fileForJni()}.
 */
final class JnaBinding {
    private JnaBinding() {
    }

    /** register binds the natives; UnsatisfiedLinkError when libpysocket or JNA's own library cannot load. */
    static void register() {
        Native.register(Libpysocket.class, library());
    }

    /**
     * fileForJni returns the libpysocket file JNI should {@link System#load}, the one JNA would
     * use, without letting JNA map a copy of its own: in order, a {@code jna.library.path}
     * directory, the class path's {@code linux-x86-64/libpysocket.so} (the file itself in a
     * directory; from a jar, a copy written by JNA's own extraction to its temporary directory,
     * which the caller deletes once loaded, as JNA does with the copies it loads), then whatever
     * file JNA's full search opens. UnsatisfiedLinkError when there is none.
     *
     * <p>JNA deletes an extracted copy as soon as it has loaded it (on Linux), so the file
     * behind a library JNA loaded from a jar no longer exists for System.load; and loading a
     * second copy would give the process two sets of the library's globals.
     */
    static LibraryFile fileForJni() {
        String name = System.mapLibraryName("pysocket");
        String paths = System.getProperty("jna.library.path");
        if (paths != null) {
            for (String dir : paths.split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (!dir.isEmpty() && f.isFile()) {
                    return new LibraryFile(f, false);
                }
            }
        }
        ClassLoader loader = JnaBinding.class.getClassLoader();
        URL resource = loader.getResource(Platform.RESOURCE_PREFIX + "/" + name);
        if (resource != null) {
            try {
                return new LibraryFile(Native.extractFromResourcePath("pysocket", loader), !"file".equals(resource.getProtocol()));
            } catch (IOException e) {
                UnsatisfiedLinkError error = new UnsatisfiedLinkError("cannot extract " + resource + ": " + e.getMessage());
                error.initCause(e);
                throw error;
            }
        }
        File f = library().getFile();
        if (f == null || !f.isFile()) {
            throw new UnsatisfiedLinkError("JNA loaded libpysocket but knows no file for it (needed by the jni binding): " + f);
        }
        return new LibraryFile(f, false);
    }

    private static NativeLibrary library() {
        return NativeLibrary.getInstance("pysocket",
                Map.of(Library.OPTION_CLASSLOADER, JnaBinding.class.getClassLoader()));
    }
}
