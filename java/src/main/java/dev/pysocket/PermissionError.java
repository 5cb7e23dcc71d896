package dev.pysocket;

/** PermissionError: EACCES or EPERM. */
public class PermissionError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * PermissionError: Python's {@code PermissionError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public PermissionError(int errno, String strerror) {
        super(errno, strerror);
    }
}
