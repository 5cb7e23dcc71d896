package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * FsEncodingTest: Python's os.fsencode/os.fsdecode (UTF-8 + surrogateescape) for AF_UNIX
 * names (R27, docs/python-semantics.md §4, scenario 69). Expected values are what CPython 3.11 prints.
 */
class FsEncodingTest {

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    @Test
    void asciiAndUtf8TextEncodeAsUtf8() {
        assertArrayEquals("/tmp/s".getBytes(StandardCharsets.US_ASCII), FsEncoding.encode("/tmp/s"));
        assertArrayEquals("/tmp/é€😀".getBytes(StandardCharsets.UTF_8), FsEncoding.encode("/tmp/é€😀"));
        assertArrayEquals(bytes(0, 'a'), FsEncoding.encode("\0a"));
    }

    /** surrogateescape: U+DC80..U+DCFF are the bytes 0x80..0xFF. */
    @Test
    void escapedSurrogatesEncodeAsSingleBytes() {
        assertArrayEquals(bytes('a', 0xff, 0x80, 'b'), FsEncoding.encode("a\udcff\udc80b"));
    }

    /** Python: 'utf-8' codec can't encode character '\ud800' in position 1: surrogates not allowed. */
    @Test
    void otherLoneSurrogatesAreUnicodeEncodeErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FsEncoding.encode("\udcff\ud800b"));
        assertEquals("'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FsEncoding.encode("a\ud800\ud801"));
        assertEquals("'utf-8' codec can't encode characters in position 1-2: surrogates not allowed", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FsEncoding.encode("\udc7f\udc80"));
        assertEquals("'utf-8' codec can't encode characters in position 0-1: surrogates not allowed", e.getMessage());
        // Positions count code points, as Python's str does.
        e = assertThrows(IllegalArgumentException.class, () -> FsEncoding.encode("😀\udc41"));
        assertEquals("'utf-8' codec can't encode character '\\udc41' in position 1: surrogates not allowed",
                e.getMessage());
    }

    @Test
    void validUtf8DecodesToText() {
        assertEquals("/tmp/s", FsEncoding.decode("/tmp/s".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("€😀", FsEncoding.decode(bytes(0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)));
        assertEquals("", FsEncoding.decode(new byte[0]));
    }

    /** Every byte outside a valid sequence becomes U+DC00 + byte, as os.fsdecode gives. */
    @Test
    void invalidBytesDecodeToEscapes() {
        assertEquals("\udcff", FsEncoding.decode(bytes(0xff)));
        assertEquals("a\udc80b", FsEncoding.decode(bytes('a', 0x80, 'b')));
        assertEquals("\udce2\udc82", FsEncoding.decode(bytes(0xe2, 0x82))); // truncated
        assertEquals("\udced\udca0\udc80", FsEncoding.decode(bytes(0xed, 0xa0, 0x80))); // encoded surrogate
        assertEquals("\udcc0\udc80", FsEncoding.decode(bytes(0xc0, 0x80))); // overlong
        assertEquals("\udcf4\udc90\udc80\udc80", FsEncoding.decode(bytes(0xf4, 0x90, 0x80, 0x80))); // > U+10FFFF
        assertEquals("\udce2\udc82A", FsEncoding.decode(bytes(0xe2, 0x82, 'A')));
    }

    /** Any byte string survives decode then encode exactly. */
    @Test
    void everyByteStringRoundTrips() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(69);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[r.nextInt(12)];
            r.nextBytes(b);
            assertArrayEquals(b, FsEncoding.encode(FsEncoding.decode(b)), () -> java.util.Arrays.toString(b));
        }
        for (int v = 0; v < 256; v++) {
            byte[] one = bytes(v);
            assertArrayEquals(one, FsEncoding.encode(FsEncoding.decode(one)));
        }
    }
}
