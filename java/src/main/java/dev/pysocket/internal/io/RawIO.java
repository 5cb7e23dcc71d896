package dev.pysocket.internal.io;

import dev.pysocket.OSError;

/**
 * RawIO: the unbuffered byte stream under a file's buffers (Python's {@code RawIOBase}, which
 * {@code socket.SocketIO} is, Lib/socket.py). One call is one system call.
 */
public interface RawIO {
    /** NO_DATA: what a read or write returns where Python's returns None (a non-blocking socket had nothing). */
    int NO_DATA = -1;

    /**
     * readinto receives at most len bytes into b[off, off+len), len &gt; 0: the count, 0 at end
     * of stream, {@link #NO_DATA} when a non-blocking socket has nothing.
     */
    int readinto(byte[] b, int off, int len) throws OSError;

    /** write sends at most len bytes of b[off, off+len): the count, {@link #NO_DATA} when it would block. */
    int write(byte[] b, int off, int len) throws OSError;
}
