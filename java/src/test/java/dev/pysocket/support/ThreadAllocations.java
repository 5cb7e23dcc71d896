package dev.pysocket.support;

import java.lang.management.ManagementFactory;

/**
 * ThreadAllocations: the bytes the current thread allocates while a body runs, for the tests
 * that hold a data path to allocating nothing per call (docs/native-boundary.md).
 * Counted with the JVM's per-thread allocation counter over many runs after a warm-up, so
 * that the JIT and one-time setup do not count.
 */
public final class ThreadAllocations {
    /** Runs before counting starts: enough for the JIT to compile the path under test. */
    public static final int WARMUP = 20_000;
    /** Runs counted. */
    public static final int CALLS = 20_000;

    private ThreadAllocations() {
    }

    /** Body: one run of the path under test. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /** during runs body WARMUP times, then returns the bytes allocated over CALLS more runs. */
    public static long during(Body body) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            body.run();
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        for (int i = 0; i < CALLS; i++) {
            body.run();
        }
        return bean.getThreadAllocatedBytes(id) - before;
    }
}
