package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.LibraryJar;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ExtractionMountTest: the library extracted from the jar where /tmp is mounted noexec or
 * read-only, for real: each child JVM (the pysocket jar, JNA's jar, the probe) runs in a mount
 * namespace of its own (unshare(1)) where a fresh tmpfs covers /tmp. The jar, the user cache
 * (XDG_CACHE_HOME) and an unpacked library lie under target/ (exec-able, not under /tmp). JNA's
 * own library goes where JNA puts it (its cache under the user's home) and keeps working.
 * Skipped, with the reason, only where this machine cannot mount in a new namespace.
 */
class ExtractionMountTest {
    /** UNSHARE: the unshare(1) flags that work here (-m as root, -rm through a user namespace), or null. */
    private static String unshare;
    private static Path work;
    private static Path jar;

    @BeforeAll
    static void setUp() throws Exception {
        for (String flags : List.of("-m", "-rm")) {
            try {
                if (ChildProcess.run(List.of("unshare", flags, "sh", "-c", "mount -t tmpfs -o noexec tmpfs /tmp"),
                        Map.of(), Duration.ofSeconds(20)).exit() == 0) {
                    unshare = flags;
                    break;
                }
            } catch (IOException e) {
                break; // no unshare(1)
            }
        }
        work = LibraryJar.workDirectory("mount");
        jar = LibraryJar.pack(LibraryJar.classes(), work.resolve("pysocket.jar"));
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (work != null) {
            LibraryJar.delete(work);
        }
    }

    /**
     * run: the probe in a child JVM in a new mount namespace, after script (mounts) has run there;
     * the cache directory is XDG_CACHE_HOME.
     */
    private static ChildProcess.Output run(String script, Path cache, List<String> jvmArgs) throws Exception {
        assumeTrue(unshare != null, "this machine cannot mount a tmpfs in a new mount namespace (unshare -m, unshare -rm)");
        List<String> cmd = new ArrayList<>(List.of("unshare", unshare, "sh", "-c", script + " && exec \"$@\"", "sh"));
        List<String> java = ChildProcess.java(List.of(com.sun.jna.Native.class, LoaderProbe.class), jvmArgs, LoaderProbe.class);
        int cp = java.indexOf("-cp") + 1;
        java.set(cp, jar + File.pathSeparator + java.get(cp));
        cmd.addAll(java);
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(cmd, env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        return o;
    }

    private static Path cache(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    private static List<String> leftIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void aNoexecTmpIsSkippedForTheUserCache(String binding) throws Exception {
        Path cache = cache("noexec-" + binding);
        ChildProcess.Output o = run("mount -t tmpfs -o noexec tmpfs /tmp", cache, List.of("-Dpysocket.binding=" + binding));
        String pysocketCache = cache.resolve("pysocket").toString();
        assertTrue(o.stdout().startsWith("binding=" + binding + "\nlibrary=" + pysocketCache + "/libpysocket-"), o::toString);
        assertTrue(o.stdout().endsWith(".so (extracted to the user cache)\nbackend=native\nrecv=ping\n"), o::toString);
        String skipped = o.stderr().lines().filter(l -> l.contains("pysocket: cannot use")).findFirst().orElse("");
        assertTrue(skipped.contains("pysocket: cannot use java.io.tmpdir /tmp for the native library: mounted noexec,"
                + " the copy cannot be mapped executable ("), o::toString);
        assertTrue(skipped.contains("/tmp/libpysocket-") && skipped.contains("failed to map segment from shared object"), o::toString);
        assertTrue(o.stderr().contains("pysocket: native library extracted to the user cache " + pysocketCache), o::toString);
        assertEquals(List.of(), leftIn(cache.resolve("pysocket")), "the copy was deleted once loaded");
    }

    @Test
    void aReadOnlyTmpIsSkippedForTheUserCache() throws Exception {
        Path cache = cache("ro");
        ChildProcess.Output o = run("mount -t tmpfs -o ro tmpfs /tmp", cache, List.of());
        assertTrue(o.stdout().startsWith("binding=jni\nlibrary=" + cache.resolve("pysocket") + "/libpysocket-"), o::toString);
        assertTrue(o.stdout().endsWith("backend=native\nrecv=ping\n"), o::toString);
        assertTrue(o.stderr().contains("pysocket: cannot use java.io.tmpdir /tmp for the native library: cannot write there"
                + " (Read-only file system)"), o::toString);
    }

    /** EVERY_DIRECTORY_BAD: /tmp noexec, jna.tmpdir a read-only mount, the cache (under /tmp) noexec. */
    private static final String EVERY_DIRECTORY_BAD = "mount -t tmpfs -o noexec tmpfs /tmp && mkdir /tmp/jna /tmp/cache"
            + " && mount -t tmpfs -o ro tmpfs /tmp/jna";

    @Test
    void whenEveryDirectoryFailsTheJdkBackendSaysWhyForEach() throws Exception {
        ChildProcess.Output o = run(EVERY_DIRECTORY_BAD, Path.of("/tmp/cache"), List.of("-Djna.tmpdir=/tmp/jna"));
        String out = o.stdout();
        assertTrue(out.startsWith("binding=none\ncause=java.lang.UnsatisfiedLinkError: cannot extract jar:file:" + jar), out);
        assertTrue(out.contains(" to a directory where it can be written and mapped executable ("
                + "jna.tmpdir /tmp/jna: cannot write there (Read-only file system); "
                + "java.io.tmpdir /tmp: mounted noexec, the copy cannot be mapped executable (/tmp/libpysocket-"), out);
        assertTrue(out.contains("; the user cache /tmp/cache/pysocket: mounted noexec, the copy cannot be mapped executable"
                + " (/tmp/cache/pysocket/libpysocket-"), out);
        assertTrue(out.contains("set pysocket.library.path to an unpacked libpysocket.so"), out);
        assertTrue(out.endsWith("\nbackend=jdk\nrecv=ping\n"), out);
        List<String> fallback = o.stderr().lines().filter(l -> l.contains("native library unavailable, using the jdk backend")).toList();
        assertEquals(1, fallback.size(), o::toString);
        assertTrue(fallback.get(0).contains("jna.tmpdir /tmp/jna: ") && fallback.get(0).contains("java.io.tmpdir /tmp: ")
                && fallback.get(0).contains("the user cache /tmp/cache/pysocket: "), "one line lists every directory: " + o);
    }

    /**
     * The property's library is used in place, before any extraction; JNA's own library goes to
     * its cache under XDG_CACHE_HOME (an exec-able directory here: JNA needs one too).
     */
    @Test
    void anUnpackedLibraryNamedByThePropertyNeedsNoExtraction() throws Exception {
        String name = System.mapLibraryName("pysocket");
        Path unpacked = Files.createDirectories(work.resolve("unpacked"));
        Files.copy(LibraryJar.classes().resolve(NativePlatform.current().resourceDir()).resolve(name), unpacked.resolve(name));
        Path cache = cache("property");
        ChildProcess.Output o = run("mount -t tmpfs -o noexec tmpfs /tmp", cache, List.of("-Dpysocket.library.path=" + unpacked));
        assertEquals("binding=jni\nlibrary=" + unpacked.resolve(name) + " (pysocket.library.path)\nbackend=native\nrecv=ping\n",
                o.stdout(), o::toString);
        assertEquals(List.of(), o.stderr().lines().filter(l -> l.contains("pysocket:")).toList(), o::toString);
        assertEquals(List.of(), leftIn(cache.resolve("pysocket")), "nothing extracted");
        assertTrue(Files.isRegularFile(unpacked.resolve(name)), "a file used in place stays");
    }
}
