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

    /**
     * TimeoutError: the socket-timeout form, Python's {@code TimeoutError("timed out")}: errno 0
     * (None) and the bare message.
     */
    public TimeoutError() {
        super("timed out");
    }

    /**
     * TimeoutError: Python's {@code TimeoutError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public TimeoutError(int errno, String strerror) {
        super(errno, strerror);
    }
}
