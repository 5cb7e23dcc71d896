package dev.pysocket.internal.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * TextDecoder: bytes to characters with one of Python's error handlers, incrementally (an
 * incomplete character at the end of a chunk waits for the next one, as
 * {@code codecs.getincrementaldecoder} does). For UTF-8 the bytes an error covers and its
 * reason are CPython's (Objects/stringlib/codecs.h: a maximal invalid prefix, "invalid start
 * byte", "invalid continuation byte", "unexpected end of data"), which Java's decoder does not
 * always agree with (it takes ED A0 80 as one error, CPython as three).
 */
final class TextDecoder {
    private final TextEncoding encoding;
    private final String errors;
    private final CharsetDecoder decoder;
    private ErrorHandler handler;

    TextDecoder(TextEncoding encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        this.decoder = encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * decode decodes src[0, len) into out and returns how many bytes it consumed: all of them
     * when fin, else all but an incomplete character at the end, which the caller passes again
     * in front of the next chunk.
     *
     * @throws IllegalArgumentException Python's UnicodeDecodeError (strict), or LookupError for
     *         an unknown handler
     */
    int decode(byte[] src, int len, boolean fin, CharBuf out) {
        ByteBuffer in = ByteBuffer.wrap(src, 0, len);
        out.room(len + 1);
        for (;;) {
            CharBuffer cb = CharBuffer.wrap(out.chars, out.lim, out.chars.length - out.lim);
            CoderResult r = decoder.decode(in, cb, fin);
            out.lim = cb.position();
            if (r.isOverflow()) {
                out.room(Math.max(16, in.remaining()));
                continue;
            }
            if (r.isUnderflow()) {
                if (fin) {
                    CharBuffer tail = CharBuffer.wrap(out.chars, out.lim, out.chars.length - out.lim);
                    decoder.flush(tail);
                    out.lim = tail.position();
                    decoder.reset();
                }
                return in.position();
            }
            int at = in.position();
            int bad = encoding.utf8() ? utf8ErrorLength(src, at, len) : r.length();
            handle(src, at, bad, reason(src, at, len), out);
            in.position(at + bad);
        }
    }

    /** reset forgets decoder state (TextIOWrapper resets its decoder when it writes). */
    void reset() {
        decoder.reset();
    }

    private void handle(byte[] src, int at, int n, String reason, CharBuf out) {
        if (handler == null) {
            handler = ErrorHandler.named(errors);
        }
        switch (handler) {
            case STRICT -> throw new IllegalArgumentException(message(src, at, n, reason));
            case IGNORE -> {
            }
            case REPLACE -> out.append('\uFFFD');
            case SURROGATEESCAPE -> {
                for (int i = 0; i < n; i++) {
                    int b = src[at + i] & 0xff;
                    if (b < 128) { // Python's surrogateescape never maps an ASCII byte
                        throw new IllegalArgumentException(message(src, at, n, reason));
                    }
                    out.append((char) (0xDC00 + b));
                }
            }
            case BACKSLASHREPLACE -> {
                for (int i = 0; i < n; i++) {
                    out.append(String.format("\\x%02x", src[at + i] & 0xff));
                }
            }
            default -> throw new IllegalArgumentException("don't know how to handle UnicodeDecodeError in error callback");
        }
    }

    private String message(byte[] src, int at, int n, String reason) {
        String codec = "'" + encoding.pythonName() + "' codec can't decode ";
        if (n == 1) {
            return codec + String.format("byte 0x%02x in position %d: %s", src[at] & 0xff, at, reason);
        }
        return codec + "bytes in position " + at + "-" + (at + n - 1) + ": " + reason;
    }

    private String reason(byte[] src, int at, int len) {
        if (encoding.utf8()) {
            return utf8Reason(src, at, len);
        }
        if (encoding.pythonName().equals("ascii")) {
            return "ordinal not in range(128)";
        }
        return "illegal multibyte sequence";
    }

    /** utf8ErrorLength: how many bytes CPython's UTF-8 decoder reports as one error at src[at]. */
    static int utf8ErrorLength(byte[] src, int at, int len) {
        int b0 = src[at] & 0xff;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return 1;
        }
        int need = b0 < 0xE0 ? 1 : b0 < 0xF0 ? 2 : 3;
        for (int i = 1; i <= need; i++) {
            if (at + i >= len || !continuation(b0, i, src[at + i] & 0xff)) {
                return i;
            }
        }
        return need + 1;
    }

    private static String utf8Reason(byte[] src, int at, int len) {
        int b0 = src[at] & 0xff;
        if (b0 < 0xC2 || b0 > 0xF4) {
            return "invalid start byte";
        }
        int n = utf8ErrorLength(src, at, len);
        return at + n >= len ? "unexpected end of data" : "invalid continuation byte";
    }

    /** continuation: whether c may be byte i (1..3) of a sequence starting with b0 (RFC 3629 §4). */
    private static boolean continuation(int b0, int i, int c) {
        int lo = 0x80;
        int hi = 0xBF;
        if (i == 1) {
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            } else if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        }
        return c >= lo && c <= hi;
    }
}
