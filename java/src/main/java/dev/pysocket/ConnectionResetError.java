package dev.pysocket;

/** ConnectionResetError: ECONNRESET, e.g. the peer closed with unread data or SO_LINGER (1, 0). */
public class ConnectionResetError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /** ConnectionResetError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ConnectionResetError(int errno, String strerror) {
        super(errno, strerror);
    }
}
