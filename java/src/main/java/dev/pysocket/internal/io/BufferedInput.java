package dev.pysocket.internal.io;

import dev.pysocket.OSError;
import java.util.Arrays;

/**
 * BufferedInput: Python's {@code io.BufferedReader} over a {@link RawIO} (Modules/_io/bufferedio.c):
 * reads ahead at most the buffer size; {@code read(n)} and {@code readinto} wait until they
 * have n bytes or the stream ends; {@code readline} splits on b"\n". "No data" from a
 * non-blocking socket ends a read with what it has, or {@code null} / {@link RawIO#NO_DATA}
 * when it has nothing, as CPython returns None.
 */
public final class BufferedInput {
    private static final byte[] EMPTY = new byte[0];
    private final RawIO raw;
    private final byte[] buf;
    private int pos;
    private int lim;

    /** BufferedInput: a reader of raw with a buffer of size bytes (at least 1). */
    public BufferedInput(RawIO raw, int size) {
        this.raw = raw;
        this.buf = new byte[size];
    }

    /** read: Python's {@code read(n)}; n &lt; 0 reads to the end of the stream; null for None. */
    public byte[] read(int n) throws OSError {
        if (n < 0) {
            return readAll();
        }
        if (n == 0) {
            return EMPTY;
        }
        int have = lim - pos;
        if (n <= have) {
            byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return out;
        }
        byte[] out = new byte[n];
        int got = readinto(out, 0, n);
        if (got == RawIO.NO_DATA) {
            return null;
        }
        return got == n ? out : Arrays.copyOf(out, got);
    }

    /**
     * readinto: Python's {@code readinto(b)} for b[off, off+n): fills it unless the stream ends
     * or has no data; the count, {@link RawIO#NO_DATA} when there was nothing at all.
     */
    public int readinto(byte[] b, int off, int n) throws OSError {
        int written = Math.min(n, lim - pos);
        System.arraycopy(buf, pos, b, off, written);
        pos += written;
        while (written < n) {
            int remaining = n - written;
            int r;
            if (remaining > buf.length) {
                r = raw.readinto(b, off + written, remaining);
                if (r > 0) {
                    written += r;
                    continue;
                }
            } else {
                r = fill();
                if (r > 0) {
                    int take = Math.min(r, remaining);
                    System.arraycopy(buf, pos, b, off + written, take);
                    pos += take;
                    written += take;
                    continue;
                }
            }
            if (r == RawIO.NO_DATA && written == 0) {
                return RawIO.NO_DATA;
            }
            break;
        }
        return written;
    }

    /** read1: Python's {@code read1(n)}: what is buffered, else one raw read straight into b. */
    public int read1(byte[] b, int off, int n) throws OSError {
        int have = lim - pos;
        if (have > 0) {
            int take = Math.min(have, n);
            System.arraycopy(buf, pos, b, off, take);
            pos += take;
            return take;
        }
        return raw.readinto(b, off, n);
    }

    /** readAll: Python's {@code read()}: to the end of the stream; null for None with nothing read. */
    public byte[] readAll() throws OSError {
        byte[] out = Arrays.copyOfRange(buf, pos, Math.max(lim, pos + Math.max(buf.length, 8192)));
        int len = lim - pos;
        pos = 0;
        lim = 0;
        for (;;) {
            if (len == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            int r = raw.readinto(out, len, out.length - len);
            if (r > 0) {
                len += r;
                continue;
            }
            if (r == RawIO.NO_DATA && len == 0) {
                return null;
            }
            return Arrays.copyOf(out, len);
        }
    }

    /**
     * readline: Python's {@code readline()}: through b"\n", or what the stream had before its
     * end or "no data". noDataRaises: BufferedRWPair's readline (IOBase's, over read()) instead
     * raises CPython's OSError where the socket has no data.
     */
    public byte[] readline(boolean noDataRaises) throws OSError {
        byte[] acc = null;
        int accLen = 0;
        for (;;) {
            for (int i = pos; i < lim; i++) {
                if (buf[i] == '\n') {
                    int n = i + 1 - pos;
                    if (acc == null) {
                        byte[] line = Arrays.copyOfRange(buf, pos, i + 1);
                        pos = i + 1;
                        return line;
                    }
                    acc = grow(acc, accLen, n);
                    System.arraycopy(buf, pos, acc, accLen, n);
                    pos = i + 1;
                    return Arrays.copyOf(acc, accLen + n);
                }
            }
            int n = lim - pos;
            acc = grow(acc == null ? new byte[Math.max(64, n)] : acc, accLen, n);
            System.arraycopy(buf, pos, acc, accLen, n);
            accLen += n;
            pos = lim;
            int r = fill();
            if (r == RawIO.NO_DATA && noDataRaises) {
                throw new OSError("read() should have returned a bytes object, not 'NoneType'");
            }
            if (r <= 0) {
                return Arrays.copyOf(acc, accLen);
            }
        }
    }

    private static byte[] grow(byte[] a, int len, int more) {
        return len + more <= a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, len + more));
    }

    /** fill: one raw read into the empty buffer; its result. */
    private int fill() throws OSError {
        pos = 0;
        lim = 0;
        int r = raw.readinto(buf, 0, buf.length);
        if (r > 0) {
            lim = r;
        }
        return r;
    }
}
