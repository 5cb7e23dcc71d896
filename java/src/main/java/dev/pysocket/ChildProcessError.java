package dev.pysocket;

/** ChildProcessError: ECHILD. */
public class ChildProcessError extends OSError {
    private static final long serialVersionUID = 1L;

    /** ChildProcessError with errno and its message, printed as {@code [Errno N] strerror}. */
    public ChildProcessError(int errno, String strerror) {
        super(errno, strerror);
    }
}
