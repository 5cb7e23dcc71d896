package dev.pysocket.sendfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.NativeOnlyTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 95, R34, native backend: a child JVM whose SIGPIPE is back at its default action
 * (kill) survives 1000 sends and 100 sendfiles to a closed peer, because libpysocket passes
 * MSG_NOSIGNAL and blocks SIGPIPE around sendfile(2) (which has no such flag), instead of
 * relying on HotSpot's handler. Native only: the jdk backend writes through java.nio, which
 * relies on that handler (a child of the jdk backend is killed: exit 141), as every java.nio
 * program does (README, deviations).
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SigpipeDefaultActionTest extends NativeOnlyTest {
    @TempDir
    Path dir;

    @Test
    void aChildJvmWithSigpipeAtItsDefaultSurvives() throws Exception {
        ChildProcess.Output out = ChildProcess.run(ChildProcess.java(
                List.of(Sockets.class, SigpipeProbe.class, com.sun.jna.Native.class),
                List.of("-Xmx64m", "-Dpysocket.backend=native"), SigpipeProbe.class, dir.toString()),
                Map.of(), Duration.ofSeconds(60));
        assertEquals(0, out.exit(), () -> "child (exit 141 = killed by SIGPIPE): " + out);
        assertEquals("SURVIVED", out.firstLine(), out::toString);
    }
}
