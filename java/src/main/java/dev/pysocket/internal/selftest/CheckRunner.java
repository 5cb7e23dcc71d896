package dev.pysocket.internal.selftest;

import dev.pysocket.OSError;
import dev.pysocket.internal.Backends;
import java.io.PrintStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * CheckRunner runs checks one at a time, each in a daemon thread bounded by {@link #LIMIT_MS}, and
 * prints a line per check: {@code PASS name (12 ms)}, {@code FAIL name: reason} or
 * {@code SKIP name: reason}. A check that overruns is reported failed and left behind (its
 * thread is a daemon, so it cannot keep the JVM alive).
 */
final class CheckRunner {
    /** LIMIT_MS: the most one check may take; each check's own waits are far shorter. */
    static final long LIMIT_MS = 5_000;
    /** FAIL_PROPERTY: names a check to fail on purpose, so tests can see a failure reported (test-only). */
    static final String FAIL_PROPERTY = "pysocket.selftest.fail";

    private final PrintStream out;
    private final boolean quiet;
    private final String forcedFailure = System.getProperty(FAIL_PROPERTY, "");
    private int passed;
    private int failed;
    private int skipped;

    CheckRunner(PrintStream out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    void run(String name, Check check) {
        String unusable = unusableBackend();
        if (unusable != null) {
            // Every socket call would raise the same long error: say it once, shortly, per check.
            failed++;
            out.println("FAIL " + name + ": " + unusable);
            return;
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pysocket-selftest-" + name);
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            Future<?> result = thread.submit(() -> {
                if (name.equals(forcedFailure)) {
                    throw new Check.Failed("failed on purpose (" + FAIL_PROPERTY + "=" + name + ")");
                }
                check.run();
                return null;
            });
            result.get(LIMIT_MS, TimeUnit.MILLISECONDS);
            passed++;
            if (!quiet) {
                out.println("PASS " + name + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Check.Skipped) {
                skipped++;
                out.println("SKIP " + name + ": " + cause.getMessage());
            } else {
                failed++;
                out.println("FAIL " + name + ": " + (cause instanceof Check.Failed ? cause.getMessage() : cause));
            }
        } catch (TimeoutException e) {
            failed++;
            out.println("FAIL " + name + ": no result within " + LIMIT_MS + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed++;
            out.println("FAIL " + name + ": interrupted");
        } finally {
            thread.shutdownNow();
        }
    }

    /**
     * unusableBackend: why no socket can be made (a forced native backend whose library did not
     * load, a bad pysocket.backend value), or null when the chosen backend works.
     */
    private static String unusableBackend() {
        if (Backends.chosen() != null) {
            return null;
        }
        if (Backends.name().equals("native")) {
            return "pysocket.backend=native was requested, but the native library did not load (reason above)";
        }
        try {
            Backends.current();
            return null;
        } catch (OSError | RuntimeException e) {
            return e.getMessage();
        }
    }

    int failed() {
        return failed;
    }

    /** summary: the last line, e.g. "5 passed, 0 failed, 1 skipped". */
    String summary() {
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
}
