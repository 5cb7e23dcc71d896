package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * SignalStorm sends one thread of this JVM a signal every interval, as a sampling profiler or
 * a busy timer would, from a python3 child ({@code ctypes} and the tgkill system call), for at
 * most a bounded time; close() stops it.
 *
 * <p>The signal is the JDK's own wake signal, SIGRTMAX-2 (62 with glibc): sun.nio.ch.NativeThread
 * installs a no-op handler for it, so it interrupts a blocking system call (EINTR) and does
 * nothing else. Before sending, the storm checks in /proc/self/status that this JVM catches it
 * (an uncaught 62 would kill the JVM) and refuses to start otherwise.
 */
public final class SignalStorm implements AutoCloseable {
    /** JDK_WAKE_SIGNAL: SIGRTMAX-2 on glibc, the JDK's NativeThread signal. */
    public static final int JDK_WAKE_SIGNAL = 62;

    private static final String SCRIPT = String.join("\n",
            "import ctypes, sys, time",
            "pid, tid, sig, nr = (int(a) for a in sys.argv[1:5])",
            "interval, limit = float(sys.argv[5]), float(sys.argv[6])",
            "libc = ctypes.CDLL(None, use_errno=True)",
            "end = time.monotonic() + limit",
            "sent = 0",
            "print('go', flush=True)",
            "while time.monotonic() < end and libc.syscall(nr, pid, tid, sig) == 0:",
            "    sent += 1",
            "    time.sleep(interval)",
            "print(sent, flush=True)");

    private final Process process;
    private final BufferedReader out;

    private SignalStorm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** currentTid returns the kernel thread id of the calling thread (/proc/thread-self is "pid/task/tid"). */
    public static int currentTid() throws IOException {
        return Integer.parseInt(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString());
    }

    /**
     * start begins sending JDK_WAKE_SIGNAL to thread tid of this process every intervalSeconds
     * for at most limitSeconds, and returns once the first signal is about to go.
     */
    public static SignalStorm start(int tid, double intervalSeconds, double limitSeconds) throws Exception {
        int tgkill = tgkillNumber();
        ensureJdkHandler();
        long pid = ProcessHandle.current().pid();
        Process p = new ProcessBuilder(List.of("python3", "-c", SCRIPT, Long.toString(pid), Integer.toString(tid),
                Integer.toString(JDK_WAKE_SIGNAL), Integer.toString(tgkill), Double.toString(intervalSeconds),
                Double.toString(limitSeconds)))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        SignalStorm storm = new SignalStorm(p);
        try {
            String first = storm.readLine(10);
            assertTrue("go".equals(first), "signal storm did not start: " + first);
            return storm;
        } catch (Exception | AssertionError e) {
            storm.close();
            throw e;
        }
    }

    /** finish waits for the storm to end by itself (at most its limit and 5 s) and returns how many signals it sent. */
    public int finish() throws Exception {
        String count = readLine(15);
        assertTrue(count != null && count.matches("\\d+"), "signal storm did not report a count: " + count);
        return Integer.parseInt(count);
    }

    private String readLine(long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!out.ready()) {
            if (!process.isAlive() && !out.ready()) {
                return out.readLine();
            }
            if (System.nanoTime() - deadline > 0) {
                fail("signal storm silent for " + seconds + " s");
            }
            Thread.sleep(1);
        }
        return out.readLine();
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.close();
        process.getOutputStream().close();
        process.getErrorStream().close();
    }

    /** tgkillNumber: the tgkill system call number of this architecture (the test skips elsewhere). */
    private static int tgkillNumber() {
        String arch = System.getProperty("os.arch");
        assumeTrue(arch.equals("amd64") || arch.equals("aarch64"), "skipped: tgkill number unknown on " + arch);
        return arch.equals("amd64") ? 234 : 131;
    }

    /**
     * ensureJdkHandler: NativeThread installs its handler when the class initialises, on the
     * first blocking channel operation; initialise it now if nothing has, then check.
     */
    private static void ensureJdkHandler() throws Exception {
        if (!caught(JDK_WAKE_SIGNAL)) {
            Class.forName("sun.nio.ch.NativeThread", true, null);
        }
        if (!caught(JDK_WAKE_SIGNAL)) {
            fail("this JVM does not catch signal " + JDK_WAKE_SIGNAL + "; sending it would kill the JVM");
        }
    }

    /** caught tells whether this process has a handler for sig (SigCgt in /proc/self/status). */
    private static boolean caught(int sig) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigCgt:")) {
                return new BigInteger(line.substring("SigCgt:".length()).trim(), 16).testBit(sig - 1);
            }
        }
        return false;
    }
}
