package dev.pysocket;

/** FileExistsError: EEXIST. */
public class FileExistsError extends OSError {
    private static final long serialVersionUID = 1L;

    /** FileExistsError with errno and its message, printed as {@code [Errno N] strerror}. */
    public FileExistsError(int errno, String strerror) {
        super(errno, strerror);
    }
}
