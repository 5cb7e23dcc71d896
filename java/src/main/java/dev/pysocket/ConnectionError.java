package dev.pysocket;

/** ConnectionError: the base of Python's connection errors (broken pipe, aborted, refused, reset). */
public class ConnectionError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * ConnectionError: Python's {@code ConnectionError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ConnectionError(int errno, String strerror) {
        super(errno, strerror);
    }
}
