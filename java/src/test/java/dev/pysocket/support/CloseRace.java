package dev.pysocket.support;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

/**
 * CloseRace runs many races between a thread calling an operation on a socket and the test
 * thread closing that socket (after Go's internal/poll fd_mutex_test.go and the JDK's
 * AsyncCloseAndInterrupt tests), and counts how each ended: {@link RaceFigures}.
 *
 * <p>Each race opens a fresh {@link RaceTarget}, starts the racer, strikes at one of three
 * moments (at once, after a random 0-200 µs spin, or once the racer is seen blocked in a
 * native method), closes the victim, and opens a decoy (a {@link BaitGroup#pair}) on the
 * test thread right away (the lowest free descriptor numbers go to it). A racer that has not ended
 * {@link #HANG_BOUND} after close() returned is a hang: the target is {@link
 * RaceTarget#release released} so the thread ends eventually, and the run goes on. Racers
 * still running are kept aside (at most {@link #MAX_IN_FLIGHT}) instead of being waited for
 * one by one, so a run with many hangs stays bounded in time.
 */
public final class CloseRace {
    /** WAKE_BOUND: a call must end this soon after close() returns (else it counts as late). */
    public static final Duration WAKE_BOUND = Duration.ofSeconds(1);
    /** HANG_BOUND: a call still running this long after close() returned is a hang. */
    public static final Duration HANG_BOUND = Duration.ofSeconds(2);
    /** RELEASE_BOUND: how long released racers get to end before they count as stuck. */
    private static final Duration RELEASE_BOUND = Duration.ofSeconds(20);
    private static final long QUICK_NANOS = 20_000_000;
    private static final int MAX_IN_FLIGHT = 256;
    private static final long SPIN_MAX_NANOS = 200_000;
    private static final long NOT_BLOCKING_SPIN_MAX_NANOS = 1_000_000;
    private static final long POLL_NANOS = 50_000;

    /** Scenario: opens the target of race i. */
    @FunctionalInterface
    public interface Scenario {
        RaceTarget open(int i) throws Exception;
    }

    private record InFlight(int index, RaceTarget target, Async<Object> racer, long[] started, long closeCalled,
            long closeReturned, BaitGroup decoy) {
        long hangDeadline() {
            return closeReturned + HANG_BOUND.toNanos();
        }
    }

    private final String label;
    private final RaceFigures figures;
    private final Socket decoyListener;
    private final SplittableRandom rnd;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private final List<InFlight> released = new ArrayList<>();

    private CloseRace(String label, long seed, Socket decoyListener) {
        this.label = label;
        this.figures = new RaceFigures(label);
        this.decoyListener = decoyListener;
        this.rnd = new SplittableRandom(seed);
    }

    /**
     * run runs {@code races} races of scenario and returns the figures. decoyListener (a
     * TCP listener on 127.0.0.1 used by this thread only) gives each race its decoy, or null
     * for no decoys. bait, when not null, is asked for what it found wrong at the end.
     */
    public static RaceFigures run(String label, int races, long seed, Socket decoyListener, ReuseBait bait,
            Scenario scenario) throws Exception {
        CloseRace r = new CloseRace(label, seed, decoyListener);
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < races; i++) {
                r.race(i, scenario.open(i));
                r.sweep(false);
            }
        } finally {
            r.sweep(true);
            r.awaitReleased();
            r.figures.elapsed(System.nanoTime() - t0);
        }
        if (bait != null) {
            for (String w : bait.takeWrong()) {
                r.figures.wrongDescriptor(-1, "reuse bait: " + w);
            }
        }
        return r.figures;
    }

    private void race(int i, RaceTarget t) throws Exception {
        CountDownLatch entering = new CountDownLatch(1);
        long[] started = new long[1];
        Async<Object> racer;
        try {
            racer = Async.start(label + "-" + i, () -> {
                entering.countDown();
                started[0] = System.nanoTime();
                return t.call();
            });
        } catch (RuntimeException | Error e) {
            t.close();
            throw e;
        }
        entering.await();
        strike(i, t.blocks(), racer);
        long closeCalled = System.nanoTime();
        String problem;
        try {
            problem = t.closeVictim();
        } catch (Exception e) {
            problem = "close() raised " + e;
        }
        long closeReturned = System.nanoTime();
        if (problem != null) {
            figures.unexpected(i, problem);
        }
        BaitGroup decoy = null;
        if (decoyListener != null) {
            try {
                decoy = BaitGroup.pair(decoyListener);
            } catch (OSError | RuntimeException e) {
                figures.unexpected(i, "opening the decoy failed: " + e);
            }
        }
        racer.awaitDone(Duration.ofNanos(QUICK_NANOS));
        inFlight.add(new InFlight(i, t, racer, started, closeCalled, closeReturned, decoy));
    }

    /** strike waits for the moment race i closes at: at once, after a short spin, or once blocked. */
    private void strike(int i, boolean blocks, Async<?> racer) {
        switch (i % 3) {
            case 0 -> {
            }
            case 1 -> spin(rnd.nextLong(SPIN_MAX_NANOS + 1));
            default -> {
                if (blocks) {
                    awaitBlocked(racer);
                } else {
                    spin(rnd.nextLong(NOT_BLOCKING_SPIN_MAX_NANOS + 1));
                }
            }
        }
    }

    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
    }

    /**
     * awaitBlocked waits (at most 2 s) until the racer's innermost frame is a native method
     * (inside the system call, as {@link Async#awaitBlockedInNative}), or it has ended.
     */
    private static void awaitBlocked(Async<?> racer) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (!racer.isDone() && System.nanoTime() - deadline < 0) {
            if (Async.inNativeCall(racer.thread())) {
                return;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * sweep settles the races whose racer has ended, declares hangs past their bound, and
     * keeps at most MAX_IN_FLIGHT running; with all, waits for every race.
     */
    private void sweep(boolean all) throws Exception {
        for (Iterator<InFlight> it = inFlight.iterator(); it.hasNext();) {
            InFlight f = it.next();
            if (f.racer().isDone()) {
                it.remove();
                settle(f);
            } else if (System.nanoTime() - f.hangDeadline() > 0) {
                it.remove();
                hang(f);
            }
        }
        while (!inFlight.isEmpty() && (all || inFlight.size() > MAX_IN_FLIGHT)) {
            InFlight f = inFlight.poll();
            long left = f.hangDeadline() - System.nanoTime();
            if (f.racer().isDone() || f.racer().awaitDone(Duration.ofNanos(Math.max(0, left)))) {
                settle(f);
            } else {
                hang(f);
            }
        }
    }

    private void settle(InFlight f) throws Exception {
        Object outcome = f.racer().outcome(Duration.ZERO);
        RaceTarget.Times times = new RaceTarget.Times(f.started()[0], f.closeCalled(), f.closeReturned(),
                f.racer().finishedAtNanos());
        figures.race(f.target().judge(outcome, times), outcome, times, f.index());
        String problem;
        try {
            problem = f.target().afterRace();
        } catch (Exception e) {
            problem = "the check after the race raised " + e;
        }
        if (problem != null) {
            figures.unexpected(f.index(), problem);
        }
        finish(f);
    }

    private void hang(InFlight f) throws Exception {
        StackTraceElement[] st = f.racer().thread().getStackTrace();
        figures.hang(f.index(), st.length == 0 ? "?" : st[0].toString());
        try {
            f.target().release();
        } catch (Exception e) {
            figures.unexpected(f.index(), "release raised " + e);
        }
        released.add(f);
    }

    private void awaitReleased() throws Exception {
        long deadline = System.nanoTime() + RELEASE_BOUND.toNanos();
        int stuck = 0;
        for (InFlight f : released) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (f.racer().awaitDone(Duration.ofNanos(left))) {
                finish(f);
            } else {
                stuck++;
            }
        }
        released.clear();
        figures.stuck(stuck);
    }

    /** finish checks the race's decoy and closes what the race opened. */
    private void finish(InFlight f) throws Exception {
        f.racer().close();
        if (f.decoy() != null) {
            for (String w : f.decoy().checkAndClose()) {
                figures.wrongDescriptor(f.index(), "decoy: " + w);
            }
        }
        try {
            f.target().close();
        } catch (Exception e) {
            figures.unexpected(f.index(), "closing the race's sockets raised " + e);
        }
    }
}
