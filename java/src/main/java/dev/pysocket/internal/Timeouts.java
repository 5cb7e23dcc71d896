package dev.pysocket.internal;

/**
 * Timeouts converts Python timeout values: seconds as a Double (null = None) or a double to the
 * nanosecond form the backends take ({@code -1} blocking, {@code 0} non-blocking,
 * {@code > 0} a timeout), with CPython's checks and messages (R8, docs/python-semantics.md §3).
 */
public final class Timeouts {
    /** BLOCKING: Python's None. */
    public static final long BLOCKING = -1L;

    private Timeouts() {
    }

    /** toNanos: None (null) stays blocking; other values as {@link #toNanos(double)}. */
    public static long toNanos(Double seconds) {
        return seconds == null ? BLOCKING : toNanos(seconds.doubleValue());
    }

    /**
     * toNanos: -0.0 is 0.0; values round up to the next nanosecond (R8: 1e-10 becomes 1e-09).
     *
     * @throws IllegalArgumentException "Invalid value NaN (not a number)", "Timeout value out
     *         of range" (negative), "timestamp out of range for platform time_t" (too large)
     */
    public static long toNanos(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new IllegalArgumentException("Invalid value NaN (not a number)");
        }
        // CPython converts first (OverflowError for -inf too), then rejects negatives.
        if (Math.abs(seconds * 1e9) >= 0x1p63) {
            throw new IllegalArgumentException("timestamp out of range for platform time_t");
        }
        if (seconds < 0) {
            throw new IllegalArgumentException("Timeout value out of range");
        }
        return (long) Math.ceil(seconds * 1e9);
    }

    /** toSeconds: the Python value of a nanosecond timeout (null for blocking). */
    public static Double toSeconds(long nanos) {
        return nanos < 0 ? null : nanos / 1e9;
    }
}
