package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private static final String LIMIT = "256";

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
        return firstLine(run(List.of("python3", "-c", source, scenario)).stdout());
    }

    /** assertJava runs the scenario in FullTableProbe and compares its first line; a failure shows the child's output. */
    private void assertJava(String expected, String scenario) throws Exception {
        List<String> cp = List.of(location(Sockets.class), location(FullTableProbe.class),
                location(com.sun.jna.Native.class));
        Output out = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // -XX:-UseContainerSupport: in a container, HotSpot's compiler threads read cgroup
                // files (os::available_memory) at moments of their own, each for an instant
                // taking a descriptor that the scenario's one free slot needs (seen with strace).
                "-Xmx64m", "-XX:+UseSerialGC", "-XX:-UseContainerSupport", "-Dpysocket.backend=" + backend,
                "-cp", String.join(File.pathSeparator, cp), FullTableProbe.class.getName(), scenario));
        assertTrue(out.stdout().contains("\nwarm-up: "), "the probe ran the scenario once before filling the table: " + out);
        assertEquals(expected, firstLine(out.stdout()), out::toString);
    }

    /** Output: what a child printed. */
    private record Output(String stdout, String stderr) {
    }

    /** run starts cmd under {@code ulimit -n LIMIT} and returns what it printed; it must exit 0 within 60 s. */
    private static Output run(List<String> cmd) throws IOException, InterruptedException {
        List<String> limited = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + LIMIT + " && exec \"$@\"", "bash"));
        limited.addAll(cmd);
        Path out = Files.createTempFile("pysocket-fulltable-", ".stdout");
        Path err = Files.createTempFile("pysocket-fulltable-", ".stderr");
        Process p = new ProcessBuilder(limited).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child did not finish: " + cmd.get(0));
            String stdout = Files.readString(out);
            String stderr = readQuietly(err);
            assertEquals(0, p.exitValue(), () -> "child failed: " + stdout + " " + stderr);
            return new Output(stdout, stderr);
        } finally {
            p.destroyForcibly();
            p.getOutputStream().close();
            p.getInputStream().close();
            p.getErrorStream().close();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "(no stderr: " + e + ")";
        }
    }

    private static String firstLine(String out) {
        int nl = out.indexOf('\n');
        return nl < 0 ? out : out.substring(0, nl);
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
