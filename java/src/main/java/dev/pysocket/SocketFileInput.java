package dev.pysocket;

import java.io.IOException;
import java.io.InputStream;

/**
 * SocketFileInput: {@link SocketFile#inputStream()}: a binary file as an InputStream. A
 * closed file or a wrong direction is an IOException here, as java.io's contract says.
 */
final class SocketFileInput extends InputStream {
    private final SocketFile file;

    SocketFileInput(SocketFile file) {
        this.file = file;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        try {
            return file.readSome(b, off, len);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
