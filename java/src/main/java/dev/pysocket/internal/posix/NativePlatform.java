package dev.pysocket.internal.posix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NativePlatform: the running machine as the loader sees it, the C library and the jar's resource
 * directory that fits it. A placeholder with the interface the selftest needs (issue 14's loader
 * replaces it): the C library is read from the files mapped into this process
 * (/proc/self/maps, proc(5)), the resource directory is known for Linux x86-64 only.
 */
public final class NativePlatform {
    /** RELEASE: the version line glibc's libc.so.6 carries ("... release version 2.36."). */
    private static final Pattern RELEASE = Pattern.compile("release version (\\d+\\.\\d+)");
    private static final NativePlatform CURRENT = new NativePlatform(detectLibc(), detectResourceDir());

    private final String libc;
    private final String resourceDir;

    private NativePlatform(String libc, String resourceDir) {
        this.libc = libc;
        this.resourceDir = resourceDir;
    }

    /** current: the platform this JVM runs on, detected once. */
    public static NativePlatform current() {
        return CURRENT;
    }

    /** libc: "glibc 2.36", "glibc" (version unread), "musl", or "unknown". */
    public String libc() {
        return libc;
    }

    /** resourceDir: the jar's directory holding the library for this platform, or null when it has none. */
    public String resourceDir() {
        return resourceDir;
    }

    private static String detectResourceDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        return os.equals("linux") && (arch.equals("amd64") || arch.equals("x86_64")) ? "linux-x86-64" : null;
    }

    private static String detectLibc() {
        List<String> maps;
        try {
            maps = Files.readAllLines(Path.of("/proc/self/maps"));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        for (String line : maps) {
            int slash = line.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String file = line.substring(slash);
            String name = file.substring(file.lastIndexOf('/') + 1);
            if (name.startsWith("ld-musl-") || name.equals("libc.musl-x86_64.so.1")) {
                return "musl";
            }
            if (name.equals("libc.so.6") || name.matches("libc-\\d+\\.\\d+\\.so")) {
                return "glibc" + glibcVersion(Path.of(file));
            }
        }
        return "unknown";
    }

    /** glibcVersion: " 2.36" read from the library file's release line, or "" when not found. */
    private static String glibcVersion(Path libc) {
        try {
            Matcher m = RELEASE.matcher(new String(Files.readAllBytes(libc), StandardCharsets.ISO_8859_1));
            return m.find() ? " " + m.group(1) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
