package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.LibraryJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LibraryPathTest: pysocket.library.path and jna.library.path, in child JVMs whose class path
 * also holds the build's library: a file named by either is the one loaded, by both bindings,
 * and a pysocket.library.path that names no usable library is the load's cause, with no search
 * after it (so auto falls back to jdk even though the class path has a library).
 */
class LibraryPathTest {
    private static final String NAME = System.mapLibraryName("pysocket");

    private static ChildProcess.Output probe(String... jvmArgs) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(ChildProcess.java(List.of(Sockets.class, LoaderProbe.class,
                com.sun.jna.Native.class), List.of(jvmArgs), LoaderProbe.class), env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        return o;
    }

    private static Path copyOfTheLibrary(Path dir) throws Exception {
        return Files.copy(LibraryJar.classes().resolve(NativePlatform.current().resourceDir()).resolve(NAME), dir.resolve(NAME));
    }

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void aFileOrDirectoryNamedByThePropertyIsLoadedInPlace(String binding, @TempDir Path dir) throws Exception {
        Path file = copyOfTheLibrary(dir);
        for (String named : new String[] {file.toString(), dir.toString()}) {
            ChildProcess.Output o = probe("-Dpysocket.binding=" + binding, "-Dpysocket.library.path=" + named);
            assertEquals("binding=" + binding + "\nlibrary=" + file + " (pysocket.library.path)\nbackend=native\nrecv=ping\n",
                    o.stdout(), o::toString);
        }
    }

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void aDirectoryOfJnaLibraryPathIsUsed(String binding, @TempDir Path dir) throws Exception {
        Path file = copyOfTheLibrary(dir);
        ChildProcess.Output o = probe("-Dpysocket.binding=" + binding, "-Djna.library.path=/nonexistent:" + dir);
        assertEquals("binding=" + binding + "\nlibrary=" + file + " (jna.library.path)\nbackend=native\nrecv=ping\n",
                o.stdout(), o::toString);
    }

    @Test
    void theClassPathDirectoryIsUsedInPlaceWithoutAnyLogLine() throws Exception {
        ChildProcess.Output o = probe();
        Path inPlace = LibraryJar.classes().resolve(NativePlatform.current().resourceDir()).resolve(NAME);
        assertEquals("binding=jni\nlibrary=" + inPlace + " (class path)\nbackend=native\nrecv=ping\n", o.stdout(), o::toString);
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void anUnusablePropertyIsTheCauseAndNothingElseIsTried(@TempDir Path dir) throws Exception {
        Path notALibrary = Files.writeString(dir.resolve("libpysocket.so"), "not an ELF file\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        String[][] cases = {
            {"/nonexistent/libpysocket.so", "pysocket.library.path=/nonexistent/libpysocket.so: no such file"},
            {empty.toString(), "pysocket.library.path=" + empty + ": the directory holds no " + NAME},
            {notALibrary.toString(), "cannot load " + notALibrary + " (pysocket.library.path): "},
        };
        for (String[] c : cases) {
            ChildProcess.Output o = probe("-Dpysocket.library.path=" + c[0]);
            assertTrue(o.stdout().startsWith("binding=none\ncause=java.lang.UnsatisfiedLinkError: " + c[1]), o::toString);
            assertTrue(o.stdout().endsWith("\nbackend=jdk\nrecv=ping\n"), o::toString);
            assertEquals(1, o.stderr().lines().filter(l -> l.contains("native library unavailable, using the jdk backend: "
                    + "java.lang.UnsatisfiedLinkError: " + c[1])).count(), o::toString);
        }
    }
}
