package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.internal.posix.LibraryLocator.Candidate;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibraryLocatorTest: extraction's order and its messages, with a loader written here that
 * refuses chosen directories (ExtractionMountTest does it with real noexec and read-only
 * mounts), and the 32-bit rule of the jna binding.
 */
class LibraryLocatorTest {
    @TempDir
    Path dir;

    private URL source() throws Exception {
        return Files.writeString(dir.resolve("libsource.so"), "library bytes").toUri().toURL();
    }

    private static List<String> names(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void theFirstDirectoryThatLoadsIsUsedAndTheOthersGiveTheirReasons() throws Exception {
        Path missing = dir.resolve("missing");
        Path refused = Files.createDirectory(dir.resolve("refused"));
        Path good = Files.createDirectory(dir.resolve("good"));
        Path notADirectory = Files.writeString(dir.resolve("file"), "");
        List<File> tried = new ArrayList<>();
        LibraryFile f = LibraryLocator.extract(source(), List.of(new Candidate("one", missing, false),
                new Candidate("two", notADirectory, false), new Candidate("three", refused, false),
                new Candidate("four", good, false)), file -> {
                    tried.add(file);
                    assertEquals("library bytes", read(file));
                    if (file.getParentFile().toPath().equals(refused)) {
                        throw new UnsatisfiedLinkError(file + ": failed to map segment from shared object");
                    }
                });
        assertEquals(2, tried.size(), tried::toString);
        assertEquals(good, f.file().getParentFile().toPath());
        assertTrue(f.file().getName().matches("libpysocket-\\d+\\.so"), f::toString);
        assertEquals("extracted to four", f.source());
        assertTrue(f.temporary());
        assertEquals(List.of(), names(refused), "the refused copy was deleted");
        f.release();
        assertFalse(f.file().exists(), "released: deleted");
    }

    @Test
    void whenNoneLoadsTheErrorNamesEachDirectoryAndItsReason() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class, () -> LibraryLocator.extract(source(),
                List.of(new Candidate("jna.tmpdir", a, false), new Candidate("java.io.tmpdir", b, false)), file -> {
                    throw new UnsatisfiedLinkError("refused:\n  failed to map segment from shared object\nrefused:");
                }));
        String m = e.getMessage();
        assertTrue(m.startsWith("cannot extract " + source() + " to a directory where it can be written and mapped executable ("
                + "jna.tmpdir " + a + ": refused; failed to map segment from shared object; java.io.tmpdir " + b
                + ": refused; failed to map segment from shared object); set pysocket.library.path"), m);
        assertFalse(m.contains("\n"), "one line");
        assertEquals(List.of(), names(a));
        assertEquals(List.of(), names(b));
    }

    /** A library that does not load for its own sake (another CPU, an old glibc) stops the search at once. */
    @Test
    void aLibraryThatCannotLoadAnywhereIsTheCauseAtTheFirstDirectory() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        List<File> tried = new ArrayList<>();
        String why = "/x/libpysocket-1.so: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.99' not found";
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class, () -> LibraryLocator.extract(source(),
                List.of(new Candidate("jna.tmpdir", a, false), new Candidate("java.io.tmpdir", b, false)), file -> {
                    tried.add(file);
                    throw new UnsatisfiedLinkError(why);
                }));
        assertEquals(1, tried.size(), tried::toString);
        assertEquals("cannot load " + source() + " (extracted to jna.tmpdir " + a + "): " + why, e.getMessage());
        assertEquals(List.of(), names(a), "the copy was deleted");
    }

    @Test
    void theCacheCandidateIsCreatedWhenMissing() throws Exception {
        Path cache = dir.resolve("cache").resolve("pysocket");
        LibraryFile f = LibraryLocator.extract(source(), List.of(new Candidate("the user cache", cache, true)), file -> { });
        assertEquals(cache, f.file().getParentFile().toPath());
        f.release();
    }

    @Test
    void theCandidatesAreJnaTmpdirThenJavaIoTmpdirThenTheUserCache() {
        List<Candidate> c = LibraryLocator.candidates();
        List<String> labels = c.stream().map(Candidate::label).toList();
        String jna = System.getProperty("jna.tmpdir");
        assertEquals(jna == null ? List.of("java.io.tmpdir", "the user cache") : List.of("jna.tmpdir", "java.io.tmpdir", "the user cache"),
                labels);
        assertTrue(c.get(c.size() - 1).dir().endsWith(Path.of(".cache", "pysocket")) || System.getenv("XDG_CACHE_HOME") != null, c::toString);
    }

    @Test
    void theJnaBindingNeedsA64BitJvm() {
        NativeLoader.refuseJnaOn32Bit("64");
        UnsatisfiedLinkError e = assertThrows(UnsatisfiedLinkError.class, () -> NativeLoader.refuseJnaOn32Bit("32"));
        assertEquals("the jna binding needs a 64-bit JVM (this one is 32-bit): Libpysocket passes pointers and sizes as Java long,"
                + " which only the jni binding narrows for a 32-bit library", e.getMessage());
    }

    private static String read(File f) {
        try {
            return Files.readString(f.toPath());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
