package dev.pysocket.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.support.ChildProcess;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RunningProgram: an example program started in the background (a server, or one of several
 * clients that must run at once), for what {@link ChildProcess#run} cannot do: read the port a
 * server prints first while it runs. Output goes to files, so a chatty program cannot block on
 * a full pipe; {@link #close()} destroys the process however the test ends.
 */
final class RunningProgram implements AutoCloseable {
    /** LISTENING: the first line every example server prints. */
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1 (\\d+)");

    private final List<String> cmd;
    private final Process process;
    private final Path out;
    private final Path err;

    private RunningProgram(List<String> cmd, Process process, Path out, Path err) {
        this.cmd = cmd;
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** start runs cmd with stdin from /dev/null and env added to the environment. */
    static RunningProgram start(List<String> cmd, Map<String, String> env) throws IOException {
        Path out = Files.createTempFile("pysocket-example-", ".stdout");
        Path err = Files.createTempFile("pysocket-example-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        try {
            return new RunningProgram(cmd, pb.start(), out, err);
        } catch (IOException e) {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            throw e;
        }
    }

    /** port: the port of the server's first line ("listening on 127.0.0.1 PORT"), waiting at most timeout. */
    int port(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String text = Files.readString(out, StandardCharsets.UTF_8);
            int nl = text.indexOf('\n');
            if (nl >= 0) {
                Matcher m = LISTENING.matcher(text.substring(0, nl));
                if (!m.matches()) {
                    fail("first line is not 'listening on 127.0.0.1 PORT': " + text + "; stderr: " + stderr() + "; " + cmd);
                }
                return Integer.parseInt(m.group(1));
            }
            if (!process.isAlive()) {
                fail("exited (" + process.exitValue() + ") before printing its port; stdout: " + text + "; stderr: "
                        + stderr() + "; " + cmd);
            }
            if (System.nanoTime() > deadline) {
                fail("printed no port within " + timeout + "; stderr: " + stderr() + "; " + cmd);
            }
            Thread.sleep(5);
        }
    }

    /** finish waits at most timeout for the exit (the test fails if it does not come) and returns the output. */
    ChildProcess.Output finish(Duration timeout) throws IOException, InterruptedException {
        boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = stderr();
        assertTrue(ended, () -> "did not finish within " + timeout + "; stdout: " + stdout + "; stderr: " + stderr
                + "; " + cmd);
        return new ChildProcess.Output(process.exitValue(), stdout, stderr);
    }

    /** toString: the command, for failure messages. */
    @Override
    public String toString() {
        return String.join(" ", cmd);
    }

    private String stderr() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    /** close destroys the process if it still runs, then releases its pipes and files. */
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
            process.getOutputStream().close();
            process.getInputStream().close();
            process.getErrorStream().close();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
