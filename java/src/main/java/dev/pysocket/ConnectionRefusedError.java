package dev.pysocket;

/** ConnectionRefusedError: ECONNREFUSED, e.g. connecting to a port nobody listens on. */
public class ConnectionRefusedError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /** ConnectionRefusedError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ConnectionRefusedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
