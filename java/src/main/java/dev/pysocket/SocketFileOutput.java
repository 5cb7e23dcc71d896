package dev.pysocket;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * SocketFileOutput: {@link SocketFile#outputStream()}: a binary file as an OutputStream. A
 * closed file is an IOException here, as java.io's contract says.
 */
final class SocketFileOutput extends OutputStream {
    private final SocketFile file;

    SocketFileOutput(SocketFile file) {
        this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        try {
            byte[] part = off == 0 && len == b.length ? b : Arrays.copyOfRange(b, off, off + len);
            int done = 0;
            while (done < part.length) { // buffering 0: a send may take part of it
                byte[] rest = done == 0 ? part : Arrays.copyOfRange(part, done, part.length);
                int n = file.write(rest);
                if (n < 0) {
                    throw new BlockingIOError(dev.pysocket.Errno.EAGAIN, "Resource temporarily unavailable");
                }
                done += n;
            }
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            file.flush();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
