package dev.pysocket.internal;

/** PyRepr formats values as Python prints them: the repr of str and bytes. */
public final class PyRepr {
    private PyRepr() {
    }

    /** str returns Python's repr of a str: single quotes unless the text holds one and no double quote. */
    public static String str(String s) {
        if (s == null) {
            return "None";
        }
        char quote = quote(s.indexOf('\'') >= 0, s.indexOf('"') >= 0);
        StringBuilder b = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // A str shows every other character as itself, non-ASCII included.
            appendEscaped(b, c, quote, c < 0x20 || c == 0x7f);
        }
        return b.append(quote).toString();
    }

    /** ipv4: {@link InetText#ntop4}, kept for the jdk resolver until its restructuring lands. */
    public static String ipv4(byte[] a) {
        return InetText.ntop4(a);
    }

    /** ipv6: {@link InetText#ntop6}, kept for the jdk resolver until its restructuring lands. */
    public static String ipv6(byte[] a) {
        return InetText.ntop6(a);
    }

    /** bytes returns Python's repr of a bytes object, e.g. {@code b'\x00name'} (abstract AF_UNIX names, R27). */
    public static String bytes(byte[] v) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : v) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = quote(single, dbl);
        StringBuilder b = new StringBuilder(v.length + 3).append('b').append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            // A bytes literal is ASCII: every byte from 0x7f up is a \x escape.
            appendEscaped(b, c, quote, c < 0x20 || c >= 0x7f);
        }
        return b.append(quote).toString();
    }

    /** quote: Python's choice for a literal, single quotes unless it holds one and no double quote. */
    private static char quote(boolean hasSingle, boolean hasDouble) {
        return hasSingle && !hasDouble ? '"' : '\'';
    }

    /**
     * appendEscaped writes one character of a str or bytes literal as repr does: the quote and
     * backslash escaped, \n \r \t by name, {@code \xNN} where hex says (the two literals differ
     * only in which characters that is), else the character itself.
     */
    private static void appendEscaped(StringBuilder b, int c, char quote, boolean hex) {
        if (c == quote || c == '\\') {
            b.append('\\').append((char) c);
        } else if (c == '\n') {
            b.append("\\n");
        } else if (c == '\r') {
            b.append("\\r");
        } else if (c == '\t') {
            b.append("\\t");
        } else if (hex) {
            b.append(String.format("\\x%02x", c));
        } else {
            b.append((char) c);
        }
    }
}
