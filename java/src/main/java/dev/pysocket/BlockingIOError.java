package dev.pysocket;

/** BlockingIOError: EAGAIN/EWOULDBLOCK, EALREADY or EINPROGRESS: a non-blocking operation could not complete now. */
public class BlockingIOError extends OSError {
    private static final long serialVersionUID = 1L;

    /** BlockingIOError with errno and its message, printed as {@code [Errno N] strerror}. */
    public BlockingIOError(int errno, String strerror) {
        super(errno, strerror);
    }
}
