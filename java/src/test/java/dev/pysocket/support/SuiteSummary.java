package dev.pysocket.support;

import dev.pysocket.internal.posix.NativeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * SuiteSummary: counts the tests of the run and writes one line about them to
 * {@code target/java-suite-summary.txt.forkN} (or the file the system property {@value #FILE_PROPERTY}
 * names under target/, one per surefire execution, N the fork), which the build adds up over the
 * forks and prints after the Java suite (tools/suite_summary.py).
 * The line names the pass: the backends under test and the binding the native one went through
 * ("Java suite (native on jni + jdk): ..."), taken from the library as loaded, not from the
 * request. The build turns surefire's per-class lines off (they include a "Tests run: 0" line
 * per class for the container of its per-backend runs), and surefire prints no totals then;
 * this line gives them.
 * Registered through META-INF/services.
 */
public final class SuiteSummary implements TestExecutionListener {
    /** FILE_PROPERTY: the system property naming the summary's file under target/. */
    public static final String FILE_PROPERTY = "pysocket.test.summary";
    /** PASS_PROPERTY: names the pass where the library as loaded does not (the packaged jars' tests run theirs in child JVMs). */
    public static final String PASS_PROPERTY = "pysocket.test.summary.pass";
    /** FORK_PROPERTY: this JVM's surefire fork number (surefire.forkNumber, passed by the POM). */
    public static final String FORK_PROPERTY = "pysocket.test.fork";
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger aborted = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            skipped.incrementAndGet();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed.incrementAndGet();
            case ABORTED -> aborted.incrementAndGet();
            default -> failed.incrementAndGet();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        int total = passed.get() + failed.get() + aborted.get() + skipped.get();
        String line = String.format("Java suite (%s): %,d tests: %,d passed, %,d failed, %,d aborted, %,d skipped%n",
                System.getProperty(PASS_PROPERTY, pass()), total, passed.get(), failed.get(), aborted.get(), skipped.get());
        try {
            // One file per surefire fork (FORK_PROPERTY); tools/suite_summary.py adds them up.
            String file = System.getProperty(FILE_PROPERTY, "java-suite-summary.txt") + ".fork" + System.getProperty(FORK_PROPERTY, "1");
            Files.writeString(Path.of("target", file), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** pass: "native on jni + jdk", "native on jna", ...: what this run's per-backend classes ran on. */
    private static String pass() {
        String binding = NativeLoader.binding();
        List<String> names = new ArrayList<>();
        for (String backend : BackendsUnderTest.names()) {
            names.add(backend.equals("native") ? "native on " + (binding == null ? "no binding" : binding) : backend);
        }
        return String.join(" + ", names);
    }
}
