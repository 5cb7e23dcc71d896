package dev.pysocket;

/** BlockingIOError: EAGAIN/EWOULDBLOCK, EALREADY or EINPROGRESS: a non-blocking operation could not complete now. */
public class BlockingIOError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * BlockingIOError: Python's {@code BlockingIOError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public BlockingIOError(int errno, String strerror) {
        super(errno, strerror);
    }
}
