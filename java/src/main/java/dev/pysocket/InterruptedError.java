package dev.pysocket;

/** InterruptedError: EINTR where a retry is impossible (calls are otherwise retried, PEP 475). */
public class InterruptedError extends OSError {
    private static final long serialVersionUID = 1L;

    /** InterruptedError with errno and its message, printed as {@code [Errno N] strerror}. */
    public InterruptedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
