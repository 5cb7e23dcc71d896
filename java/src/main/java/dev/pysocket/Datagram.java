package dev.pysocket;

import java.util.Arrays;
import java.util.Objects;

/**
 * Datagram: Python's {@code (bytes, address)} from {@link Socket#recvfrom(int)}.
 * {@code address} is {@code null} where Python gives None (R27: the kernel reported no
 * address, e.g. recvfrom on a connected TCP socket). Equality compares the bytes, as
 * Python's tuple equality does.
 */
public record Datagram(byte[] data, Address address) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Datagram d && Arrays.equals(d.data, data) && Objects.equals(d.address, address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + Objects.hashCode(address);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (b'hi', ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return "(" + bytesRepr(data) + ", " + (address == null ? "None" : address) + ")";
    }

    /** bytesRepr: Python's repr of bytes (single quotes unless only a double quote avoids escapes). */
    private static String bytesRepr(byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                s.append('\\').append((char) c);
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                s.append(String.format("\\x%02x", c));
            } else {
                s.append((char) c);
            }
        }
        return s.append(quote).toString();
    }
}
