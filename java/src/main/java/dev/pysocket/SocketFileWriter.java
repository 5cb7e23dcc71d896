package dev.pysocket;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * SocketFileWriter: {@link SocketFile#writer()}: a text file as a Writer, with the file's
 * encoding and newline translation. A closed file is an IOException here, as java.io's
 * contract says.
 */
final class SocketFileWriter extends Writer {
    private final SocketFile file;
    /** pendingHigh: a high surrogate that ended the last write, 0 if none. */
    private char pendingHigh;

    SocketFileWriter(SocketFile file) {
        this.file = file;
    }

    @Override
    public void write(char[] c, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, c.length);
        write(CharBuffer.wrap(c, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.subSequence(off, off + len));
    }

    private void write(CharSequence s) throws IOException {
        CharSequence text = s;
        if (pendingHigh != 0) { // a surrogate pair split between two writes is one character
            text = pendingHigh + s.toString();
            pendingHigh = 0;
        }
        int n = text.length();
        if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
            pendingHigh = text.charAt(n - 1);
            text = text.subSequence(0, n - 1);
        }
        try {
            file.write(text);
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            if (pendingHigh != 0) { // a lone surrogate after all: the encoder judges it
                file.write(String.valueOf(pendingHigh));
                pendingHigh = 0;
            }
            file.flush();
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (!file.closed()) {
            flush();
        }
        file.close();
    }
}
