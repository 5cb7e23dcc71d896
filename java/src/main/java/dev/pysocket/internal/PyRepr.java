package dev.pysocket.internal;

/** PyRepr formats values as Python prints them: str repr and canonical IP text. */
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

    /** ipv4 returns dotted-quad text for 4 network-order bytes. */
    public static String ipv4(byte[] a) {
        return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }

    /**
     * ipv6 returns RFC 5952 text for 16 bytes, as glibc's inet_ntop prints it: the longest
     * run (>= 2) of zero groups as "::", lower-case hex, and a v4-mapped or v4-compatible
     * tail in dotted form ("::ffff:1.2.3.4").
     */
    public static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        }
        boolean v4tail = g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0
                && (g[5] == 0xffff || (g[5] == 0 && g[6] != 0));
        int groups = v4tail ? 6 : 8;
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < groups && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < groups; i++) {
            if (i == bestStart) {
                b.append("::");
                i += bestLen - 1;
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(Integer.toHexString(g[i]));
        }
        if (v4tail) {
            if (b.length() > 0 && b.charAt(b.length() - 1) != ':') {
                b.append(':');
            }
            b.append(a[12] & 0xff).append('.').append(a[13] & 0xff).append('.')
                    .append(a[14] & 0xff).append('.').append(a[15] & 0xff);
        }
        return b.toString();
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
