package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JarLoadTest: a user's setup, pysocket as a jar (classes and {@code linux-x86-64/libpysocket.so})
 * beside JNA's jar, run in a child JVM for each binding. JNA copies the library out of the jar
 * and, on Linux, deletes the copy once loaded, so the jni binding cannot System.load the file JNA
 * used; it must extract its own copy and load that. The copies go to a private jna.tmpdir, which
 * must be empty again afterwards.
 */
class JarLoadTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void theLibraryLoadsFromTheJarWithEachBinding(String binding) throws Exception {
        Path jar = dir.resolve("pysocket.jar");
        packDirectory(Path.of(ChildProcess.location(Sockets.class)), jar);
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

    private static void packDirectory(Path root, Path jar) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Path f : files) {
                j.putNextEntry(new JarEntry(root.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
                Files.copy(f, j);
                j.closeEntry();
            }
        }
    }
}
