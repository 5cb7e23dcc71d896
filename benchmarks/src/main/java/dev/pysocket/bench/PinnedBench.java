package dev.pysocket.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * PinnedBench: the base of every benchmark state: the measuring thread runs on
 * {@link Placement#latencyCpu()}, pinned again for each iteration, since JMH may run an
 * iteration on another worker thread.
 */
public abstract class PinnedBench {
    /** pin: pins the thread that measures this iteration. */
    @Setup(Level.Iteration)
    public void pin() {
        Placement.pin(Placement.latencyCpu());
    }
}
