package dev.pysocket.select;

/**
 * Waits: Python's timeout conversions of Modules/selectmodule.c to the nanoseconds the backends
 * take (&lt; 0: no limit, 0: just look, &gt; 0: at most that long), with CPython's messages.
 * Seconds and milliseconds become nanoseconds rounded away from zero (_PyTime_ROUND_TIMEOUT);
 * a value beyond the 64-bit nanosecond range is "timestamp out of range for platform time_t".
 */
final class Waits {
    private Waits() {
    }

    /** select's timeout (seconds, None blocks): a negative one is an error. */
    static long select(Double seconds) {
        if (seconds == null) {
            return -1;
        }
        long ns = toNanos(seconds, 1e9);
        if (ns < 0) {
            throw new IllegalArgumentException("timeout must be non-negative");
        }
        return ns;
    }

    /** poll's timeout in whole milliseconds: None or negative blocks. */
    static long poll(Integer millis) {
        return millis == null || millis < 0 ? -1 : millis * 1_000_000L;
    }

    /** poll's timeout in milliseconds: rounded up to whole ms; negative blocks. */
    static long poll(double millis) {
        long ns = toNanos(millis, 1e6);
        long ms = ns >= 0 ? ceilDiv(ns, 1_000_000) : -ceilDiv(-ns, 1_000_000);
        if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout is too large");
        }
        return ms < 0 ? -1 : ns;
    }

    /**
     * epoll's timeout (seconds, None blocks): the milliseconds rounded toward +infinity decide,
     * so a negative timeout that rounds to 0 ms only looks, one below -1 ms blocks.
     */
    static long epoll(Double seconds) {
        if (seconds == null) {
            return -1;
        }
        long ns = toNanos(seconds, 1e9);
        long ms = Math.floorDiv(ns, 1_000_000) + (Math.floorMod(ns, 1_000_000) != 0 ? 1 : 0);
        if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout is too large");
        }
        if (ms < 0) {
            return -1;
        }
        return Math.max(0, ns);
    }

    /** toNanos: value * perUnit nanoseconds, rounded away from zero, range-checked (_PyTime_FromDouble). */
    private static long toNanos(double value, double nanosPerUnit) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("Invalid value NaN (not a number)");
        }
        double d = value * nanosPerUnit;
        d = d >= 0 ? Math.ceil(d) : Math.floor(d);
        if (!(d >= -0x1p63 && d < 0x1p63)) {
            throw new IllegalArgumentException("timestamp out of range for platform time_t");
        }
        return (long) d;
    }

    private static long ceilDiv(long a, long b) {
        return a / b + (a % b != 0 ? 1 : 0);
    }
}
