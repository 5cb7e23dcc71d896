package dev.pysocket.bench;

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peer: the other end of a workload (echo, drain, accept loop), on its own pinned daemon
 * thread. It repeats one step until the step reports the end (EOF) or the owner stops it;
 * failures after {@link #stop} are the expected result of closing its sockets and are
 * dropped, earlier ones are handed to the owner. It counts steps so a {@link Watchdog} can
 * tell a stalled trial from a busy one.
 *
 * <p>With -Dpysocket.bench.peerAlloc=true it prints what its thread allocated per step over
 * the second half of the trial: JMH's {@code -prof gc} sums all threads, this tells which end
 * allocates.
 */
final class Peer {
    /** Step: one unit of the peer's work; false ends the loop (the other side closed). */
    @FunctionalInterface
    interface Step {
        boolean run() throws Exception;
    }

    private static final long JOIN_MILLIS = 5_000;
    private static final boolean REPORT_ALLOCATION = Boolean.getBoolean("pysocket.bench.peerAlloc");

    private final Thread thread;
    private final AtomicLong steps = new AtomicLong();
    private volatile boolean stopping;
    private volatile Throwable failure;
    /**
     * The peer thread's allocation counter after step 2^k (index k) and at the end, so the
     * report covers the second half of the trial, after warm-up (written by the peer only).
     */
    private final long[] allocatedAt = new long[64];
    private volatile long allocatedAtEnd;

    private Peer(String name, int cpu, Step step) {
        thread = new Thread(() -> loop(cpu, step), name);
        thread.setDaemon(true); // never keeps a JVM alive whose benchmark already failed
    }

    /** start runs step repeatedly on a new thread pinned to cpu. */
    static Peer start(String name, int cpu, Step step) {
        Peer p = new Peer(name, cpu, step);
        p.thread.start();
        return p;
    }

    private void loop(int cpu, Step step) {
        try {
            Placement.pin(cpu);
            // Ends by EOF, by stop() closing the sockets under it, or by the watchdog doing so.
            for (long n = 1; !stopping && step.run(); n++) {
                // lazySet: a plain store on x86; the peer is the only writer.
                steps.lazySet(n);
                if (REPORT_ALLOCATION && (n & (n - 1)) == 0) {
                    allocatedAt[Long.numberOfTrailingZeros(n)] = allocatedByThisThread();
                }
            }
        } catch (Throwable t) {
            if (!stopping) {
                failure = t;
            }
        } finally {
            allocatedAtEnd = allocatedByThisThread();
        }
    }

    private static long allocatedByThisThread() {
        if (!REPORT_ALLOCATION) {
            return 0;
        }
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** steps: how many steps completed so far (read by the watchdog). */
    long steps() {
        return steps.get();
    }

    /**
     * stop ends the peer: marks it stopping, closes wake (which makes a blocked call return),
     * waits a bounded time and reports a failure that happened while the trial was running.
     */
    void stop(Closeable wake) throws IOException {
        stopping = true;
        IOException closeFailure = null;
        try {
            wake.close();
        } catch (IOException e) {
            closeFailure = e;
        }
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            throw new IllegalStateException(thread.getName() + " still running " + JOIN_MILLIS + " ms after close");
        }
        long n = steps.get();
        if (REPORT_ALLOCATION && n >= 2) {
            int k = 63 - Long.numberOfLeadingZeros(n / 2); // the last checkpoint 2^k <= n/2
            System.out.printf("%n%s: %d steps, %.2f B allocated per step over the last %d%n", thread.getName(), n,
                    (double) (allocatedAtEnd - allocatedAt[k]) / (n - (1L << k)), n - (1L << k));
        }
        Throwable f = failure;
        if (f != null) {
            throw new IOException(thread.getName() + " failed during the trial", f);
        }
        if (closeFailure != null) {
            throw closeFailure;
        }
    }
}
