package dev.pysocket.internal;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;

/**
 * FileTransfer: one {@code socket.sendfile(file, offset, count)} (R23): Python's checks in
 * Python's order ({@link #send}), the progress a backend makes ({@link #advance}), the one
 * deadline of the whole call ({@link #timeLeft}), and the copy through send() that CPython's
 * {@code _sendfile_use_send} (Lib/socket.py) makes where the kernel's sendfile cannot be used
 * ({@link #copyThrough}).
 *
 * <p>Timeout: one deadline for the whole transfer, as sendall's (R5). CPython polls each block
 * of {@code os.sendfile} with the full timeout, so a slow reader can stretch its call without
 * bound; here the timeout bounds the call.
 */
public final class FileTransfer {
    /** BLOCK_MAX: the most one sendfile(2) is asked for: 1 GiB, as Lib/socket.py (bpo-38319). */
    public static final int BLOCK_MAX = 1 << 30;
    /** COPY_BLOCK: the read size of the copy through send(); CPython's is 8 KiB, larger costs fewer calls. */
    private static final int COPY_BLOCK = 64 << 10;

    private final FileChannel file;
    private final long timeoutNanos;
    private final long deadline;
    private long position;
    private long remaining;
    private long sent;

    private FileTransfer(FileChannel file, long offset, long count, long timeoutNanos) {
        this.file = file;
        this.position = offset;
        this.remaining = count;
        this.timeoutNanos = timeoutNanos;
        this.deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
    }

    /**
     * send: Python's {@code socket.sendfile(file, offset, count)} on impl, a socket of the
     * given type in the mode timeoutNanos says (R1). The checks come in CPython's order:
     * socket type, count, a closed file, an empty file (0, even on a non-blocking or closed
     * socket, as CPython answers), non-blocking mode, a closed socket, a negative offset.
     * Afterwards, also after an error, the file's position is offset + the bytes sent when
     * any were; else it is left alone.
     */
    public static long send(SocketImpl impl, int type, FileChannel file, long offset, Long count, long timeoutNanos)
            throws OSError {
        if (file == null) {
            throw new NullPointerException("'NoneType' object has no attribute 'read'");
        }
        if ((type & Os.SOCK_STREAM) == 0) {
            throw new IllegalArgumentException("only SOCK_STREAM type sockets are supported");
        }
        if (count != null && count <= 0) {
            throw new IllegalArgumentException("count must be a positive integer (got " + count + ")");
        }
        if (!file.isOpen()) {
            throw closedFile();
        }
        long size = sizeOf(file);
        if (size == 0) {
            return 0; // Lib/socket.py: "empty file", before the mode is looked at
        }
        if (timeoutNanos == 0) {
            throw new IllegalArgumentException("non-blocking sockets are not supported");
        }
        int fd = impl.fileno();
        if (fd < 0) {
            // CPython registers the fd with a poll selector first, which refuses -1.
            throw new IllegalArgumentException("Invalid file descriptor: " + fd);
        }
        if (offset < 0) {
            throw OSError.of(Errno.EINVAL); // os.sendfile's EINVAL, then the fallback's seek's
        }
        if (size >= 0 && offset >= size) {
            return pastTheEnd(file, offset);
        }
        FileTransfer t = new FileTransfer(file, offset, count == null ? Long.MAX_VALUE : count, timeoutNanos);
        try {
            impl.sendfile(t);
            return t.sent;
        } finally {
            if (t.sent > 0) {
                t.seekAfter(offset);
            }
        }
    }

    /**
     * pastTheEnd: an offset at or past the end sends nothing (sendfile(2) reports the end of
     * the file), unless the file system refuses to seek there (beyond its largest file:
     * os.sendfile fails, and Lib/socket.py's fallback seek raises OSError 22). The position stays.
     */
    private static long pastTheEnd(FileChannel file, long offset) throws OSError {
        try {
            long original = file.position();
            file.position(offset);
            file.position(original);
            return 0;
        } catch (IOException e) {
            throw fileError(e);
        }
    }

    /** sizeOf: the file's size; -1 when the channel cannot tell (Python's fstat failure: try anyway). */
    private static long sizeOf(FileChannel file) {
        try {
            return file.size();
        } catch (ClosedChannelException e) {
            throw closedFile();
        } catch (IOException e) {
            return -1;
        }
    }

    private static IllegalArgumentException closedFile() {
        return new IllegalArgumentException("I/O operation on closed file");
    }

    /** seekAfter: file.seek(offset + sent), as Lib/socket.py's finally clause. */
    private void seekAfter(long offset) throws OSError {
        try {
            file.position(offset + sent);
        } catch (IOException e) {
            throw fileError(e);
        }
    }

    /** file: the channel being sent. */
    public FileChannel file() {
        return file;
    }

    /** position: the file offset of the next byte to send. */
    public long position() {
        return position;
    }

    /** sent: the bytes sent so far. */
    public long sent() {
        return sent;
    }

    /** done: count bytes were sent (never true without a count: the end of the file ends the transfer). */
    public boolean done() {
        return remaining == 0;
    }

    /** block: the bytes to ask of the next sendfile: what is left of count, at most {@link #BLOCK_MAX}. */
    public int block() {
        return (int) Math.min(remaining, BLOCK_MAX);
    }

    /** advance records n more bytes sent. */
    public void advance(long n) {
        position += n;
        sent += n;
        if (remaining != Long.MAX_VALUE) {
            remaining -= n;
        }
    }

    /** timeoutNanos: the socket's mode for this call (R1): -1 blocking, > 0 the whole call's timeout. */
    public long timeoutNanos() {
        return timeoutNanos;
    }

    /**
     * timeLeft: what a next step may wait: -1 in blocking mode, else the time left of the one
     * deadline; a spent one raises TimeoutError (as a sendall chunk after the first, R5).
     */
    public long timeLeft() throws TimeoutError {
        if (timeoutNanos < 0) {
            return timeoutNanos;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutError();
        }
        return left;
    }

    /**
     * copyThrough: CPython's {@code _sendfile_use_send}: reads blocks at the transfer's
     * position (a positional read: the channel's position moves only at the end) and sends
     * each with impl's send, waiting at most the time left, until count bytes or the end of
     * the file. A channel that cannot be read raises what it raises
     * ({@link java.nio.channels.NonReadableChannelException} for one opened for writing only,
     * where Python raises io.UnsupportedOperation "read").
     */
    public void copyThrough(SocketImpl impl) throws OSError {
        ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min(remaining, COPY_BLOCK));
        while (!done()) {
            buf.clear().limit((int) Math.min(remaining, buf.capacity()));
            int n = read(buf);
            if (n <= 0) {
                return; // end of file
            }
            buf.flip();
            while (buf.hasRemaining()) {
                advance(impl.send(buf, 0, timeLeft()));
            }
        }
    }

    private int read(ByteBuffer buf) throws OSError {
        try {
            return file.read(buf, position);
        } catch (ClosedChannelException e) {
            throw closedFile();
        } catch (IOException e) {
            throw fileError(e);
        }
    }

    /**
     * fileError: a failure of the file, not the socket, as Python's OSError: the errno whose
     * strerror the JDK's message is (it reports the C library's text), else EIO.
     */
    private static OSError fileError(IOException e) {
        if (e instanceof OSError o) {
            return o;
        }
        int errno = Errno.EIO;
        for (int n = 1; n < 256; n++) {
            if (Platform.strerror(n).equals(e.getMessage())) {
                errno = n;
                break;
            }
        }
        OSError err = OSError.of(errno);
        err.initCause(e);
        return err;
    }
}
