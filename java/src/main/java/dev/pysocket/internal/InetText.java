package dev.pysocket.internal;

/**
 * InetText: IP address text to bytes and back, as glibc does it, the one place for it:
 * {@link #aton} is inet_aton(3) (BSD-lenient: "1" is 0.0.0.1, "0x7f.1" is 127.0.0.1, octal
 * parts, trailing whitespace ends the address), {@link #pton4} and {@link #pton6} are
 * inet_pton(3) (strict; null where the C function returns 0), {@link #ntop4} and
 * {@link #ntop6} inet_ntop(3). Pure computation, so one implementation serves both backends
 * (docs/python-semantics.md §1.1, §3).
 */
public final class InetText {
    /** MAX_LAST: the largest last part for 1, 2, 3 and 4 parts (a, a.b, a.b.c, a.b.c.d). */
    private static final long[] MAX_LAST = {0xFFFFFFFFL, 0xFFFFFFL, 0xFFFFL, 0xFFL};

    private InetText() {
    }

    /**
     * aton: glibc's inet_aton. Parts are C numbers (0x hex, leading 0 octal, else decimal);
     * the last part fills the remaining bytes; the text may end at a whitespace character,
     * after which anything is ignored (exact: true refuses that, as getaddrinfo's
     * __inet_aton_exact does).
     */
    public static byte[] aton(String s, boolean exact) {
        byte[] out = new byte[4];
        int parts = 0;
        int i = 0;
        int n = s.length();
        long value;
        while (true) {
            if (i >= n || !isDigit(s.charAt(i))) {
                return null;
            }
            int base = 10;
            if (s.charAt(i) == '0') {
                base = 8;
                if (i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                        && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 2) < 128) {
                    base = 16;
                    i += 2;
                }
            }
            value = 0;
            int start = i;
            while (i < n && s.charAt(i) < 128 && Character.digit(s.charAt(i), base) >= 0) {
                value = value * base + Character.digit(s.charAt(i), base);
                if (value > 0xFFFFFFFFL) {
                    return null; // strtoul's value would not fit in_addr_t
                }
                i++;
            }
            if (i == start && base != 8) {
                return null;
            }
            if (i < n && s.charAt(i) == '.') {
                if (parts > 2 || value > 0xFF) {
                    return null;
                }
                out[parts++] = (byte) value;
                i++;
            } else {
                break;
            }
        }
        if (i < n) {
            char c = s.charAt(i);
            if (exact || c >= 128 || !isCSpace(c)) {
                return null;
            }
        }
        if (value > MAX_LAST[parts]) {
            return null;
        }
        for (int b = 3; b >= parts; b--) {
            out[b] = (byte) value;
            value >>>= 8;
        }
        return out;
    }

    /** pton4: glibc's inet_pton(AF_INET): exactly four decimal parts 0..255, no leading zeros. */
    public static byte[] pton4(String s) {
        byte[] out = new byte[4];
        int parts = 0;
        int value = -1;
        boolean leadingZero = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (leadingZero) {
                    return null;
                }
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
                leadingZero = value == 0;
            } else if (c == '.' && value >= 0 && parts < 4) {
                out[parts++] = (byte) value;
                value = -1;
                leadingZero = false;
            } else {
                return null;
            }
        }
        return parts == 4 ? out : null;
    }

    /**
     * pton6: glibc's inet_pton(AF_INET6) (resolv/inet_pton.c): up to 8 groups of 1..4 hex
     * digits, one "::", an optional dotted IPv4 tail in the last 4 bytes; no scope ("%lo").
     */
    public static byte[] pton6(String s) {
        byte[] out = new byte[16];
        int n = s.length();
        int i = 0;
        int tp = 0;
        int colonp = -1;
        if (n == 0) {
            return null;
        }
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') {
                return null;
            }
            i = 1;
        }
        int curtok = i;
        boolean sawXdigit = false;
        int digits = 0;
        int val = 0;
        while (i < n) {
            char ch = s.charAt(i++);
            int d = ch < 128 ? Character.digit(ch, 16) : -1;
            if (d >= 0) {
                if (++digits > 4) {
                    return null;
                }
                val = (val << 4) | d;
                sawXdigit = true;
                continue;
            }
            if (ch == ':') {
                curtok = i;
                if (!sawXdigit) {
                    if (colonp >= 0) {
                        return null;
                    }
                    colonp = tp;
                    continue;
                }
                if (i == n) {
                    return null;
                }
                if (tp + 2 > 16) {
                    return null;
                }
                out[tp++] = (byte) (val >> 8);
                out[tp++] = (byte) val;
                sawXdigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16) {
                byte[] v4 = pton4(s.substring(curtok));
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, out, tp, 4);
                tp += 4;
                sawXdigit = false;
                break;
            }
            return null;
        }
        if (sawXdigit) {
            if (tp + 2 > 16) {
                return null;
            }
            out[tp++] = (byte) (val >> 8);
            out[tp++] = (byte) val;
        }
        if (colonp >= 0) {
            if (tp == 16) {
                return null;
            }
            int moved = tp - colonp;
            for (int k = 1; k <= moved; k++) {
                out[16 - k] = out[colonp + moved - k];
                out[colonp + moved - k] = 0;
            }
            tp = 16;
        }
        return tp == 16 ? out : null;
    }

    /** ntop4: glibc's inet_ntop(AF_INET): dotted-quad text for 4 network-order bytes. */
    public static String ntop4(byte[] a) {
        return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
    }

    /**
     * ntop6: glibc's inet_ntop(AF_INET6): RFC 5952 text for 16 bytes: the longest
     * run (>= 2) of zero groups as "::", lower-case hex, and a v4-mapped or v4-compatible
     * tail in dotted form ("::ffff:1.2.3.4").
     */
    public static String ntop6(byte[] a) {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** isCSpace: C's isspace in the C locale. */
    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
