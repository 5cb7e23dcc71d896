package dev.pysocket;

/** IsADirectoryError: EISDIR. */
public class IsADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    /** IsADirectoryError with errno and its message, printed as {@code [Errno N] strerror}. */
    public IsADirectoryError(int errno, String strerror) {
        super(errno, strerror);
    }
}
