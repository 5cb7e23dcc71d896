package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.LibraryJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JarLoadTest: a user's setup, pysocket as a jar (classes and {@code <platform>/libpysocket.so})
 * beside JNA's jar, run in a child JVM for each binding. pysocket extracts the library to a fresh
 * file in jna.tmpdir (the first directory it tries, LibraryLocator), both bindings load that
 * file, and the copy is deleted once bound: the private jna.tmpdir, where JNA extracts its own
 * library too, must hold neither copy afterwards.
 */
class JarLoadTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void theLibraryLoadsFromTheJarWithEachBinding(String binding) throws Exception {
        Path jar = dir.resolve("pysocket.jar");
        LibraryJar.pack(LibraryJar.classes(), jar);
        Path tmp = Files.createDirectory(dir.resolve("jna-tmp"));
        List<String> cmd = ChildProcess.java(List.of(BindingProbe.class, com.sun.jna.Native.class),
                List.of("-Dpysocket.binding=" + binding, "-Djna.tmpdir=" + tmp), BindingProbe.class);
        // The jar goes first on the class path, in place of target/classes.
        int cp = cmd.indexOf("-cp") + 1;
        cmd.set(cp, jar + java.io.File.pathSeparator + cmd.get(cp));
        ChildProcess.Output o = ChildProcess.run(cmd, Map.of(), Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        assertEquals("binding=" + binding + "\nbackend=native\nrecv=ping\n", o.stdout(), o::toString);
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.contains("jna") || n.contains("pysocket")).toList(),
                    "the extracted copies were deleted");
        }
    }
}
