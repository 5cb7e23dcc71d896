package dev.pysocket;

/** NotADirectoryError: ENOTDIR. */
public class NotADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * NotADirectoryError: Python's {@code NotADirectoryError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public NotADirectoryError(int errno, String strerror) {
        super(errno, strerror);
    }
}
