package dev.pysocket.internal.io;

/**
 * FileErrors: the exceptions of Python's io module over a socket, with CPython 3.11's
 * messages (Modules/_io/*.c). {@code io.UnsupportedOperation} and the ValueError of a closed
 * file are both about the file's state, not an argument: both are
 * {@link IllegalStateException} here.
 */
public final class FileErrors {
    /** CLOSED_FILE: IOBase's message for any call on a closed file. */
    public static final String CLOSED_FILE = "I/O operation on closed file.";
    /** CLOSED_SOCKET: SocketIO's readable()/writable() once closed (Lib/socket.py). */
    public static final String CLOSED_SOCKET = "I/O operation on closed socket.";

    private FileErrors() {
    }

    /** closed: Python's ValueError for a closed file, with message. */
    public static IllegalStateException closed(String message) {
        return new IllegalStateException(message);
    }

    /** unsupported: Python's {@code io.UnsupportedOperation(message)}. */
    public static IllegalStateException unsupported(String message) {
        return new IllegalStateException(message);
    }
}
