package dev.pysocket;

/** HError: Python's {@code socket.herror} for gethostbyaddr-style failures, e.g. {@code [Errno 1] Unknown host}. */
public class HError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * HError: Python's {@code socket.herror(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the resolver's h_errno, e.g. 1 (HOST_NOT_FOUND)
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public HError(int errno, String strerror) {
        super(errno, strerror);
    }
}
