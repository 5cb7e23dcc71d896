package dev.pysocket.internal.io;

import dev.pysocket.OSError;

/**
 * TextWriter: the writing half of Python's {@code io.TextIOWrapper} over a
 * {@link BufferedOutput} (Modules/_io/textio.c): "\n" becomes the newline argument's string,
 * the text is encoded, and the bytes wait in a chunk of 8192 before they reach the buffer
 * (what was pending goes first when a write would overflow the chunk), so text goes out on
 * {@code flush()}, on {@code close()}, or once 8192 bytes are pending.
 * {@code socket.makefile} never turns on line buffering (buffering=1 is a 1-byte buffer
 * under the 8192-byte chunk), so neither does this.
 */
public final class TextWriter {
    private final BufferedOutput out;
    private final Newline newline;
    private final TextEncoder encoder;
    private final ByteSink pending = new ByteSink(TextReader.CHUNK);

    /** TextWriter: encodes onto out with encoding and errors, newline's rules. */
    public TextWriter(BufferedOutput out, TextEncoding encoding, String errors, Newline newline) {
        this.out = out;
        this.newline = newline;
        this.encoder = new TextEncoder(encoding, errors);
    }

    /** write: Python's {@code write(s)}: the number of code points of s. */
    public int write(CharSequence s) throws OSError {
        CharSequence text = s;
        if (newline.writeNewline() != null) {
            text = s.toString().replace("\n", newline.writeNewline());
        }
        int before = pending.len;
        try {
            encoder.encode(text, pending);
        } catch (IllegalArgumentException e) {
            pending.len = before; // CPython encodes the whole text before keeping any of it
            throw e;
        }
        if (before > 0 && pending.len > TextReader.CHUNK) {
            // CPython first writes out what was pending when the new text would overflow the chunk
            int added = pending.len - before;
            pending.len = 0;
            out.write(pending.bytes, 0, before);
            System.arraycopy(pending.bytes, before, pending.bytes, 0, added);
            pending.len = added;
        }
        if (pending.len >= TextReader.CHUNK) {
            flushPending();
        }
        return Character.codePointCount(s, 0, s.length());
    }

    /** flush: Python's {@code flush()}: the pending text to the buffer, then the buffer to the socket. */
    public void flush() throws OSError {
        flushPending();
        out.flush();
    }

    private void flushPending() throws OSError {
        if (pending.len > 0) {
            int n = pending.len;
            pending.len = 0;
            out.write(pending.bytes, 0, n);
        }
    }
}
