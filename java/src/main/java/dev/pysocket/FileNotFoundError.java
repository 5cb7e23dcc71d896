package dev.pysocket;

/** FileNotFoundError: ENOENT, e.g. connecting to an AF_UNIX path that does not exist. */
public class FileNotFoundError extends OSError {
    private static final long serialVersionUID = 1L;

    /** FileNotFoundError with errno and its message, printed as {@code [Errno N] strerror}. */
    public FileNotFoundError(int errno, String strerror) {
        super(errno, strerror);
    }
}
