package dev.pysocket;

/** GaiError: Python's {@code socket.gaierror}; {@code errno()} is the negative EAI_* code, e.g. {@code [Errno -2] Name or service not known}. */
public class GaiError extends OSError {
    private static final long serialVersionUID = 1L;

    /**
     * GaiError: Python's {@code socket.gaierror(errno, strerror)}, printed as
     * {@code [Errno N] strerror}.
     *
     * @param errno the negative EAI_* code, e.g. -2 (EAI_NONAME)
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public GaiError(int errno, String strerror) {
        super(errno, strerror);
    }
}
