package dev.pysocket.internal.posix;

import dev.pysocket.internal.LoadFailure;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * LibraryLocator finds the libpysocket file for this JVM and has the binding load it, in the
 * order docs/loading.md gives: the system property {@value #LIBRARY_PATH} (a file, or a
 * directory holding libpysocket.so; set and unusable, it is the failure: no search follows),
 * then the directories of {@code jna.library.path}, then the class path resource
 * {@code <dir>/libpysocket.so} for {@link NativePlatform#resourceDir()}: used in place when it
 * is a file, else extracted to a fresh file in the first directory of {@code jna.tmpdir} (when
 * set), {@code java.io.tmpdir} and the user cache ({@code $XDG_CACHE_HOME/pysocket} or
 * {@code ~/.cache/pysocket}) where it can be written and then mapped executable (a noexec
 * mount makes mmap(2) refuse: "failed to map segment from shared object"). Each step's reason
 * is logged at DEBUG, each directory given up at INFO; when all fail the error names each.
 *
 * <p>Plain Java: the binding's own load is passed in ({@link Loader}), so both bindings load
 * the same file. JNI refuses a file another class loader already loaded (a second copy of
 * pysocket in the JVM): that file is copied to a fresh name as an extraction is, and the copy
 * loaded.
 */
final class LibraryLocator {
    /** LIBRARY_PATH: the system property naming an unpacked libpysocket (file or directory). */
    static final String LIBRARY_PATH = "pysocket.library.path";
    private static final System.Logger LOG = System.getLogger("dev.pysocket");
    /** OTHER_LOADER: the end of the JDK's message when another class loader loaded the same file. */
    private static final String OTHER_LOADER = "already loaded in another classloader";

    /** Loader: how a binding loads a library file; UnsatisfiedLinkError when it cannot. */
    @FunctionalInterface
    interface Loader {
        void load(File file);
    }

    /** Candidate: a directory an extracted copy may go to, and what names it (for the messages). */
    record Candidate(String label, Path dir, boolean create) {
        @Override
        public String toString() {
            return label + " " + dir;
        }
    }

    private LibraryLocator() {
    }

    /**
     * locate finds the library and has loader load it; UnsatisfiedLinkError, whose message says
     * every place tried and why it failed, when none works.
     */
    static LibraryFile locate(NativePlatform platform, ClassLoader classLoader, Loader loader) {
        String name = System.mapLibraryName("pysocket");
        String explicit = System.getProperty(LIBRARY_PATH);
        if (explicit != null && !explicit.isBlank()) {
            File given = new File(explicit);
            File f = given.isDirectory() ? new File(given, name) : given;
            if (!f.isFile()) {
                throw new UnsatisfiedLinkError(LIBRARY_PATH + "=" + explicit + ": "
                        + (given.isDirectory() ? "the directory holds no " + name : "no such file"));
            }
            debug("loading " + f.getAbsolutePath() + ", named by " + LIBRARY_PATH);
            return inPlace(f.getAbsoluteFile(), LIBRARY_PATH, loader);
        }
        debug(LIBRARY_PATH + " is not set");
        String jnaPath = System.getProperty("jna.library.path");
        if (jnaPath != null && !jnaPath.isBlank()) {
            for (String dir : jnaPath.split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (!dir.isEmpty() && f.isFile()) {
                    debug("loading " + f.getAbsolutePath() + ", found in jna.library.path");
                    return inPlace(f.getAbsoluteFile(), "jna.library.path", loader);
                }
            }
            debug("no " + name + " in jna.library.path " + jnaPath);
        } else {
            debug("jna.library.path is not set");
        }
        String dir = platform.resourceDir();
        if (dir == null) {
            throw new UnsatisfiedLinkError(platform.unsupportedReason());
        }
        String resource = dir + "/" + name;
        URL url = classLoader.getResource(resource);
        if (url == null) {
            throw new UnsatisfiedLinkError("the class path has no " + resource + " (the library for " + platform + ")");
        }
        if (url.getProtocol().equals("file")) {
            File f;
            try {
                f = Path.of(url.toURI()).toFile();
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new UnsatisfiedLinkError("cannot read " + url + ": " + e.getMessage());
            }
            debug("loading " + f + " in place from the class path");
            return inPlace(f, "class path", loader);
        }
        debug("extracting " + url);
        return extract(url, candidates(), loader);
    }

    /**
     * inPlace loads f where it lies; when JNI answers that another class loader loaded it, a
     * copy is loaded instead (extracted as from a jar), so this class loader gets its own.
     */
    private static LibraryFile inPlace(File f, String source, Loader loader) {
        try {
            loader.load(f);
            return new LibraryFile(f, source, false);
        } catch (UnsatisfiedLinkError e) {
            if (e.getMessage() == null || !e.getMessage().contains(OTHER_LOADER)) {
                UnsatisfiedLinkError named = new UnsatisfiedLinkError("cannot load " + f + " (" + source + "): " + e.getMessage());
                named.initCause(e);
                throw named;
            }
            debug(f + " is loaded by another class loader (a second copy of pysocket): loading a copy of it");
            try {
                return extract(f.toURI().toURL(), candidates(), loader);
            } catch (IOException bad) {
                throw e;
            }
        }
    }

    /**
     * candidates: where an extracted copy may go, in order: jna.tmpdir (when set),
     * java.io.tmpdir, the user cache directory (XDG Base Directory Specification:
     * $XDG_CACHE_HOME, else $HOME/.cache; user.home where HOME is unset), created if missing.
     */
    static List<Candidate> candidates() {
        List<Candidate> c = new ArrayList<>();
        String jna = System.getProperty("jna.tmpdir");
        if (jna != null && !jna.isBlank()) {
            c.add(new Candidate("jna.tmpdir", Path.of(jna), false));
        }
        c.add(new Candidate("java.io.tmpdir", Path.of(System.getProperty("java.io.tmpdir", "/tmp")), false));
        Path cache = absolute(System.getenv("XDG_CACHE_HOME"));
        if (cache == null) {
            Path home = absolute(System.getenv("HOME"));
            cache = (home != null ? home : Path.of(System.getProperty("user.home"))).resolve(".cache");
        }
        c.add(new Candidate("the user cache", cache.resolve("pysocket"), true));
        return c;
    }

    /**
     * extract copies url to a fresh file in the first candidate where it can be written and
     * loaded, logging each one given up; UnsatisfiedLinkError naming every candidate's reason.
     */
    static LibraryFile extract(URL url, List<Candidate> candidates, Loader loader) {
        List<String> reasons = new ArrayList<>();
        UnsatisfiedLinkError last = null;
        for (Candidate c : candidates) {
            Path copy = null;
            try {
                if (c.create()) {
                    Files.createDirectories(c.dir());
                } else if (!Files.isDirectory(c.dir())) {
                    throw new IOException("no such directory");
                }
                copy = Files.createTempFile(c.dir(), "libpysocket-", ".so");
                try (InputStream in = url.openStream()) {
                    Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                }
                loader.load(copy.toFile().getAbsoluteFile());
                LibraryFile loaded = new LibraryFile(copy.toFile().getAbsoluteFile(), "extracted to " + c.label(), true);
                if (!reasons.isEmpty()) {
                    LOG.log(System.Logger.Level.INFO, "pysocket: native library extracted to " + c);
                } else {
                    debug("loaded " + loaded);
                }
                return loaded;
            } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
                deleteQuietly(copy);
                if (e instanceof UnsatisfiedLinkError) {
                    last = (UnsatisfiedLinkError) e;
                    if (!directoryAtFault(c, last)) {
                        // The library itself does not load (another CPU, a C library too old):
                        // every directory would say the same, so this is the cause.
                        UnsatisfiedLinkError error = new UnsatisfiedLinkError("cannot load " + url + " (extracted to " + c
                                + "): " + oneLine(String.valueOf(last.getMessage())));
                        error.initCause(last);
                        throw error;
                    }
                }
                String reason = reason(c, e);
                reasons.add(c + ": " + reason);
                LOG.log(System.Logger.Level.INFO, "pysocket: cannot use " + c + " for the native library: " + reason);
            }
        }
        UnsatisfiedLinkError error = new UnsatisfiedLinkError("cannot extract " + url + " to a directory where it can be"
                + " written and mapped executable (" + String.join("; ", reasons) + "); set " + LIBRARY_PATH
                + " to an unpacked libpysocket.so, or jna.tmpdir to a writable directory without noexec");
        if (last != null) {
            error.initCause(last);
        }
        throw error;
    }

    /**
     * directoryAtFault: whether a load failure is the directory's, so the next one may work:
     * its mount is noexec, or the dynamic loader could not map the file executable ("failed to
     * map segment from shared object", glibc's words for mmap's EPERM; musl says "Operation not
     * permitted") or open it.
     */
    private static boolean directoryAtFault(Candidate c, UnsatisfiedLinkError e) {
        String m = String.valueOf(e.getMessage());
        return (Files.isDirectory(c.dir()) && LoadFailure.onNoexecMount(c.dir()))
                || m.contains("failed to map segment") || m.contains("Operation not permitted") || m.contains("Permission denied");
    }

    /** reason: one line on why candidate c failed with e, naming a noexec mount where that is why. */
    private static String reason(Candidate c, Throwable e) {
        return oneLine(reasonText(c, e));
    }

    /** oneLine: text's lines (JNA's messages have several, some repeated) joined by "; ". */
    private static String oneLine(String text) {
        return String.join("; ", text.lines().map(String::strip).map(l -> l.endsWith(":") ? l.substring(0, l.length() - 1) : l)
                .filter(l -> !l.isEmpty()).distinct().toList());
    }

    private static String reasonText(Candidate c, Throwable e) {
        if (e instanceof FileSystemException) {
            String why = ((FileSystemException) e).getReason();
            return "cannot write there (" + (why != null ? why : e.getClass().getSimpleName()) + ")";
        }
        if (e instanceof UnsatisfiedLinkError) {
            if (Files.isDirectory(c.dir()) && LoadFailure.onNoexecMount(c.dir())) {
                return "mounted noexec, the copy cannot be mapped executable (" + e.getMessage() + ")";
            }
            return String.valueOf(e.getMessage());
        }
        return e instanceof IOException ? e.getMessage() : e.toString();
    }

    /** absolute: the path v names when it is set and absolute (the XDG specification ignores a relative one), else null. */
    private static Path absolute(String v) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        try {
            Path p = Path.of(v);
            return p.isAbsolute() ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }

    private static void debug(String message) {
        LOG.log(System.Logger.Level.DEBUG, "pysocket: " + message);
    }
}
