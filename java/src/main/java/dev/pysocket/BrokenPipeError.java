package dev.pysocket;

/** BrokenPipeError: EPIPE or ESHUTDOWN, e.g. a send after the peer closed or after one's own SHUT_WR. */
public class BrokenPipeError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /**
     * BrokenPipeError: Python's {@code BrokenPipeError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public BrokenPipeError(int errno, String strerror) {
        super(errno, strerror);
    }
}
