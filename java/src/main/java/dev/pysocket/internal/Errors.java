package dev.pysocket.internal;

import dev.pysocket.BlockingIOError;
import dev.pysocket.BrokenPipeError;
import dev.pysocket.ChildProcessError;
import dev.pysocket.ConnectionAbortedError;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Errno;
import dev.pysocket.FileExistsError;
import dev.pysocket.FileNotFoundError;
import dev.pysocket.InterruptedError;
import dev.pysocket.IsADirectoryError;
import dev.pysocket.NotADirectoryError;
import dev.pysocket.OSError;
import dev.pysocket.PermissionError;
import dev.pysocket.ProcessLookupError;
import dev.pysocket.TimeoutError;

/**
 * Errors turns an errno into the exception class Python raises for it: one table, mirroring
 * CPython's ADD_ERRNO list in Objects/exceptions.c (docs/architecture.md rule 9). Only Java throws.
 */
public final class Errors {
    private Errors() {
    }

    /** strerror returns the platform message for errno. */
    public static String strerror(int errno) {
        return Platform.strerror(errno);
    }

    /** build returns the OSError subclass for errno, with the given message. */
    public static OSError build(int errno, String strerror) {
        if (errno == Errno.EAGAIN || errno == Errno.EWOULDBLOCK || errno == Errno.EALREADY
                || errno == Errno.EINPROGRESS) {
            return new BlockingIOError(errno, strerror);
        }
        if (errno == Errno.EPIPE || errno == Errno.ESHUTDOWN) {
            return new BrokenPipeError(errno, strerror);
        }
        if (errno == Errno.ECONNABORTED) {
            return new ConnectionAbortedError(errno, strerror);
        }
        if (errno == Errno.ECONNREFUSED) {
            return new ConnectionRefusedError(errno, strerror);
        }
        if (errno == Errno.ECONNRESET) {
            return new ConnectionResetError(errno, strerror);
        }
        if (errno == Errno.ETIMEDOUT) {
            return new TimeoutError(errno, strerror);
        }
        if (errno == Errno.EINTR) {
            return new InterruptedError(errno, strerror);
        }
        if (errno == Errno.ENOENT) {
            return new FileNotFoundError(errno, strerror);
        }
        if (errno == Errno.EACCES || errno == Errno.EPERM) {
            return new PermissionError(errno, strerror);
        }
        if (errno == Errno.EEXIST) {
            return new FileExistsError(errno, strerror);
        }
        if (errno == Errno.ENOTDIR) {
            return new NotADirectoryError(errno, strerror);
        }
        if (errno == Errno.EISDIR) {
            return new IsADirectoryError(errno, strerror);
        }
        if (errno == Errno.ECHILD) {
            return new ChildProcessError(errno, strerror);
        }
        if (errno == Errno.ESRCH) {
            return new ProcessLookupError(errno, strerror);
        }
        return new OSError(errno, strerror);
    }

    /** fromReturn: the exception for a C layer's {@code -errno} return value (negative). */
    public static OSError fromReturn(long negativeErrno) {
        int errno = (int) -negativeErrno;
        return build(errno, strerror(errno));
    }

    /** unsupported: the OSError a backend raises for what it cannot do, naming itself. */
    public static OSError unsupported(int errno, String backend, String what) {
        return build(errno, strerror(errno) + " (" + what + " is not available on the " + backend + " backend)");
    }
}
