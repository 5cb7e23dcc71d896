package dev.pysocket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * RunnerSmokeTest runs {@code benchmarks/run.py --smoke}: every workload of the C program,
 * JMH (in-process, on this test's class path; pysocket native through JNI, and through JNA
 * for a subset) and the CPython script, a few iterations each,
 * so the harness cannot rot. It checks the tables, not the speed (speed is the runner's job).
 */
class RunnerSmokeTest {
    private static final List<String> WORKLOADS = List.of("pp1", "pp64", "pp1to", "bulk", "udp", "conn", "gso", "upp1", "sendfile",
            "readline", "calls", "many100", "many1000", "many10000");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void smokeRunMeasuresEveryWorkloadForCAndJmhAndCpython(@TempDir Path out) throws Exception {
        Path dir = Path.of(System.getProperty("benchmarks.dir", "."));
        Path log = out.resolve("run.log");
        Process p = new ProcessBuilder("python3", dir.resolve("run.py").toString(), "--smoke",
                "--java-cp", System.getProperty("java.class.path"), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(9, TimeUnit.MINUTES), "run.py --smoke did not finish");
        } finally {
            p.destroyForcibly();
        }
        String output = read(log);
        assertEquals(0, p.exitValue(), output);
        String md = read(out.resolve("results.md"));
        for (String w : WORKLOADS) {
            assertTrue(md.contains("### " + w + " "), "no table for " + w + "\n" + md);
        }
        // pysocket native once per binding; the jna rows (a subset in smoke: pp1, gso, calls,
        // many100) prove that path ran.
        for (String impl : List.of("| c |", "| cpython |", "| nio |", "| java.net |", "| pysocket-native@jni |",
                "| pysocket-native@jna |", "| pysocket-native-bb@jni |", "| pysocket-native-bb@jna |",
                "| pysocket-jdk |")) {
            assertTrue(md.contains(impl), "no row " + impl + "\n" + md);
        }
        // the calls table has both bindings' figures for the empty call (no "–")
        assertTrue(md.matches("(?s).*\\| empty native call \\(psk_nop\\) \\| [0-9.]+ \\| [0-9.]+ \\|.*"),
                "no jni and jna figures for psk_nop\n" + md);
        assertTrue(read(out.resolve("results.json")).contains("\"calls:nop/pysocket-native@jna\""));
        assertTrue(read(out.resolve("ratios.svg")).startsWith("<svg"));
        assertTrue(read(out.resolve("results.json")).contains("\"pp1/c\""));
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
