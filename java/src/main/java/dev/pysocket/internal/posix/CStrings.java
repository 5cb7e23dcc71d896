package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** CStrings: NUL-terminated UTF-8 strings in native memory, the form the C layer takes and writes them in. */
final class CStrings {
    private CStrings() {
    }

    /** of returns s as NUL-terminated UTF-8 in new native memory (the caller closes it), or null for null (C's NULL). */
    static NativeMemory of(String s) throws OSError {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        NativeMemory m = NativeMemory.allocate(b.length + 1);
        m.buffer().put(0, b).put(b.length, (byte) 0);
        return m;
    }

    /** address returns m's address, or 0 (C's NULL) for null. */
    static long address(NativeMemory m) {
        return m == null ? 0 : m.address();
    }

    /** read returns the string that starts at offset of b and ends before its NUL (or at b's limit). */
    static String read(ByteBuffer b, int offset) {
        return new String(bytes(b, offset, end(b, offset) - offset), StandardCharsets.UTF_8);
    }

    /** end returns the index of the NUL that ends the string at offset (b's limit when there is none). */
    static int end(ByteBuffer b, int offset) {
        int i = offset;
        while (i < b.limit() && b.get(i) != 0) {
            i++;
        }
        return i;
    }

    /** bytes returns a copy of len bytes of b from offset. */
    static byte[] bytes(ByteBuffer b, int offset, int len) {
        byte[] out = new byte[len];
        b.get(offset, out);
        return out;
    }
}
