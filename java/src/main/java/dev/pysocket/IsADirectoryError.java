package dev.pysocket;

/** IsADirectoryError: EISDIR. */
public class IsADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * IsADirectoryError: Python's {@code IsADirectoryError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public IsADirectoryError(int errno, String strerror) {
        super(errno, strerror);
    }
}
