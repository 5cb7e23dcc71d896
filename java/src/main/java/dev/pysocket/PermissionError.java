package dev.pysocket;

/** PermissionError: EACCES or EPERM. */
public class PermissionError extends OSError {
    private static final long serialVersionUID = 1L;

    /** PermissionError with errno and its message, printed as {@code [Errno N] strerror}. */
    public PermissionError(int errno, String strerror) {
        super(errno, strerror);
    }
}
