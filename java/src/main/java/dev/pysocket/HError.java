package dev.pysocket;

/** HError: Python's {@code socket.herror} for gethostbyaddr-style failures, e.g. {@code [Errno 1] Unknown host}. */
public class HError extends OSError {
    private static final long serialVersionUID = 1L;

    /** HError with errno and its message, printed as {@code [Errno N] strerror}. */
    public HError(int errno, String strerror) {
        super(errno, strerror);
    }
}
