package dev.pysocket.internal.io;

import dev.pysocket.OSError;
import java.util.ArrayList;
import java.util.List;

/**
 * TextReader: the reading half of Python's {@code io.TextIOWrapper} (Lib/_pyio.py,
 * Modules/_io/textio.c) over a {@link BufferedInput}: it takes chunks of up to 8192 bytes
 * with {@code read1}, decodes them, and applies {@code IncrementalNewlineDecoder}'s rules
 * (a "\r" at the end of a chunk waits for the next one, so "\r\n" is never split; with
 * translation "\r\n" and "\r" become "\n"). A chunk that brings nothing, at the end of the
 * stream or because a non-blocking socket had no data, ends the call with what it has, as
 * in CPython.
 */
public final class TextReader {
    /** CHUNK: TextIOWrapper's _CHUNK_SIZE. */
    static final int CHUNK = 8192;
    /** MAX_CHAR_BYTES: room kept in front of a chunk for an incomplete character of the last one. */
    private static final int MAX_CHAR_BYTES = 16;

    private final BufferedInput in;
    private final Newline newline;
    private final TextDecoder decoder;
    private final CharBuf decoded = new CharBuf(CHUNK * 2);
    private final byte[] bytes = new byte[CHUNK + MAX_CHAR_BYTES];
    /** carry: bytes[0, carry) are an incomplete character left by the last chunk. */
    private int carry;
    /** pendingCR: IncrementalNewlineDecoder's held-back "\r". */
    private boolean pendingCR;
    /** lastNoData: the last chunk found a non-blocking socket empty. */
    private boolean lastNoData;

    /** TextReader: decodes in with encoding and errors, newline's rules. */
    public TextReader(BufferedInput in, TextEncoding encoding, String errors, Newline newline) {
        this.in = in;
        this.newline = newline;
        this.decoder = new TextDecoder(encoding, errors);
    }

    /** readline: Python's {@code readline()}: through the line end, kept; "" at the end of the stream. */
    public String readline() throws OSError {
        int start = decoded.pos;
        for (;;) {
            int end = lineEnd(start);
            if (end >= 0) {
                return decoded.take(end - decoded.pos);
            }
            start = Math.max(decoded.pos, decoded.lim - (newline.readNewline() == null ? 0 : newline.readNewline().length() - 1));
            int offset = start - decoded.pos;
            if (!readChunk()) {
                return decoded.take(decoded.available());
            }
            start = decoded.pos + offset;
        }
    }

    /** lineEnd: the index after the first line end in decoded[from, lim), -1 if none. */
    private int lineEnd(int from) {
        char[] c = decoded.chars;
        int lim = decoded.lim;
        if (newline.readTranslate()) {
            for (int i = from; i < lim; i++) {
                if (c[i] == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (newline.readUniversal()) {
            for (int i = from; i < lim; i++) {
                if (c[i] == '\n') {
                    return i + 1;
                }
                if (c[i] == '\r') {
                    return i + 1 < lim && c[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        String nl = newline.readNewline();
        char first = nl.charAt(0);
        for (int i = from; i + nl.length() <= lim; i++) {
            if (c[i] == first && (nl.length() == 1 || c[i + 1] == nl.charAt(1))) {
                return i + nl.length();
            }
        }
        return -1;
    }

    /** read: Python's {@code read(n)}: n code points, fewer at the end of the stream; n &lt; 0 reads to the end. */
    public String read(int n) throws OSError {
        if (n < 0) {
            return readAll();
        }
        for (;;) {
            int end = afterCodePoints(n);
            if (end >= 0) {
                return decoded.take(end - decoded.pos);
            }
            if (!readChunk()) {
                return decoded.take(decoded.available());
            }
        }
    }

    /** afterCodePoints: the index after n code points of decoded, -1 if it holds fewer. */
    private int afterCodePoints(int n) {
        char[] c = decoded.chars;
        int i = decoded.pos;
        for (int k = 0; k < n; k++) {
            if (i >= decoded.lim) {
                return -1;
            }
            i += Character.isHighSurrogate(c[i]) && i + 1 < decoded.lim && Character.isLowSurrogate(c[i + 1]) ? 2 : 1;
        }
        return i;
    }

    /**
     * readAll: Python's {@code read()}: to the end of the stream. With a non-blocking socket
     * that has nothing buffered, CPython's decoder fails on the None it gets: "can't concat
     * NoneType to bytes" (a TypeError; IllegalArgumentException here).
     */
    private String readAll() throws OSError {
        byte[] rest = in.readAll();
        if (rest == null) {
            if (carry == 0 && decoded.available() == 0 && !pendingCR) {
                throw new IllegalArgumentException("can't concat NoneType to bytes");
            }
            rest = new byte[0];
        }
        byte[] all = rest;
        if (carry > 0) {
            all = new byte[carry + rest.length];
            System.arraycopy(bytes, 0, all, 0, carry);
            System.arraycopy(rest, 0, all, carry, rest.length);
            carry = 0;
        }
        addDecoded(all, all.length, true);
        return decoded.take(decoded.available());
    }

    /** readlines: Python's {@code readlines()}: every line to the end of the stream. */
    public List<String> readlines() throws OSError {
        List<String> lines = new ArrayList<>();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            lines.add(line);
        }
        return lines;
    }

    /**
     * forgetReadAhead: what TextIOWrapper.write() does first (Modules/_io/textio.c): decoded
     * characters not yet read are dropped and the decoder reset, so a write on an "rw" text
     * file loses read-ahead, in CPython as here.
     */
    public void forgetReadAhead() {
        decoded.clear();
        carry = 0;
        pendingCR = false;
        decoder.reset();
    }

    /**
     * readChars: at most len decoded characters into dst (a Reader's read): waits for at least
     * one; 0 at the end of the stream, {@link RawIO#NO_DATA} when a non-blocking socket had none.
     */
    public int readChars(char[] dst, int off, int len) throws OSError {
        if (len == 0) {
            return 0;
        }
        while (decoded.available() == 0) {
            if (!readChunk()) {
                if (decoded.available() > 0) {
                    break;
                }
                return lastNoData ? RawIO.NO_DATA : 0;
            }
        }
        int n = Math.min(len, decoded.available());
        System.arraycopy(decoded.chars, decoded.pos, dst, off, n);
        decoded.pos += n;
        if (decoded.pos == decoded.lim) {
            decoded.clear();
        }
        return n;
    }

    /** readChunk: decodes one more chunk; false when it brought nothing (end of stream, or no data). */
    private boolean readChunk() throws OSError {
        int r = in.read1(bytes, carry, CHUNK);
        lastNoData = r == RawIO.NO_DATA;
        boolean fin = r <= 0;
        int len = carry + Math.max(r, 0);
        int before = decoded.available() + (pendingCR ? 1 : 0);
        carry = 0;
        addDecoded(bytes, len, fin);
        int consumed = len - carry;
        System.arraycopy(bytes, consumed, bytes, 0, carry);
        return !fin || decoded.available() + (pendingCR ? 1 : 0) > before;
    }

    /**
     * addDecoded decodes src[0, len) onto decoded, then applies the newline rules to the new
     * characters. A decoding error loses the whole chunk, as in CPython, where the decoder
     * raises before TextIOWrapper keeps anything of it.
     */
    private void addDecoded(byte[] src, int len, boolean fin) {
        int from = decoded.lim - decoded.pos;
        int used;
        try {
            used = decoder.decode(src, len, fin, decoded);
        } catch (IllegalArgumentException e) {
            decoded.lim = decoded.pos + from;
            carry = 0;
            decoder.reset();
            throw e;
        }
        carry = len - used;
        int start = decoded.pos + from;
        if (!newline.readUniversal()) {
            return;
        }
        if (pendingCR && (decoded.lim > start || fin)) {
            decoded.room(1);
            start = decoded.pos + from;
            System.arraycopy(decoded.chars, start, decoded.chars, start + 1, decoded.lim - start);
            decoded.chars[start] = '\r';
            decoded.lim++;
            pendingCR = false;
        }
        if (!fin && decoded.lim > start && decoded.chars[decoded.lim - 1] == '\r') {
            decoded.lim--;
            pendingCR = true;
        }
        if (newline.readTranslate()) {
            translate(start);
        }
    }

    /** translate rewrites "\r\n" and "\r" as "\n" in decoded[start, lim), in place. */
    private void translate(int start) {
        char[] c = decoded.chars;
        int lim = decoded.lim;
        int w = start;
        for (int i = start; i < lim; i++) {
            char ch = c[i];
            if (ch == '\r') {
                if (i + 1 < lim && c[i + 1] == '\n') {
                    i++;
                }
                ch = '\n';
            }
            c[w++] = ch;
        }
        decoded.lim = w;
    }
}
