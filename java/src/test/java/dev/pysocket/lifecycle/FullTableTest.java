package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.time.Duration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FullTableTest: a socket costs one descriptor, as in CPython. Each scenario runs in a child
 * process under {@code ulimit -n 256} (the test JVM's own limit is too high to fill): CPython
 * ({@code peers/full_table.py}) and pysocket ({@link FullTableProbe}) set it up, fill the
 * descriptor table until EMFILE, free what CPython needs (nothing for a first timed wait, one
 * descriptor for createConnection and createServer) and must then print the same line.
 */
class FullTableTest extends BackendTest {
    private static final int LIMIT = 256;

    @ParameterizedTest
    @ValueSource(strings = {"recv", "accept", "send", "recvfrom"})
    void firstTimedWaitWithAFullTableTimesOutAsInCPython(String scenario) throws Exception {
        assertEquals("TimeoutError: timed out", python(scenario), "CPython's answer");
        assertJava("TimeoutError: timed out", scenario);
    }

    @ParameterizedTest
    @ValueSource(strings = {"create_connection", "create_server"})
    void oneFreeDescriptorIsEnoughAsInCPython(String scenario) throws Exception {
        String expected = scenario.equals("create_server") ? "listening" : "connected";
        assertEquals(expected, python(scenario), "CPython's answer");
        assertJava(expected, scenario);
    }

    private static String python(String scenario) throws Exception {
        String source;
        try (InputStream in = FullTableTest.class.getResourceAsStream("/peers/full_table.py")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return run(List.of("python3", "-c", source, scenario)).firstLine();
    }

    /** assertJava runs the scenario in FullTableProbe and compares its first line; a failure shows the child's output. */
    private void assertJava(String expected, String scenario) throws Exception {
        ChildProcess.Output out = run(ChildProcess.java(List.of(Sockets.class, FullTableProbe.class, com.sun.jna.Native.class),
                // -XX:-UseContainerSupport: in a container, HotSpot's compiler threads read cgroup
                // files (os::available_memory) at moments of their own, each for an instant
                // taking a descriptor that the scenario's one free slot needs (seen with strace).
                List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:-UseContainerSupport", "-Dpysocket.backend=" + backend),
                FullTableProbe.class, scenario));
        assertTrue(out.stdout().contains("\nwarm-up: "), "the probe ran the scenario once before filling the table: " + out);
        assertEquals(expected, out.firstLine(), out::toString);
    }

    /** run starts cmd under {@code ulimit -n LIMIT}; it must exit 0 within 60 s. */
    private static ChildProcess.Output run(List<String> cmd) throws IOException, InterruptedException {
        ChildProcess.Output out = ChildProcess.run(ChildProcess.withFdLimit(LIMIT, cmd), Map.of(), Duration.ofSeconds(60));
        assertEquals(0, out.exit(), () -> "child failed: " + out);
        return out;
    }
}
