package dev.pysocket;

import java.io.IOException;
import java.io.Reader;

/**
 * SocketFileReader: {@link SocketFile#reader()}: a text file as a Reader, with the file's
 * decoding and newline translation. A closed file is an IOException here, as java.io's
 * contract says.
 */
final class SocketFileReader extends Reader {
    private final SocketFile file;

    SocketFileReader(SocketFile file) {
        this.file = file;
    }

    @Override
    public int read(char[] c, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, c.length);
        if (len == 0) {
            return 0;
        }
        try {
            return file.readChars(c, off, len);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
