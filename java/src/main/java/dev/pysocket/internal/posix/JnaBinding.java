package dev.pysocket.internal.posix;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JnaBinding registers {@link Libpysocket}'s natives and reads the load-time tables. The
 * library is looked up like any JNA library: jna.library.path, the system paths, then the
 * jar itself ({@code linux-x86-64/libpysocket.so}, extracted by JNA), so a user with only the
 * jar and JNA gets the native backend with no setup.
 */
final class JnaBinding {
    private JnaBinding() {
    }

    static void register() {
        NativeLibrary lib = NativeLibrary.getInstance("pysocket",
                Map.of(Library.OPTION_CLASSLOADER, JnaBinding.class.getClassLoader()));
        Native.register(Libpysocket.class, lib);
        // close() needs the wake signal's handler and the dead socket (docs/close.md): a
        // library that cannot have them does not load, so the choice falls back with a cause.
        int rc = Libpysocket.psk_wake_init();
        if (rc < 0) {
            throw new IllegalStateException("psk_wake_init failed: " + strerror(-rc) + " (errno " + -rc + ")");
        }
    }

    static long[] constantTable(int n) {
        try (Memory table = new Memory(8L * n)) {
            int got = Libpysocket.psk_init(Pointer.nativeValue(table), n);
            if (got < 0) {
                throw new IllegalStateException("psk_init failed: " + got);
            }
            return table.getLongArray(0, n);
        }
    }

    static String strerror(int errno) {
        try (Memory buf = new Memory(256)) {
            int len = Libpysocket.psk_strerror(errno, Pointer.nativeValue(buf), 256);
            return new String(buf.getByteArray(0, Math.max(0, Math.min(len, 255))), StandardCharsets.UTF_8);
        }
    }
}
