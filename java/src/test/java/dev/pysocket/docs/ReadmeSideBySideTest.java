package dev.pysocket.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ReadmeSideBySideTest runs the README's "Python and Java side by side" example: its Python
 * block under python3 and its Java block, compiled against the library alone, in a JVM of
 * its own on the backend under test (a child, so the program's own output is all there is to
 * compare). Both must print the same lines, which are the ones the README states: the echoed
 * {@code hello}, then {@code timed out} when the second receive meets the 2 s timeout.
 */
class ReadmeSideBySideTest extends BackendTest {
    private static final String HEADING = "## Python and Java side by side";
    private static final List<String> EXPECTED = List.of("hello", "timed out");
    /** Each program waits out one 2 s timeout; a JVM or python3 start on a loaded machine adds a few. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(20);

    private static ChildProcess.Output python;

    @Test
    void javaBlockPrintsWhatThePythonBlockPrints() throws Exception {
        ChildProcess.Output py = python();
        assertEquals(0, py.exit(), () -> "python3 block failed: " + py.stderr());
        assertEquals(EXPECTED, py.stdout().lines().toList(), "the python block's output");

        Path dir = Files.createTempDirectory("pysocket-readme-side-by-side-");
        try {
            Path src = Files.createDirectory(dir.resolve("src"));
            Path out = Files.createDirectory(dir.resolve("out"));
            JavaBlockCompiler.Result compiled = JavaBlockCompiler.compile(ReadmeBlocks.after(HEADING, "java"), src, out);
            assertTrue(compiled.problems().isEmpty(), () -> String.join("\n", compiled.problems()));
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dpysocket.backend=" + backend,
                    "-cp", out + File.pathSeparator + JavaBlockCompiler.libraryClassPath(), compiled.mainClass());
            ChildProcess.Output java = ChildProcess.run(cmd, Map.of("PYSOCKET_BACKEND", backend), RUN_LIMIT);
            assertEquals(0, java.exit(), () -> "java block failed on " + backend + ": " + java.stderr());
            assertEquals("", java.stderr(), "the java block's standard error on " + backend);
            assertEquals(py.stdout(), java.stdout(), "the java block's output on " + backend + " against python3's");
        } finally {
            JavaBlockCompiler.deleteTree(dir);
        }
    }

    /** python: the Python block's run under python3, made once for both backends. */
    private static synchronized ChildProcess.Output python() throws Exception {
        if (python == null) {
            Path script = Files.createTempFile("pysocket-readme-", ".py");
            try {
                Files.writeString(script, ReadmeBlocks.after(HEADING, "python").code(), StandardCharsets.UTF_8);
                python = ChildProcess.run(List.of("python3", script.toString()), Map.of(), RUN_LIMIT);
            } finally {
                Files.deleteIfExists(script);
            }
        }
        return python;
    }
}
