package dev.pysocket;

import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.io.FileErrors;
import dev.pysocket.internal.io.RawIO;

/**
 * SocketIO: Python's {@code socket.SocketIO} (Lib/socket.py), the raw file under every
 * {@link SocketFile}: one {@code recv_into} or {@code send} per call, with the socket's
 * timeout as it is at that moment.
 * <ul>
 *   <li>It holds one of the socket's file references ({@code _io_refs}) from creation to
 *       {@link #close()}, through the socket's {@link FdHandle}: the descriptor stays open
 *       until the socket and every file are closed (R17).</li>
 *   <li>Once a read raised {@link TimeoutError} it refuses every later read with
 *       "cannot read from timed out object": the timeout may have cut a read in the middle of
 *       what a buffer above expected, so the stream's position is unknown.</li>
 *   <li>EAGAIN (a non-blocking socket with nothing to read, or no room to write) is
 *       {@link RawIO#NO_DATA}, Python's None.</li>
 * </ul>
 */
final class SocketIO implements RawIO {
    private final Socket sock;
    private final FdHandle lifetime;
    private final boolean reading;
    private final boolean writing;
    private volatile boolean closed;
    private volatile boolean timeoutOccurred;

    SocketIO(Socket sock, boolean reading, boolean writing) {
        this.sock = sock;
        this.lifetime = sock.lifetime();
        this.reading = reading;
        this.writing = writing;
        lifetime.retainIo();
    }

    @Override
    public int readinto(byte[] b, int off, int len) throws OSError {
        checkClosed();
        if (!reading) {
            throw FileErrors.unsupported("File or stream is not readable.");
        }
        if (timeoutOccurred) {
            throw new OSError("cannot read from timed out object");
        }
        try {
            return sock.recvRaw(b, off, len);
        } catch (TimeoutError e) {
            timeoutOccurred = true;
            throw e;
        } catch (BlockingIOError e) {
            if (e.errno() == Errno.EAGAIN || e.errno() == Errno.EWOULDBLOCK) {
                return NO_DATA;
            }
            throw e;
        }
    }

    @Override
    public int write(byte[] b, int off, int len) throws OSError {
        checkClosed();
        if (!writing) {
            throw FileErrors.unsupported("File or stream is not writable.");
        }
        try {
            return sock.sendRaw(b, off, len);
        } catch (BlockingIOError e) {
            if (e.errno() == Errno.EAGAIN || e.errno() == Errno.EWOULDBLOCK) {
                return NO_DATA;
            }
            throw e;
        }
    }

    boolean closed() {
        return closed;
    }

    void checkClosed() {
        if (closed) {
            throw FileErrors.closed(FileErrors.CLOSED_FILE);
        }
    }

    int fileno() {
        checkClosed();
        return sock.fileno();
    }

    /**
     * close: marks the file closed and gives its reference back: if the socket was closed
     * already and this was its last file, the descriptor closes now. Idempotent.
     */
    void close() throws OSError {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        sock.releaseFile();
    }
}
