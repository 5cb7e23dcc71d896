package dev.pysocket.internal.io;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;

/**
 * BufferedOutput: Python's {@code io.BufferedWriter} over a {@link RawIO}
 * (Modules/_io/bufferedio.c): data that fits stays in the buffer until it is full or flushed;
 * larger writes flush the buffer and go out directly. Where a non-blocking socket takes
 * nothing, BlockingIOError 11 "write could not complete without blocking", as CPython's.
 */
public final class BufferedOutput {
    private static final String WOULD_BLOCK = "write could not complete without blocking";
    private final RawIO raw;
    private final byte[] buf;
    private int len;

    /** BufferedOutput: a writer to raw with a buffer of size bytes (at least 1). */
    public BufferedOutput(RawIO raw, int size) {
        this.raw = raw;
        this.buf = new byte[size];
    }

    /** write: Python's {@code write(b)} for b[off, off+n). */
    public void write(byte[] b, int off, int n) throws OSError {
        if (len + n <= buf.length) {
            System.arraycopy(b, off, buf, len, n);
            len += n;
            return;
        }
        flush();
        while (n > buf.length) {
            int w = raw.write(b, off, n);
            if (w == RawIO.NO_DATA) {
                System.arraycopy(b, off, buf, 0, buf.length); // keep what fits, as CPython does
                len = buf.length;
                throw new BlockingIOError(Errno.EAGAIN, WOULD_BLOCK);
            }
            off += w;
            n -= w;
        }
        System.arraycopy(b, off, buf, 0, n);
        len = n;
    }

    /** flush: Python's {@code flush()}: writes the whole buffer. */
    public void flush() throws OSError {
        int done = 0;
        try {
            while (done < len) {
                int w = raw.write(buf, done, len - done);
                if (w == RawIO.NO_DATA) {
                    throw new BlockingIOError(Errno.EAGAIN, WOULD_BLOCK);
                }
                done += w;
            }
        } finally {
            System.arraycopy(buf, done, buf, 0, len - done);
            len -= done;
        }
    }
}
