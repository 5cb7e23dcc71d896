package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * VirtualThreadServerTest: on a JDK 21+ (found in /usr/lib/jvm, or this JVM itself), a
 * ThreadingTCPServer with virtual threads serves clients connected at once, each handler on a
 * virtual thread. The library stays compiled for Java 17, so it runs in a child JVM of that JDK.
 */
@Timeout(120)
class VirtualThreadServerTest extends BackendTest {
    @Test
    void threadingTcpServerRunsEachRequestOnAVirtualThread() throws Exception {
        Optional<Path> java = Jdk21.java();
        assumeTrue(java.isPresent(), Jdk21.SKIP_REASON);
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
