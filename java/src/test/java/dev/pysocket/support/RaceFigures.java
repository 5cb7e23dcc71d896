package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.OSError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * RaceFigures: the counts of a run of {@link CloseRace}s for one operation on one backend,
 * printed as one line and asserted by the test.
 */
public final class RaceFigures {
    private static final int MAX_NOTES = 5;

    private final String label;
    private int races;
    private int wrongDescriptor;
    private int hangs;
    private int late;
    private int successesAfterClose;
    private int unexpected;
    private int stuck;
    private long[] wakeNanos = new long[64];
    private int woken;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private long elapsedNanos;

    RaceFigures(String label) {
        this.label = label;
    }

    void race(RaceTarget.Verdict v, Object outcome, RaceTarget.Times t, int index) {
        races++;
        outcomes.merge(describe(outcome), 1, Integer::sum);
        switch (v) {
            case WRONG_DESCRIPTOR -> {
                wrongDescriptor++;
                note("race " + index + ": wrong descriptor: " + describe(outcome));
            }
            case SUCCESS_AFTER_CLOSE -> {
                successesAfterClose++;
                note("race " + index + ": succeeded after close (" + describe(outcome) + ")");
            }
            case UNEXPECTED -> {
                unexpected++;
                note("race " + index + ": unexpected " + outcome);
            }
            default -> {
            }
        }
        if (t.finished() - t.closeReturned() > CloseRace.WAKE_BOUND.toNanos()) {
            late++;
            note("race " + index + ": woke " + (t.finished() - t.closeReturned()) / 1_000_000 + " ms after close");
        }
        if (t.woken()) {
            if (woken == wakeNanos.length) {
                wakeNanos = Arrays.copyOf(wakeNanos, woken * 2);
            }
            wakeNanos[woken++] = t.finished() - t.closeReturned();
        }
    }

    void hang(int index, String where) {
        races++;
        hangs++;
        outcomes.merge("HANG", 1, Integer::sum);
        note("race " + index + ": no result " + CloseRace.HANG_BOUND.toMillis() + " ms after close, at " + where);
    }

    void wrongDescriptor(int index, String what) {
        wrongDescriptor++;
        note("race " + index + ": " + what);
    }

    void unexpected(int index, String what) {
        unexpected++;
        note("race " + index + ": " + what);
    }

    void stuck(int n) {
        stuck += n;
        if (n > 0) {
            note(n + " racer thread(s) still blocked after release");
        }
    }

    void elapsed(long nanos) {
        elapsedNanos = nanos;
    }

    private void note(String s) {
        if (notes.size() < MAX_NOTES) {
            notes.add(s);
        }
    }

    /** races: how many races ran. */
    public int races() {
        return races;
    }

    public int wrongDescriptor() {
        return wrongDescriptor;
    }

    public int hangs() {
        return hangs;
    }

    public int successesAfterClose() {
        return successesAfterClose;
    }

    /** wakePercentileNanos: the p-th percentile (0..100) of the wake-up latencies, 0 when none. */
    public long wakePercentileNanos(double p) {
        if (woken == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(wakeNanos, woken);
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * woken) - 1;
        return sorted[Math.max(0, Math.min(woken - 1, i))];
    }

    /** line: the figures on one line. */
    public String line() {
        return String.format("%s: %d races, wrong-descriptor %d, hangs %d, successes after close %d, unexpected %d, "
                + "late (>%d ms) %d, wake-up p50 %.3f ms p99 %.3f ms max %.3f ms (%d woken), %.1f s; outcomes %s%s",
                label, races, wrongDescriptor, hangs, successesAfterClose, unexpected, CloseRace.WAKE_BOUND.toMillis(),
                late, wakePercentileNanos(50) / 1e6, wakePercentileNanos(99) / 1e6, wakePercentileNanos(100) / 1e6,
                woken, elapsedNanos / 1e9, outcomes, notes.isEmpty() ? "" : "; first: " + notes);
    }

    /**
     * assertClean: no wrong descriptor, hang, success after close, unexpected ending, late
     * wake-up or stuck thread. The wake-up latencies are printed, not asserted: a wall-clock
     * bound would fail on a loaded machine without a bug.
     */
    public void assertClean() {
        boolean ok = wrongDescriptor == 0 && hangs == 0 && successesAfterClose == 0 && unexpected == 0 && late == 0
                && stuck == 0;
        assertTrue(ok, this::line);
    }

    static String describe(Object outcome) {
        if (outcome instanceof byte[] b) {
            return b.length == 0 ? "EOF" : "DATA(" + b.length + ")";
        }
        if (outcome instanceof OSError e) {
            String name = e.getClass().getSimpleName();
            return (name.equals("OSError") ? "" : name + " ") + "errno " + e.errno();
        }
        if (outcome instanceof Throwable t) {
            return t.getClass().getSimpleName();
        }
        if (outcome == null) {
            return "OK";
        }
        if (outcome instanceof Integer n) {
            return "OK(" + n + ")";
        }
        return outcome.getClass().getSimpleName();
    }
}
