package dev.pysocket.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * MemoryFileChannel: a read-only FileChannel over a byte array, not the JDK's: no descriptor
 * behind it, so sendfile must take its path through send() (the native backend) or the
 * channel's own transferTo (the jdk backend). Counts the positional reads it serves.
 */
public final class MemoryFileChannel extends FileChannel {
    private final byte[] data;
    private long position;
    private int positionalReads;

    public MemoryFileChannel(byte[] data) {
        this.data = data.clone();
    }

    /** positionalReads: how many read(dst, position) calls were served. */
    public int positionalReads() {
        return positionalReads;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        int n = read(dst, position);
        if (n > 0) {
            position += n;
        }
        return n;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            int n = read(dsts[i]);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
        }
        return total;
    }

    @Override
    public int write(ByteBuffer src) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public FileChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return data.length;
    }

    @Override
    public FileChannel truncate(long size) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public void force(boolean metaData) {
    }

    @Override
    public long transferTo(long pos, long count, WritableByteChannel target) throws IOException {
        if (pos >= data.length) {
            return 0;
        }
        int n = (int) Math.min(count, data.length - pos);
        return target.write(ByteBuffer.wrap(data, (int) pos, n));
    }

    @Override
    public long transferFrom(ReadableByteChannel src, long pos, long count) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public int read(ByteBuffer dst, long pos) throws IOException {
        positionalReads++;
        if (pos >= data.length) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), data.length - pos);
        dst.put(data, (int) pos, n);
        return n;
    }

    @Override
    public int write(ByteBuffer src, long pos) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long pos, long size) {
        throw new UnsupportedOperationException("not mappable");
    }

    @Override
    public FileLock lock(long pos, long size, boolean shared) {
        throw new UnsupportedOperationException("no locks");
    }

    @Override
    public FileLock tryLock(long pos, long size, boolean shared) {
        throw new UnsupportedOperationException("no locks");
    }

    @Override
    protected void implCloseChannel() {
    }
}
