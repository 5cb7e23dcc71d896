package dev.pysocket.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
        ChildProcess.Output o = ChildProcess.run(ChildProcess.java(
                List.of(Sockets.class, LargeReceiveProbe.class, com.sun.jna.Native.class),
                List.of("-XX:MaxDirectMemorySize=64m", "-Dpysocket.backend=" + backend), LargeReceiveProbe.class),
                Map.of(), Duration.ofSeconds(100));
        String out = o.stdout().trim();
        assertEquals(0, o.exit(), o::toString);
        List<String> fields = List.of(out.split(" "));
        assertEquals("failures=0", fields.get(0), o::toString);
        long delta = Long.parseLong(fields.get(1).substring("directDelta=".length()));
        assertTrue(delta <= 64L * (64 << 10), () -> "64 threads keep " + delta + " bytes of direct memory: " + out);
    }
}
