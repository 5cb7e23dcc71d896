package dev.pysocket;

/** FileExistsError: EEXIST. */
public class FileExistsError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * FileExistsError: Python's {@code FileExistsError(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public FileExistsError(int errno, String strerror) {
        super(errno, strerror);
    }
}
