package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PythonPeer runs one of the python3 scripts in {@code src/test/resources/peers/} as a
 * subprocess on loopback, bounded in time: the reference CPython on the other end of a
 * pysocket connection (docs/architecture.md rule 13). Every wait is bounded and close() destroys the
 * process and releases its pipes, so a peer never outlives its test.
 *
 * <p>Scripts speak a line protocol on stdout (e.g. {@code PORT 40123}, {@code OK 1048576});
 * stderr goes to a temporary file that is included in failure messages.
 */
public final class PythonPeer implements AutoCloseable {
    private final Process process;
    private final BufferedReader stdout;
    private final Path stderr;

    private PythonPeer(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** start runs {@code python3 -u -c <peers/script>} with args. */
    public static PythonPeer start(String script, String... args) throws IOException {
        String source;
        try (InputStream in = PythonPeer.class.getResourceAsStream("/peers/" + script)) {
            if (in == null) {
                throw new IOException("no test resource /peers/" + script);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> cmd = new ArrayList<>(List.of("python3", "-u", "-c", source));
        cmd.addAll(List.of(args));
        Path err = Files.createTempFile("pysocket-peer-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(err.toFile());
        try {
            return new PythonPeer(pb.start(), err);
        } catch (IOException e) {
            Files.deleteIfExists(err);
            throw new IOException("cannot run python3 (needed for the interop tests): " + e.getMessage(), e);
        }
    }

    /**
     * readLine returns the script's next stdout line, waiting at most timeoutSeconds; fails
     * if the script exits or stays silent.
     */
    public String readLine(long timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        StringBuilder line = new StringBuilder();
        InputStream in = process.getInputStream();
        while (true) {
            if (in.available() > 0 || !process.isAlive()) {
                int c = in.read();
                if (c < 0) {
                    fail("python peer ended without a line (exit " + exitValueOrNull() + "), read so far '" + line
                            + "'; stderr: " + stderrText());
                }
                if (c == '\n') {
                    return line.toString();
                }
                line.append((char) c);
                continue;
            }
            if (System.nanoTime() > deadline) {
                fail("python peer printed no line within " + timeoutSeconds + " s; stderr: " + stderrText());
            }
            Thread.sleep(2);
        }
    }

    /** waitFor waits at most timeoutSeconds for the exit and returns the code; fails on timeout. */
    public int waitFor(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            fail("python peer did not exit within " + timeoutSeconds + " s; stderr: " + stderrText());
        }
        return process.exitValue();
    }

    /** rest returns whatever the script printed on stdout after the lines already read (after exit). */
    public String rest() throws IOException {
        StringBuilder sb = new StringBuilder();
        String l;
        while ((l = stdout.readLine()) != null) {
            sb.append(l).append('\n');
        }
        return sb.toString();
    }

    /** stderrText returns the script's stderr so far. */
    public String stderrText() {
        try {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private Integer exitValueOrNull() {
        return process.isAlive() ? null : process.exitValue();
    }

    /** close destroys the process if it still runs and releases its pipes and files. */
    @Override
    public void close() throws IOException {
        try {
            if (process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            try {
                stdout.close();
                process.getOutputStream().close();
                process.getErrorStream().close();
            } finally {
                Files.deleteIfExists(stderr);
            }
        }
    }
}
