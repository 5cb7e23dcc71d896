package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * VirtualThreadServerTest: on a JDK 21+ (found in /usr/lib/jvm, or this JVM itself), a
 * ThreadingTCPServer with virtual threads serves clients connected at once, each handler on a
 * virtual thread. The library stays compiled for Java 17, so it runs in a child JVM of that JDK.
 */
@Timeout(120)
class VirtualThreadServerTest extends BackendTest {
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    /** jdk21: the java launcher of a JDK 21 or later, if there is one. */
    private static Optional<Path> jdk21() throws IOException {
        List<Path> homes = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> s = Files.list(jvms)) {
                s.sorted().forEach(homes::add);
            }
        }
        for (Path home : homes) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin").resolve("java");
            if (Files.isRegularFile(release) && Files.isExecutable(java)) {
                Matcher m = VERSION.matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 21) {
                    return Optional.of(java);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void threadingTcpServerRunsEachRequestOnAVirtualThread() throws Exception {
        Optional<Path> java = jdk21();
        assumeTrue(java.isPresent(), "no JDK 21+ found (java.home or /usr/lib/jvm): virtual threads need one");
        List<String> cmd = new ArrayList<>(ChildProcess.java(
                List.of(Sockets.class, VirtualThreadEchoProbe.class, com.sun.jna.Native.class),
                List.of("-Xmx64m", "-Dpysocket.backend=" + backend), VirtualThreadEchoProbe.class));
        cmd.set(0, java.get().toString());
        ChildProcess.Output out = ChildProcess.run(cmd, Map.of(), Duration.ofSeconds(90));
        assertEquals(0, out.exit(), () -> "child JVM failed: " + out);
        assertEquals("client0 virtual=true\nclient1 virtual=true\nclient2 virtual=true\nclient3 virtual=true\n", out.stdout(),
                () -> "stderr: " + out.stderr());
    }
}
