package dev.pysocket;

/** GaiError: Python's {@code socket.gaierror}; {@code errno()} is the negative EAI_* code, e.g. {@code [Errno -2] Name or service not known}. */
public class GaiError extends OSError {
    private static final long serialVersionUID = 1L;

    /** GaiError with errno and its message, printed as {@code [Errno N] strerror}. */
    public GaiError(int errno, String strerror) {
        super(errno, strerror);
    }
}
