package dev.pysocket.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Jdk21 finds a Java 21+ for what needs virtual threads while the library (and the suite) runs
 * on Java 17: the home named by the system property {@code pysocket.jdk21} or the environment
 * variable {@code PYSOCKET_JDK21}, else the running JVM's own home when it is 21+, else the newest
 * Java 21+ under /usr/lib/jvm. Callers skip,
 * saying so, where there is none.
 */
public final class Jdk21 {
    /** SKIP_REASON: what a test that needs one says when there is none. */
    public static final String SKIP_REASON =
            "no Java 21+ found (set -Dpysocket.jdk21 or PYSOCKET_JDK21 to its home): virtual threads need one";

    private Jdk21() {
    }

    /** home: the home of a Java 21+, if there is one. */
    public static Optional<Path> home() {
        String named = System.getProperty("pysocket.jdk21", System.getenv("PYSOCKET_JDK21"));
        if (named != null && !named.isEmpty()) {
            return Optional.of(Path.of(named));
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java")) && featureVersion(h) >= 21)
                    .max((a, b) -> Integer.compare(featureVersion(a), featureVersion(b)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** java: the java launcher of {@link #home()}, if there is one. */
    public static Optional<Path> java() {
        return home().map(h -> h.resolve("bin").resolve("java"));
    }

    /** featureVersion: the JAVA_VERSION of home's release file ("25.0.1": 25), 0 if unreadable. */
    public static int featureVersion(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    int dot = v.indexOf('.');
                    return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
