package dev.pysocket.support;

import java.lang.management.ManagementFactory;

/**
 * ThreadAllocations: the bytes the current thread allocates while a body runs, for the tests
 * that hold a data path to allocating nothing per call (docs/native-boundary.md).
 * Counted with the JVM's per-thread allocation counter over many runs after a warm-up, so
 * that the JIT and one-time setup do not count; the least of {@value #ROUNDS} counted rounds,
 * so that a recompilation still under way in one round (the code deoptimised and running
 * interpreted meanwhile, which a loaded machine drags out) does not count either.
 */
public final class ThreadAllocations {
    /** Runs before counting starts: enough for the JIT to compile the path under test. */
    public static final int WARMUP = 20_000;
    /** Runs counted per round. */
    public static final int CALLS = 20_000;
    /** Counted rounds, of which the least is taken. */
    static final int ROUNDS = 3;

    private ThreadAllocations() {
    }

    /** Body: one run of the path under test. */
    @FunctionalInterface
    public interface Body {
        void run() throws Exception;
    }

    /**
     * during runs body WARMUP times, then returns the bytes allocated over CALLS more runs: the
     * least over ROUNDS such counts.
     */
    public static long during(Body body) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            body.run();
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long least = Long.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long before = bean.getThreadAllocatedBytes(id);
            for (int i = 0; i < CALLS; i++) {
                body.run();
            }
            least = Math.min(least, bean.getThreadAllocatedBytes(id) - before);
        }
        return least;
    }
}
