package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * ChildProcess: a bounded run of another process (a JVM with a test's main, python3, a shell),
 * for what cannot be tested in the suite's own JVM: another backend choice, a JVM flag, a
 * descriptor limit. Output goes through files, so a chatty child cannot block on a full pipe;
 * the child is destroyed however the run ends.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** Output: how a child ended and what it printed. */
    public record Output(int exit, String stdout, String stderr) {
        /** firstLine: stdout up to its first newline. */
        public String firstLine() {
            int nl = stdout.indexOf('\n');
            return nl < 0 ? stdout : stdout.substring(0, nl);
        }
    }

    /**
     * java: the command that runs main in a new JVM of this one's java.home, with jvmArgs and a
     * class path made of the locations (jar or directory) of classPathOf.
     */
    public static List<String> java(List<Class<?>> classPathOf, List<String> jvmArgs, Class<?> main, String... args) {
        List<String> cp = new ArrayList<>();
        for (Class<?> c : classPathOf) {
            cp.add(location(c));
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", String.join(File.pathSeparator, cp), main.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** withFdLimit: cmd run under {@code ulimit -n limit} (bash). */
    public static List<String> withFdLimit(int limit, List<String> cmd) {
        List<String> limited = new ArrayList<>(List.of("bash", "-c", "ulimit -n " + limit + " && exec \"$@\"", "bash"));
        limited.addAll(cmd);
        return limited;
    }

    /**
     * run starts cmd with stdin from /dev/null, the environment changed by env (a null value
     * removes the variable), and waits at most timeout (the test fails if it is not done).
     */
    public static Output run(List<String> cmd, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("pysocket-child-", ".stdout");
        Path err = Files.createTempFile("pysocket-child-", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        try {
            assertTrue(p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS), () -> "child did not finish: " + cmd);
            return new Output(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            p.destroyForcibly();
            p.getOutputStream().close();
            p.getInputStream().close();
            p.getErrorStream().close();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** location: the jar or class directory c was loaded from. */
    public static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
