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
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

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

    /** SUBCLASSES: errno to the OSError subclass Python raises for it (ADD_ERRNO's table). */
    private static final Map<Integer, BiFunction<Integer, String, OSError>> SUBCLASSES = subclasses();

    private static Map<Integer, BiFunction<Integer, String, OSError>> subclasses() {
        Map<Integer, BiFunction<Integer, String, OSError>> m = new HashMap<>();
        for (int e : new int[] {Errno.EAGAIN, Errno.EWOULDBLOCK, Errno.EALREADY, Errno.EINPROGRESS}) {
            m.put(e, BlockingIOError::new);
        }
        m.put(Errno.EPIPE, BrokenPipeError::new);
        m.put(Errno.ESHUTDOWN, BrokenPipeError::new);
        m.put(Errno.ECONNABORTED, ConnectionAbortedError::new);
        m.put(Errno.ECONNREFUSED, ConnectionRefusedError::new);
        m.put(Errno.ECONNRESET, ConnectionResetError::new);
        m.put(Errno.ETIMEDOUT, TimeoutError::new);
        m.put(Errno.EINTR, InterruptedError::new);
        m.put(Errno.ENOENT, FileNotFoundError::new);
        m.put(Errno.EACCES, PermissionError::new);
        m.put(Errno.EPERM, PermissionError::new);
        m.put(Errno.EEXIST, FileExistsError::new);
        m.put(Errno.ENOTDIR, NotADirectoryError::new);
        m.put(Errno.EISDIR, IsADirectoryError::new);
        m.put(Errno.ECHILD, ChildProcessError::new);
        m.put(Errno.ESRCH, ProcessLookupError::new);
        return m;
    }

    /** build returns the OSError subclass for errno, with the given message. */
    public static OSError build(int errno, String strerror) {
        return SUBCLASSES.getOrDefault(errno, OSError::new).apply(errno, strerror);
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
