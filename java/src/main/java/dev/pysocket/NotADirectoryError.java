package dev.pysocket;

/** NotADirectoryError: ENOTDIR. */
public class NotADirectoryError extends OSError {
    private static final long serialVersionUID = 1L;

    /** NotADirectoryError with errno and its message, printed as {@code [Errno N] strerror}. */
    public NotADirectoryError(int errno, String strerror) {
        super(errno, strerror);
    }
}
