package dev.pysocket.internal.jdk;

import java.nio.channels.Selector;
import java.util.concurrent.locks.LockSupport;

/**
 * JdkDeadlineWatch wakes the {@link JdkPoller}'s selector when the thread selecting in it
 * reaches its deadline, so a timed wait ends on time even under a storm of signals.
 *
 * <p>Why a thread: after an epoll_wait interrupted by a signal, the JDK's selector retries
 * with the time left cut to whole milliseconds ({@code sun.nio.ch.EPollSelectorImpl.doSelect}
 * subtracts {@code NANOSECONDS.toMillis(elapsed)}), so with a signal every millisecond or
 * faster the remaining time barely shrinks and a 1 s select lasts 1.1 to 2+ s. This watch
 * parks with {@link LockSupport#parkNanos}, whose deadline is absolute (HotSpot waits on a
 * CLOCK_MONOTONIC pthread_cond_timedwait), and calls {@link Selector#wakeup} at the deadline.
 * Signals aimed at the selecting thread do not reach it.
 *
 * <p>Cheap when deadlines keep moving later (the common case: each wait is "now + timeout"):
 * the watch sleeps until the latest deadline it was given, armed or not, and is unparked
 * only by a deadline earlier than that, or after it found every deadline past and idled.
 */
final class JdkDeadlineWatch implements Runnable {
    /** RECHECK_NANOS: how long to wait for the leader to notice a wakeup before looking again. */
    private static final long RECHECK_NANOS = 1_000_000L;

    private final Selector selector;
    private final Thread thread;
    /** armed: a thread selects with deadline (System.nanoTime) as its deadline. */
    private volatile boolean armed;
    /** deadline: the latest deadline armed; kept after disarm, for the watch to sleep until. */
    private volatile long deadline;
    /** idle: the watch is parked with no deadline; wakeAt: when it wakes otherwise. */
    private volatile boolean idle;
    private volatile long wakeAt;

    JdkDeadlineWatch(Selector selector, String name) {
        this.selector = selector;
        this.deadline = System.nanoTime();
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** arm: the selecting thread must be woken at deadline (System.nanoTime). */
    void arm(long deadline) {
        this.deadline = deadline;
        armed = true;
        // Written before read, as run() reads deadline after writing idle or wakeAt: one of
        // the two sides always sees the other (no lost wake-up).
        if (idle || deadline - wakeAt < 0) {
            LockSupport.unpark(thread);
        }
    }

    /** disarm: the selecting thread has returned. */
    void disarm() {
        armed = false;
    }

    @Override
    public void run() {
        boolean fired = false;
        long firedFor = 0;
        while (true) {
            long d = deadline;
            long now = System.nanoTime();
            if (d - now > 0) {
                wakeAt = d;
                if (deadline == d) {
                    LockSupport.parkNanos(this, d - now);
                }
                continue;
            }
            if (armed) {
                if (!fired || firedFor != d) {
                    fired = true;
                    firedFor = d;
                    selector.wakeup();
                }
                // The selecting thread returns now and disarms or arms again; look again soon.
                wakeAt = now + RECHECK_NANOS;
                LockSupport.parkNanos(this, RECHECK_NANOS);
                continue;
            }
            idle = true;
            if (deadline == d && !armed) {
                LockSupport.park(this);
            }
            idle = false;
        }
    }
}
