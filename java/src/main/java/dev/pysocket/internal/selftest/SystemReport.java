package dev.pysocket.internal.selftest;

import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.LoadFailure;
import dev.pysocket.internal.posix.NativeLoader;
import dev.pysocket.internal.posix.NativePlatform;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * SystemReport: the selftest's header, one {@code key: value} line each: what pysocket runs on
 * (OS, CPU, C library, JDK), what it chose (backend, binding, the jar's resource directory for
 * this platform, the library file it loaded and where that came from) and, when the native
 * library is not in use, why.
 */
final class SystemReport {
    private SystemReport() {
    }

    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("pysocket: " + version());
        lines.add("os: " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("cpu: " + System.getProperty("os.arch"));
        NativePlatform platform = NativePlatform.current();
        lines.add("libc: " + platform.libc());
        lines.add("jdk: " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version",
                System.getProperty("java.version")) + " (" + System.getProperty("java.home") + ")");
        lines.add("backend: " + Sockets.backend());
        lines.add("binding: " + Sockets.binding());
        String dir = platform.resourceDir();
        lines.add("resources: " + (dir == null ? "none for this platform" : dir));
        String library = NativeLoader.library();
        if (library != null) {
            lines.add("library: " + library);
        }
        String reason = reason();
        if (reason != null) {
            lines.add("reason: " + reason);
        }
        return lines;
    }

    /**
     * reason: why the native backend is not in use: the load failure, or the request that chose
     * jdk; null when it is in use.
     */
    static String reason() {
        Throwable cause = NativeLoader.cause();
        if (cause != null) {
            return LoadFailure.describe(cause);
        }
        if (Backends.name().equals("jdk")) {
            String property = System.getProperty("pysocket.backend");
            return property != null && !property.isBlank() ? "requested: pysocket.backend=" + property
                    : "requested: PYSOCKET_BACKEND=" + System.getenv("PYSOCKET_BACKEND");
        }
        return null;
    }

    /** version: Implementation-Version of the jar this class came from, or "unknown" (classes in a directory). */
    private static String version() {
        CodeSource source = SystemReport.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        try {
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return "unknown";
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest m = file.getManifest();
                String v = m == null ? null : m.getMainAttributes().getValue("Implementation-Version");
                return v == null ? "unknown" : v;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
