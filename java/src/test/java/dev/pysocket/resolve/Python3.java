package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.support.ChildProcess;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Python3 runs a short python3 script and returns its stdout: the reference answers (CPython 3.11). */
final class Python3 {
    private Python3() {
    }

    /** run executes {@code python3 -c script}; it must exit 0 within 20 s (a process start, not a socket wait). */
    static String run(String script) throws IOException, InterruptedException {
        ChildProcess.Output o = ChildProcess.run(List.of("python3", "-c", script), Map.of(), Duration.ofSeconds(20));
        assertEquals(0, o.exit(), o::toString);
        return o.stdout();
    }
}
