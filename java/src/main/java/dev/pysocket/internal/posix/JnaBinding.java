package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.Map;

/**
 * JnaBinding binds {@link Libpysocket}'s static natives to libpysocket through JNA direct
 * mapping; with {@link NativeMemory}, the only class that names a JNA type. The
 * library is looked up like any JNA library: jna.library.path, the system paths, then the
 * jar itself ({@code linux-x86-64/libpysocket.so}, extracted by JNA), so a user with only the
 * jar and JNA gets the native backend with no setup.
 */
final class JnaBinding {
    private JnaBinding() {
    }

    /** register binds the natives; UnsatisfiedLinkError when libpysocket or JNA's own library cannot load. */
    static void register() {
        NativeLibrary lib = NativeLibrary.getInstance("pysocket",
                Map.of(Library.OPTION_CLASSLOADER, JnaBinding.class.getClassLoader()));
        Native.register(Libpysocket.class, lib);
    }
}
