package dev.pysocket.internal.posix;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NativePlatform: which of the jar's native libraries fits the running JVM, decided in plain
 * Java (no JNA type, so it answers where JNA is missing or cannot load): the OS and CPU from
 * {@code os.name} / {@code os.arch}, the C library from the files the JVM process itself has
 * mapped (/proc/self/maps, proc(5)). A glibc library mapped into a musl process (or the other
 * way round) crashes the JVM, so when the C library cannot be identified there is no library.
 *
 * <p>The jar's directories (docs/loading.md): glibc {@code linux-x86-64}, {@code linux-aarch64},
 * {@code linux-arm} (armhf: hard-float only, told by its dynamic loader ld-linux-armhf.so.3),
 * {@code linux-riscv64}, {@code linux-ppc64le}, {@code linux-s390x}; musl
 * {@code linux-x86-64-musl}, {@code linux-aarch64-musl}.
 */
public final class NativePlatform {
    /** Libc: the C library kinds told apart. */
    enum Libc { GLIBC, MUSL, UNKNOWN }

    /**
     * MappedLibc: what /proc/self/maps says about the C library: its kind, the file that told
     * (the glibc libc file, for its version), and for 32-bit ARM whether the loader is the
     * hard-float one.
     */
    record MappedLibc(Libc kind, String file, boolean armHardFloat) {
    }

    private static final Pattern MUSL = Pattern.compile("(?:ld-musl-[^/]*\\.so\\.1|libc\\.musl-[^/]*\\.so\\.1)");
    /** MUSL_DIR: Debian's musl packages install musl as libc.so in a *-linux-musl directory. */
    private static final Pattern MUSL_DIR = Pattern.compile(".*/[^/]*-linux-musl[^/]*/libc\\.so");
    private static final Pattern GLIBC_LIBC = Pattern.compile("libc\\.so\\.6|libc-\\d+\\.\\d+\\.so");
    private static final Pattern GLIBC_LOADER = Pattern.compile("ld-linux[^/]*\\.so\\.\\d|ld-\\d+\\.\\d+\\.so");
    private static final Pattern VERSIONED_NAME = Pattern.compile("libc-(\\d+\\.\\d+)\\.so");
    private static final Pattern RELEASE = Pattern.compile("release version (\\d+\\.\\d+)");

    private static final class Current {
        static final NativePlatform VALUE = detect();
    }

    private final String os;
    private final String arch;
    private final MappedLibc libc;
    private final String resourceDir;
    private final String unsupportedReason;
    private String libcText;

    NativePlatform(String osName, String osArch, MappedLibc libc) {
        this.os = osName;
        this.arch = cpu(osArch);
        this.libc = libc;
        String reason = null;
        String dir = null;
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            reason = "no native library for " + osName + " in the jar (Linux only)";
        } else if (arch == null) {
            reason = "no native library for the CPU " + osArch + " in the jar";
        } else if (libc.kind() == Libc.UNKNOWN) {
            reason = "cannot tell the C library from /proc/self/maps (neither glibc nor musl is mapped),"
                    + " and loading a library built for the other one would crash the JVM";
        } else if (libc.kind() == Libc.MUSL) {
            if (arch.equals("x86-64") || arch.equals("aarch64")) {
                dir = "linux-" + arch + "-musl";
            } else {
                reason = "no musl native library for " + arch + " in the jar (musl: x86-64 and aarch64 only)";
            }
        } else if (arch.equals("arm") && !libc.armHardFloat()) {
            reason = "no native library for soft-float 32-bit ARM (armel) in the jar (armhf only:"
                    + " the JVM does not run under ld-linux-armhf.so.3)";
        } else {
            dir = "linux-" + arch;
        }
        this.resourceDir = dir;
        this.unsupportedReason = reason;
    }

    /** current: the running JVM's platform, detected once. */
    public static NativePlatform current() {
        return Current.VALUE;
    }

    private static NativePlatform detect() {
        String maps;
        try {
            // FileInputStream, not Files: NIO's channel reads into a heap buffer through a
            // temporary direct buffer that the JDK then keeps cached on this thread
            // (sun.nio.ch.Util.getTemporaryDirectBuffer), for the life of the thread.
            try (InputStream in = new FileInputStream("/proc/self/maps")) {
                maps = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
        } catch (IOException | RuntimeException e) {
            maps = ""; // not Linux, or no /proc: the C library stays unknown
        }
        return new NativePlatform(System.getProperty("os.name", "?"), System.getProperty("os.arch", "?"), mappedLibc(maps));
    }

    /**
     * cpu: os.arch as the jar's directories name it (x86-64, aarch64, arm, riscv64, ppc64le,
     * s390x), or null for a CPU the jar has no library for.
     */
    static String cpu(String osArch) {
        switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64":
            case "x86_64":
                return "x86-64";
            case "aarch64":
                return "aarch64";
            case "arm":
                return "arm";
            case "riscv64":
                return "riscv64";
            case "ppc64le":
                return "ppc64le";
            case "s390x":
                return "s390x";
            default:
                return null;
        }
    }

    /**
     * mappedLibc reads /proc/self/maps text (proc(5): the path is the sixth field, after the
     * inode, symbolic links resolved): musl's dynamic loader, which is its libc too
     * (Alpine's /lib/ld-musl-ARCH.so.1, also named libc.musl-ARCH.so.1; Debian's musl package
     * links it to /usr/lib/ARCH-linux-musl/libc.so) makes it musl, whatever else is mapped
     * (gcompat runs glibc programs on musl); else glibc's libc.so.6 (libc-2.NN.so before glibc
     * 2.34) or its loader (ld-linux*.so.N, ld-2.NN.so) makes it glibc; else unknown.
     */
    static MappedLibc mappedLibc(String maps) {
        boolean musl = false;
        String glibc = null;
        boolean glibcSeen = false;
        boolean armhf = false;
        for (String line : maps.split("\n")) {
            int slash = line.indexOf(" /");
            if (slash < 0) {
                continue;
            }
            String path = line.substring(slash + 1).trim();
            if (path.endsWith(" (deleted)")) {
                path = path.substring(0, path.length() - " (deleted)".length());
            }
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (MUSL.matcher(name).matches() || MUSL_DIR.matcher(path).matches()) {
                musl = true;
            } else if (GLIBC_LIBC.matcher(name).matches()) {
                glibcSeen = true;
                glibc = path;
            } else if (GLIBC_LOADER.matcher(name).matches()) {
                glibcSeen = true;
                armhf |= name.equals("ld-linux-armhf.so.3");
            }
        }
        if (musl) {
            return new MappedLibc(Libc.MUSL, null, false);
        }
        return glibcSeen ? new MappedLibc(Libc.GLIBC, glibc, armhf) : new MappedLibc(Libc.UNKNOWN, null, false);
    }

    /** os: the OS name (os.name). */
    public String os() {
        return os;
    }

    /** arch: the CPU as the jar's directories name it (x86-64, aarch64, ...), or null for one it has no library for. */
    public String arch() {
        return arch;
    }

    /**
     * libc: the C library for people: "glibc 2.36" (the version from the libc file's name, or
     * else from its release string; "glibc" where neither tells), "musl", or "unknown".
     */
    public synchronized String libc() {
        if (libcText == null) {
            switch (libc.kind()) {
                case MUSL:
                    libcText = "musl";
                    break;
                case GLIBC:
                    String v = glibcVersion(libc.file());
                    libcText = v == null ? "glibc" : "glibc " + v;
                    break;
                default:
                    libcText = "unknown";
            }
        }
        return libcText;
    }

    /** libcKind: the C library's kind. */
    Libc libcKind() {
        return libc.kind();
    }

    /** resourceDir: the jar's directory holding this platform's library, or null when there is none. */
    public String resourceDir() {
        return resourceDir;
    }

    /** unsupportedReason: why the jar has no library for this platform, one line; null when it has one. */
    public String unsupportedReason() {
        return unsupportedReason;
    }

    /**
     * glibcVersion: "2.NN" from libc-2.NN.so (glibc before 2.34 names its file so), else from
     * the "release version 2.NN" string glibc's libc.so.6 carries (it prints it when run); null
     * when neither is found.
     */
    static String glibcVersion(String file) {
        if (file == null) {
            return null;
        }
        Matcher named = VERSIONED_NAME.matcher(file);
        if (named.find()) {
            return named.group(1);
        }
        try (InputStream in = new FileInputStream(file)) { // not Files: see detect()
            byte[] chunk = new byte[1 << 16];
            String carry = "";
            for (int n; (n = in.readNBytes(chunk, 0, chunk.length)) > 0;) {
                String text = carry + new String(chunk, 0, n, StandardCharsets.ISO_8859_1);
                Matcher m = RELEASE.matcher(text);
                if (m.find()) {
                    return m.group(1);
                }
                carry = text.substring(Math.max(0, text.length() - 32));
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    @Override
    public String toString() {
        return os + " " + (arch == null ? System.getProperty("os.arch") : arch) + " " + libc();
    }
}
