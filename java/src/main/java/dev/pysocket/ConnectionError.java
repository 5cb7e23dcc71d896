package dev.pysocket;

/** ConnectionError: the base of Python's connection errors (broken pipe, aborted, refused, reset). */
public class ConnectionError extends OSError {
    private static final long serialVersionUID = 1L;

    /** ConnectionError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ConnectionError(int errno, String strerror) {
        super(errno, strerror);
    }
}
