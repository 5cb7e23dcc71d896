package dev.pysocket;

/** ProcessLookupError: ESRCH. */
public class ProcessLookupError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * ProcessLookupError: Python's {@code ProcessLookupError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ProcessLookupError(int errno, String strerror) {
        super(errno, strerror);
    }
}
