package dev.pysocket;

/**
 * TimeoutError: Python's {@code TimeoutError} (alias {@code socket.timeout}).
 *
 * <p>Two forms, as in CPython: a socket timeout expiring is {@code TimeoutError("timed out")}
 * with errno 0 (Python's None) and the bare message; the kernel's ETIMEDOUT (110 on Linux)
 * is {@code [Errno 110] Connection timed out}.
 */
public class TimeoutError extends OSError {
    private static final long serialVersionUID = 1L;

    /** The socket-timeout form: message {@code "timed out"}, errno 0. */
    public TimeoutError() {
        super("timed out");
    }

    /** TimeoutError with errno and its message, printed as {@code [Errno N] strerror}. */
    public TimeoutError(int errno, String strerror) {
        super(errno, strerror);
    }
}
