package dev.pysocket.internal;

/**
 * InetText: IPv4/IPv6 text to bytes, as glibc parses it: {@link #aton} is inet_aton(3)
 * (BSD-lenient: "1" is 0.0.0.1, "0x7f.1" is 127.0.0.1, octal parts, trailing whitespace
 * ends the address), {@link #pton4} and {@link #pton6} are inet_pton(3) (strict). Pure
 * computation, so one implementation serves both backends (conformance 1.1, section 3).
 * Each returns null where the C function returns 0.
 */
public final class InetText {
    /** The largest last part for 1, 2, 3 and 4 parts (a, a.b, a.b.c, a.b.c.d). */
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** isCSpace: C's isspace in the C locale. */
    private static boolean isCSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
