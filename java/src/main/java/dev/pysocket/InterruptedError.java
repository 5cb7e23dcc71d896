package dev.pysocket;

/** InterruptedError: EINTR where a retry is impossible (calls are otherwise retried, PEP 475). */
public class InterruptedError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * InterruptedError: Python's {@code InterruptedError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public InterruptedError(int errno, String strerror) {
        super(errno, strerror);
    }
}
