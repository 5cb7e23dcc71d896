package dev.pysocket;

/** ConnectionRefusedError: ECONNREFUSED, e.g. connecting to a port nobody listens on. */
public class ConnectionRefusedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * ConnectionRefusedError: Python's {@code ConnectionRefusedError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ConnectionRefusedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
