package dev.pysocket.internal.io;

/** ByteSink: encoded bytes waiting to be written, bytes[0, len); grows as needed. */
final class ByteSink {
    byte[] bytes;
    int len;

    ByteSink(int capacity) {
        bytes = new byte[capacity];
    }

    void room(int n) {
        if (len + n > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, len + n));
        }
    }

    void append(byte b) {
        room(1);
        bytes[len++] = b;
    }

    void append(char asciiChar) {
        append((byte) asciiChar);
    }

    void append(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, bytes, len, b.length);
        len += b.length;
    }
}
