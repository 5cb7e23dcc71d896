package dev.pysocket;

/** BrokenPipeError: EPIPE or ESHUTDOWN, e.g. a send after the peer closed or after one's own SHUT_WR. */
public class BrokenPipeError extends ConnectionError {
    private static final long serialVersionUID = 1L;

    /** BrokenPipeError with errno and its message, printed as {@code [Errno N] strerror}. */
    public BrokenPipeError(int errno, String strerror) {
        super(errno, strerror);
    }
}
