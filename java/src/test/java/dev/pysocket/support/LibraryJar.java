package dev.pysocket.support;

import dev.pysocket.Sockets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * LibraryJar: the library as a user gets it, a jar of the build's classes and native libraries,
 * for child JVMs that load pysocket from a jar (the library is then extracted, not used in
 * place); and work directories under target/ for tests whose child hides /tmp behind a mount.
 */
public final class LibraryJar {
    private LibraryJar() {
    }

    /** classes: the build's class directory (target/classes), which holds the native libraries too. */
    public static Path classes() {
        return Path.of(ChildProcess.location(Sockets.class));
    }

    /** pack writes every file under root into a new jar at jar. */
    public static Path pack(Path root, Path jar) throws IOException {
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
        return jar;
    }

    /**
     * workDirectory: a new directory under target/loader-tests (a disk file system without
     * noexec, unlike a /tmp a test may mount over); {@link #delete} removes it.
     */
    public static Path workDirectory(String name) throws IOException {
        Path parent = Files.createDirectories(classes().getParent().resolve("loader-tests"));
        return Files.createTempDirectory(parent, name + "-").toRealPath();
    }

    /** delete removes dir and everything under it. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
