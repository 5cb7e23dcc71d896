package dev.pysocket.sendfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BrokenPipeError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 95 and R34: writes to a peer that went away raise BrokenPipeError or
 * ConnectionResetError, never kill the JVM: 1000 sends, then sendfile, in this JVM (whose
 * SIGPIPE HotSpot handles). {@link SigpipeDefaultActionTest} takes that handler away.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SigpipeTest extends BackendTest {
    @TempDir
    Path dir;

    @Test
    void scenario95ThousandSendsAndSendfileToAClosedPeer() throws Exception {
        Path path = dir.resolve("f.bin");
        Files.write(path, new byte[64 << 10]);
        try (TcpPair p = tcpPair(); FileChannel f = FileChannel.open(path)) {
            closeNow(p.server());
            int broken = 0;
            for (int i = 0; i < 1000; i++) {
                try {
                    p.client().send(new byte[1024]);
                } catch (BrokenPipeError | ConnectionResetError e) {
                    broken++;
                }
            }
            int failed = broken;
            assertTrue(failed > 900, () -> "broken sends: " + failed);
            for (int i = 0; i < 10; i++) {
                OSError e = org.junit.jupiter.api.Assertions.assertThrows(OSError.class, () -> p.client().sendfile(f, 0, null));
                assertTrue(e instanceof BrokenPipeError || e instanceof ConnectionResetError, () -> "raised " + e);
                assertTrue(e.errno() == Errno.EPIPE || e.errno() == Errno.ECONNRESET);
            }
            assertEquals(0, f.position());
        }
    }
}
