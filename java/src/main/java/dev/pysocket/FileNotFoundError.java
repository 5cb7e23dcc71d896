package dev.pysocket;

/** FileNotFoundError: ENOENT, e.g. connecting to an AF_UNIX path that does not exist. */
public class FileNotFoundError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * FileNotFoundError: Python's {@code FileNotFoundError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public FileNotFoundError(int errno, String strerror) {
        super(errno, strerror);
    }
}
