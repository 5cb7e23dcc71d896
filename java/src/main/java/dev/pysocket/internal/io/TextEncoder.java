package dev.pysocket.internal.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * TextEncoder: characters to bytes with one of Python's error handlers. As CPython's encoders
 * (Objects/unicodeobject.c {@code unicode_encode_utf8}, {@code unicode_encode_ucs1}) an error
 * covers a run of consecutive characters the codec cannot encode (lone surrogates for UTF-8,
 * code points above 127 for ASCII, above 255 for Latin-1), and positions count code points.
 */
final class TextEncoder {
    private final TextEncoding encoding;
    private final String errors;
    private final CharsetEncoder encoder;
    private final int limit;
    private ErrorHandler handler;

    TextEncoder(TextEncoding encoding, String errors) {
        this.encoding = encoding;
        this.errors = errors;
        this.encoder = encoding.charset().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.limit = switch (encoding.pythonName()) {
            case "ascii" -> 0x80;
            case "latin-1" -> 0x100;
            default -> Integer.MAX_VALUE;
        };
    }

    /**
     * encode appends s, encoded, to out.
     *
     * @throws IllegalArgumentException Python's UnicodeEncodeError (strict), or LookupError for
     *         an unknown handler
     */
    void encode(CharSequence s, ByteSink out) {
        int n = s.length();
        if (encoding.utf8() || limit != Integer.MAX_VALUE) {
            int i = 0;
            while (i < n && s.charAt(i) < 0x80) {
                i++;
            }
            if (i == n) { // ASCII: the bytes are the characters in every codec handled here
                out.room(n);
                for (int k = 0; k < n; k++) {
                    out.bytes[out.len++] = (byte) s.charAt(k);
                }
                return;
            }
        }
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int start = i;
            while (i < cps.length && encodable(cps[i])) {
                i++;
            }
            if (i > start) {
                put(new String(cps, start, i - start), out);
            }
            if (i == cps.length) {
                return;
            }
            int end = i;
            while (end < cps.length && !encodable(cps[end])) {
                end++;
            }
            handle(cps, i, end, out);
            i = end;
        }
    }

    private boolean encodable(int cp) {
        if (cp >= limit) {
            return false;
        }
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false;
        }
        return limit != Integer.MAX_VALUE || encoding.utf8() || encoder.canEncode(new String(Character.toChars(cp)));
    }

    private void put(String s, ByteSink out) {
        if (encoding.utf8()) {
            out.append(s.getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(s));
            byte[] a = new byte[b.remaining()];
            b.get(a);
            out.append(a);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("encodable text failed to encode", e);
        }
    }

    private void handle(int[] cps, int start, int end, ByteSink out) {
        if (handler == null) {
            handler = ErrorHandler.named(errors);
        }
        switch (handler) {
            case STRICT -> throw new IllegalArgumentException(message(cps, start, end));
            case IGNORE -> {
            }
            case REPLACE -> {
                for (int i = start; i < end; i++) {
                    out.append('?');
                }
            }
            case SURROGATEESCAPE -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                        throw new IllegalArgumentException(message(cps, i, end));
                    }
                    out.append((byte) cps[i]);
                }
            }
            case BACKSLASHREPLACE -> {
                for (int i = start; i < end; i++) {
                    put(backslashed(cps[i]), out);
                }
            }
            case XMLCHARREFREPLACE -> {
                for (int i = start; i < end; i++) {
                    put("&#" + cps[i] + ";", out);
                }
            }
            case NAMEREPLACE -> {
                for (int i = start; i < end; i++) {
                    String name = Character.isSurrogate((char) cps[i]) && cps[i] <= 0xFFFF ? null : Character.getName(cps[i]);
                    put(name == null ? backslashed(cps[i]) : "\\N{" + name + "}", out);
                }
            }
            default -> throw new IllegalStateException(handler.name());
        }
    }

    private static String backslashed(int cp) {
        return cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }

    private String message(int[] cps, int start, int end) {
        String reason = switch (encoding.pythonName()) {
            case "utf-8" -> "surrogates not allowed";
            case "ascii" -> "ordinal not in range(128)";
            case "latin-1" -> "ordinal not in range(256)";
            default -> "illegal multibyte sequence";
        };
        String codec = "'" + encoding.pythonName() + "' codec can't encode ";
        if (end == start + 1) {
            return codec + "character '" + backslashed(cps[start]) + "' in position " + start + ": " + reason;
        }
        return codec + "characters in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
