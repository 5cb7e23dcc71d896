package dev.pysocket.internal;

import java.nio.charset.StandardCharsets;

/**
 * FsEncoding: Python's {@code os.fsencode}/{@code os.fsdecode} on Linux, the conversion
 * between AF_UNIX path strings and the kernel's bytes (R27, docs/python-semantics.md §4, scenario 69): UTF-8
 * with the {@code surrogateescape} error handler (PEP 383).
 *
 * <ul>
 * <li>encode: every code point as UTF-8, except that a lone surrogate U+DC80..U+DCFF is the
 * single byte 0x80..0xFF it escapes. Any other lone surrogate (U+D800..U+DBFF, U+DC00..U+DC7F,
 * a high surrogate without its low one) is Python's UnicodeEncodeError, thrown as
 * IllegalArgumentException with Python's message.
 * <li>decode: valid UTF-8 (no overlong forms, no encoded surrogates, nothing above U+10FFFF)
 * as its code points; every byte not part of a valid sequence becomes U+DC00 + byte.
 * </ul>
 * So every byte string decodes to a String that encodes back to the same bytes. A Java String
 * is UTF-16: a high surrogate followed by a low one is one supplementary character there,
 * where Python would see two lone surrogates.
 */
public final class FsEncoding {
    private FsEncoding() {
    }

    /** encode returns the bytes Python's {@code os.fsencode(s)} gives on Linux. */
    public static byte[] encode(String s) {
        if (isAscii(s)) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
        int[] cps = s.codePoints().toArray();
        byte[] out = new byte[s.length() * 3]; // at most 3 bytes per UTF-16 unit
        int n = 0;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                if (c < 0xDC80 || c > 0xDCFF) {
                    throw surrogatesNotAllowed(cps, i);
                }
                out[n++] = (byte) (c - 0xDC00);
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | c >> 18);
                out[n++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** decode returns the String Python's {@code os.fsdecode(b)} gives on Linux. */
    public static String decode(byte[] b) {
        StringBuilder sb = null;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                if (sb != null) {
                    sb.append((char) c);
                }
                i++;
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(b.length).append(new String(b, 0, i, StandardCharsets.ISO_8859_1));
            }
            int len = sequenceLength(b, i);
            if (len == 0) {
                sb.append((char) (0xDC00 + c)); // surrogateescape: one byte, one escape
                i++;
                continue;
            }
            int cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            for (int k = 1; k < len; k++) {
                cp = cp << 6 | b[i + k] & 0x3F;
            }
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb == null ? new String(b, StandardCharsets.ISO_8859_1) : sb.toString();
    }

    /**
     * sequenceLength returns the length (2..4) of the valid UTF-8 sequence that starts at
     * b[i] (a byte >= 0x80), or 0 if none does. The second byte's range excludes overlong
     * forms (E0, F0), encoded surrogates (ED) and code points above U+10FFFF (F4), as
     * CPython's decoder does (Unicode Table 3-7).
     */
    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int len;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + len > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        if (second < lo || second > hi) {
            return 0;
        }
        for (int k = 2; k < len; k++) {
            int cont = b[i + k] & 0xFF;
            if (cont < 0x80 || cont > 0xBF) {
                return 0;
            }
        }
        return len;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * surrogatesNotAllowed: Python's UnicodeEncodeError for the run of lone surrogates around
     * cps[bad], from the first one surrogateescape cannot take (CPython's
     * unicode_encode_utf8: the run starts at the first surrogate and ends at the last
     * consecutive one; positions count code points).
     */
    private static IllegalArgumentException surrogatesNotAllowed(int[] cps, int bad) {
        int end = bad + 1;
        while (end < cps.length && cps[end] >= 0xD800 && cps[end] <= 0xDFFF) {
            end++;
        }
        String what = end - bad == 1
                ? String.format("character '\\u%04x' in position %d", cps[bad], bad)
                : String.format("characters in position %d-%d", bad, end - 1);
        return new IllegalArgumentException("'utf-8' codec can't encode " + what + ": surrogates not allowed");
    }
}
