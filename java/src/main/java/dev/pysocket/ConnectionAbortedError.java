package dev.pysocket;

/** ConnectionAbortedError: ECONNABORTED. */
public class ConnectionAbortedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /** ConnectionAbortedError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ConnectionAbortedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
