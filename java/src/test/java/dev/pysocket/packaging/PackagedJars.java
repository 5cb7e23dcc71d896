package dev.pysocket.packaging;

import dev.pysocket.support.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PackagedJars: the jars {@code mvn package} made (failsafe passes their paths: system properties
 * {@code pysocket.test.jar} and {@code pysocket.test.jar.all}), laid out as a user would have
 * them, and the child JVMs that run them.
 */
final class PackagedJars {
    /** TIMEOUT: a child JVM's bound; the selftest itself takes about a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private PackagedJars() {
    }

    /** jar: pysocket-VERSION.jar, the library with the selftest as its Main-Class. */
    static Path jar() {
        return property("pysocket.test.jar");
    }

    /** allJar: pysocket-VERSION-all.jar, the same with JNA inside. */
    static Path allJar() {
        return property("pysocket.test.jar.all");
    }

    /** version: the project version, read off the jar's name (pysocket-VERSION.jar). */
    static String version() {
        String name = jar().getFileName().toString();
        return name.substring("pysocket-".length(), name.length() - ".jar".length());
    }

    /** jnaJar: JNA's jar as Maven stores it (jna-VERSION.jar), the one the suite runs with. */
    static Path jnaJar() {
        return Path.of(ChildProcess.location(com.sun.jna.Native.class));
    }

    /** copyInto: copies jars into dir under their own names, as a download beside each other; returns the copies. */
    static List<Path> copyInto(Path dir, Path... jars) throws IOException {
        List<Path> copies = new java.util.ArrayList<>();
        for (Path jar : jars) {
            copies.add(Files.copy(jar, dir.resolve(jar.getFileName())));
        }
        return copies;
    }

    /** run: cmd with the backend and binding left to their defaults (no PYSOCKET_* from the environment). */
    static ChildProcess.Output run(List<String> cmd) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BACKEND", null);
        env.put("PYSOCKET_BINDING", null);
        return ChildProcess.run(cmd, env, TIMEOUT);
    }

    /** java: the launcher of this JVM's home. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path property(String name) {
        String v = System.getProperty(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(name + " is not set: the *IT classes run under failsafe, after package");
        }
        Path p = Path.of(v);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(name + "=" + v + " is not a file: run them after package");
        }
        return p;
    }
}
