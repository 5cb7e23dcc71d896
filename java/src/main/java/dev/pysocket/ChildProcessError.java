package dev.pysocket;

/** ChildProcessError: ECHILD. */
public class ChildProcessError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * ChildProcessError: Python's {@code ChildProcessError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public ChildProcessError(int errno, String strerror) {
        super(errno, strerror);
    }
}
