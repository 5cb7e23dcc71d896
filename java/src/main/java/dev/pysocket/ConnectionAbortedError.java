package dev.pysocket;

/** ConnectionAbortedError: ECONNABORTED. */
public class ConnectionAbortedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * ConnectionAbortedError: Python's {@code ConnectionAbortedError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ConnectionAbortedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
