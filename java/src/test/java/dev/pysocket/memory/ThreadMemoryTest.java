package dev.pysocket.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ThreadMemoryTest: what a thread keeps after large transfers is bounded (docs/native-memory.md).
 * 64 threads each make one recv(4 MiB) and one send(4 MiB) in a child JVM whose direct memory
 * is capped at 64 MiB: no call may fail (an OutOfMemoryError "Cannot reserve ... direct buffer
 * memory" was seen with per-thread 4 MiB buffers), and the threads, still alive afterwards,
 * keep at most 64 KiB of direct memory each (native: none, its memory is malloc'd; jdk: the
 * JDK's cached temporary buffer, which pysocket hands at most 64 KiB per call).
 */
class ThreadMemoryTest extends BackendTest {
    @Test
    @Timeout(120)
    void largeTransfersOnManyThreadsNeitherFailNorKeepTheirBuffers() throws Exception {
        String cp = String.join(File.pathSeparator, location(Sockets.class), location(LargeReceiveProbe.class),
                location(com.sun.jna.Native.class));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxDirectMemorySize=64m", "-Dpysocket.backend=" + backend, "-cp", cp,
                LargeReceiveProbe.class.getName()).start();
        try {
            assertTrue(p.waitFor(100, TimeUnit.SECONDS), "probe JVM did not finish");
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), () -> out + err);
            List<String> fields = List.of(out.split(" "));
            assertEquals("failures=0", fields.get(0), () -> out + "\n" + err);
            long delta = Long.parseLong(fields.get(1).substring("directDelta=".length()));
            assertTrue(delta <= 64L * (64 << 10), () -> "64 threads keep " + delta + " bytes of direct memory: " + out);
        } finally {
            p.destroyForcibly();
            p.getInputStream().close();
            p.getErrorStream().close();
            p.getOutputStream().close();
        }
    }

    private static String location(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
