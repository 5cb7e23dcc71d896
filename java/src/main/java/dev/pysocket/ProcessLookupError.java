package dev.pysocket;

/** ProcessLookupError: ESRCH. */
public class ProcessLookupError extends OSError {
    private static final long serialVersionUID = 1L;

    /** ProcessLookupError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ProcessLookupError(int errno, String strerror) {
        super(errno, strerror);
    }
}
