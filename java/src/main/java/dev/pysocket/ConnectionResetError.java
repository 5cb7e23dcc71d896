package dev.pysocket;

/** ConnectionResetError: ECONNRESET, e.g. the peer closed with unread data or SO_LINGER (1, 0). */
public class ConnectionResetError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * ConnectionResetError: Python's {@code ConnectionResetError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ConnectionResetError(int errno, String strerror) {
        super(errno, strerror);
    }
}
