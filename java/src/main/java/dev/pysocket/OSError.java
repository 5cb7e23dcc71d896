package dev.pysocket;

import dev.pysocket.internal.Errors;
import java.io.IOException;

/**
 * OSError: the root of every error pysocket raises for an operating-system failure, as
 * Python's {@code OSError} (which {@code socket.error} aliases).
 *
 * <p>{@link #errno()} is the platform errno (0 where Python's is {@code None}),
 * {@link #strerror()} its message, and {@link #getMessage()} Python's {@code str()}:
 * {@code "[Errno 111] Connection refused"}, or the bare message for errors without an errno
 * (docs/python-semantics.md §1.3: {@code "AF_UNIX path too long"}, {@code "timed out"}).
 */
public class OSError extends IOException {
    private static final long serialVersionUID = 1L;

    /** errno: the error number, 0 for None. */
    private final int errno;
    /** strerror: the message, without the {@code [Errno N]} prefix. */
    private final String strerror;

    /**
     * OSError: Python's {@code OSError(message)}: an error without an errno; {@link #errno()} is
     * 0 and the message is printed bare.
     *
     * @param message the error's message
     */
    public OSError(String message) {
        super(message);
        this.errno = 0;
        this.strerror = message;
    }

    /**
     * OSError: Python's {@code OSError(errno, strerror)} as this very class, printed as
     * {@code [Errno N] strerror}. Prefer {@link #of(int, String)}, which picks the subclass.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     */
    public OSError(int errno, String strerror) {
        super("[Errno " + errno + "] " + strerror);
        this.errno = errno;
        this.strerror = strerror;
    }

    /**
     * of: builds the subclass Python's {@code OSError(errno, strerror)} would:
     * {@code of(111, "x")} is a {@link ConnectionRefusedError}, {@code of(110, ...)} a
     * {@link TimeoutError}, unknown errnos a plain OSError.
     *
     * @param errno the error number
     * @param strerror the error's message, without the {@code [Errno N]} prefix
     * @return the OSError subclass for errno
     */
    public static OSError of(int errno, String strerror) {
        return Errors.build(errno, strerror);
    }

    /**
     * of: {@link #of(int, String)} with the platform's strerror for errno (Python's
     * {@code OSError(errno, os.strerror(errno))}).
     *
     * @param errno the error number
     * @return the OSError subclass for errno
     */
    public static OSError of(int errno) {
        return Errors.build(errno, Errors.strerror(errno));
    }

    /**
     * errno: Python's {@code OSError.errno}.
     *
     * @return the error number, 0 where Python's would be None
     */
    public int errno() {
        return errno;
    }

    /**
     * strerror: Python's {@code OSError.strerror}.
     *
     * @return the error's message without the {@code [Errno N]} prefix
     */
    public String strerror() {
        return strerror;
    }
}
