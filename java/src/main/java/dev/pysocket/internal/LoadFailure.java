package dev.pysocket.internal;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * LoadFailure says why the native library did not load, for the error a forced
 * {@code pysocket.backend=native} raises and for the fallback's log line: the failure, each
 * cause under it, and, when a library file named in them lies on a file system mounted
 * noexec, that fact and the property that moves it. JNA extracts its own native library to the
 * directory {@code jna.tmpdir} names, by default a cache or temporary directory (pysocket
 * extracts libpysocket there first too, {@code LibraryLocator}); on a noexec mount mmap(2)
 * refuses to map it executable ("failed to map segment from shared object"), which says
 * nothing about the mount.
 */
public final class LoadFailure {
    /** PATH: an absolute path in a message, up to a blank, a colon or a quote. */
    private static final Pattern PATH = Pattern.compile("/[^\\s:'\"]+");
    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");

    private LoadFailure() {
    }

    /** describe: the failure and its causes, plus the noexec explanation where it applies. */
    public static String describe(Throwable failure) {
        StringBuilder b = new StringBuilder(failure.toString());
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(failure);
        for (Throwable c = failure.getCause(); c != null && seen.add(c); c = c.getCause()) {
            b.append("; caused by ").append(c);
        }
        String noexec = noexecDirectory(failure, mountinfo());
        if (noexec != null) {
            b.append("; ").append(noexec).append(" is on a file system mounted noexec, where no library can be"
                    + " mapped executable: JNA extracts its own library to the directory the system property"
                    + " jna.tmpdir names, so set it to one on a file system without noexec (-Djna.tmpdir=DIR),"
                    + " and pysocket extracts libpysocket there too (docs/loading.md)");
        }
        return b.toString();
    }

    /**
     * onNoexecMount tells whether dir (an existing directory) lies on a mount with the noexec
     * option; false where /proc/self/mountinfo cannot be read.
     */
    public static boolean onNoexecMount(Path dir) {
        Path real = existingAncestor(dir);
        return real != null && isNoexec(real.toString(), mountinfo());
    }

    /**
     * noexecDirectory: the directory of the first file, named in the messages of failure, its
     * causes and suppressed exceptions, that lies on a mount with the noexec option; null if
     * none does.
     */
    static String noexecDirectory(Throwable failure, List<String> mountinfo) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        return noexecDirectory(failure, mountinfo, seen);
    }

    private static String noexecDirectory(Throwable t, List<String> mountinfo, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (t.getMessage() != null) {
            Matcher m = PATH.matcher(t.getMessage());
            while (m.find()) {
                Path dir = existingAncestor(Path.of(m.group()));
                if (dir != null && isNoexec(dir.toString(), mountinfo)) {
                    return dir.toString();
                }
            }
        }
        for (Throwable s : t.getSuppressed()) {
            String d = noexecDirectory(s, mountinfo, seen);
            if (d != null) {
                return d;
            }
        }
        return noexecDirectory(t.getCause(), mountinfo, seen);
    }

    /**
     * existingAncestor: the real path of the nearest existing directory at or above path (the file
     * itself may be gone).
     */
    private static Path existingAncestor(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                try {
                    return p.toRealPath();
                } catch (IOException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * isNoexec tells whether dir lies on a mount with the noexec option, read from lines of
     * /proc/self/mountinfo (proc(5): field 5 is the mount point, octal-escaped, field 6 the
     * per-mount options). The mount is the one with the longest mount point containing dir;
     * of mounts stacked on one point the last listed is on top.
     */
    static boolean isNoexec(String dir, List<String> mountinfo) {
        String best = null;
        boolean noexec = false;
        for (String line : mountinfo) {
            String[] f = line.split(" ");
            if (f.length < 6) {
                continue;
            }
            String point = unescape(f[4]);
            boolean contains = dir.equals(point) || point.equals("/")
                    || dir.startsWith(point.endsWith("/") ? point : point + "/");
            if (contains && (best == null || point.length() >= best.length())) {
                best = point;
                noexec = List.of(f[5].split(",")).contains("noexec");
            }
        }
        return noexec;
    }

    /** unescape: mountinfo writes space, tab, newline and backslash as \040, \011, \012, \134. */
    private static String unescape(String field) {
        StringBuilder b = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && field.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static List<String> mountinfo() {
        try {
            // FileInputStream, not Files: NIO's reads keep a temporary direct buffer cached on the thread.
            try (InputStream in = new FileInputStream(MOUNTINFO.toFile())) {
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().collect(Collectors.toList());
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // not Linux, or /proc not mounted: no explanation, the failure still shows
        }
    }
}
