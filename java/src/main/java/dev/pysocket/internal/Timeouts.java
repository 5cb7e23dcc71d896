package dev.pysocket.internal;

/**
 * Timeouts converts Python timeout values: seconds as a Double (null = None) to the
 * nanosecond form the backends take ({@code -1} blocking, {@code 0} non-blocking,
 * {@code > 0} a timeout), with CPython's checks and messages (R8, conformance section 3).
 */
public final class Timeouts {
    /** BLOCKING: Python's None. */
    public static final long BLOCKING = -1L;

    private Timeouts() {
    }

    /**
     * toNanos: None stays blocking; -0.0 is 0.0; values round up to the next nanosecond
     * (R8: 1e-10 becomes 1e-09).
     *
     * @throws IllegalArgumentException "Invalid value NaN (not a number)", "Timeout value out
     *         of range" (negative), "timestamp out of range for platform time_t" (too large)
     */
    public static long toNanos(Double seconds) {
        if (seconds == null) {
            return BLOCKING;
        }
        double s = seconds;
        if (Double.isNaN(s)) {
            throw new IllegalArgumentException("Invalid value NaN (not a number)");
        }
        // CPython converts first (OverflowError for -inf too), then rejects negatives.
        if (Math.abs(s * 1e9) >= 0x1p63) {
            throw new IllegalArgumentException("timestamp out of range for platform time_t");
        }
        if (s < 0) {
            throw new IllegalArgumentException("Timeout value out of range");
        }
        return (long) Math.ceil(s * 1e9);
    }

    /** toNanos: the same checks for a Duration (null blocks). */
    public static long toNanos(java.time.Duration timeout) {
        if (timeout == null) {
            return BLOCKING;
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("Timeout value out of range");
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("timestamp out of range for platform time_t", e);
        }
    }

    /** toSeconds: the Python value of a nanosecond timeout (null for blocking). */
    public static Double toSeconds(long nanos) {
        return nanos < 0 ? null : nanos / 1e9;
    }
}
