package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Python3 runs a short python3 script and returns its stdout: the reference answers (CPython 3.11). */
final class Python3 {
    private Python3() {
    }

    /** run executes {@code python3 -c script}; it must exit 0 within 20 s (a process start, not a socket wait). */
    static String run(String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                fail("python3 did not answer in 20 s");
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.exitValue(), out);
            return out;
        } finally {
            p.destroyForcibly();
            p.getInputStream().close();
            p.getOutputStream().close();
        }
    }
}
