package dev.pysocket.internal;

import dev.pysocket.OSError;
import java.util.Objects;

/**
 * InetFunctions: the socket module functions that are pure computation (inet_aton,
 * inet_ntoa, inet_pton, inet_ntop, htons & co., CMSG_LEN, CMSG_SPACE), one implementation
 * for both backends, with CPython's results and messages (docs/python-semantics.md §1.1, §3,
 * scenarios 77 and 90).
 */
public final class InetFunctions {
    /** LP64: struct cmsghdr and its alignment: 16 and 8 on 64-bit Linux, 12 and 4 on 32-bit. */
    private static final boolean LP64 = !"32".equals(System.getProperty("sun.arch.data.model"));
    private static final int CMSG_ALIGN = LP64 ? 8 : 4;
    private static final int CMSG_HDR = LP64 ? 16 : 12;

    private InetFunctions() {
    }

    /** inetAton: inet_aton(3), BSD-lenient ("1" is 0.0.0.1); OSError without errno when illegal. */
    public static byte[] inetAton(String ip) throws OSError {
        byte[] b = InetText.aton(text(ip, "inet_aton"), false);
        if (b == null) {
            throw new OSError("illegal IP address string passed to inet_aton");
        }
        return b;
    }

    /** inetNtoa: 4 bytes to dotted text; OSError "packed IP wrong length for inet_ntoa" otherwise. */
    public static String inetNtoa(byte[] packed) throws OSError {
        Objects.requireNonNull(packed, "a bytes-like object is required, not 'NoneType'");
        if (packed.length != 4) {
            throw new OSError("packed IP wrong length for inet_ntoa");
        }
        return InetText.ntop4(packed);
    }

    /** inetPton: strict inet_pton(3) for AF_INET and AF_INET6; other families are OSError 97. */
    public static byte[] inetPton(int family, String ip) throws OSError {
        String s = text(ip, "inet_pton");
        byte[] b;
        if (family == Os.AF_INET) {
            b = InetText.pton4(s);
        } else if (family == Os.AF_INET6) {
            b = InetText.pton6(s);
        } else {
            throw OSError.of(Os.EAFNOSUPPORT);
        }
        if (b == null) {
            throw new OSError("illegal IP address string passed to inet_pton");
        }
        return b;
    }

    /** inetNtop: inet_ntop(3): dotted quad, or RFC 5952 IPv6 text as glibc prints it (scenario 90). */
    public static String inetNtop(int family, byte[] packed) {
        Objects.requireNonNull(packed, "a bytes-like object is required, not 'NoneType'");
        if (family == Os.AF_INET) {
            if (packed.length != 4) {
                throw new IllegalArgumentException("invalid length of packed IP address string");
            }
            return InetText.ntop4(packed);
        }
        if (family == Os.AF_INET6) {
            if (packed.length != 16) {
                throw new IllegalArgumentException("invalid length of packed IP address string");
            }
            return InetText.ntop6(packed);
        }
        throw new IllegalArgumentException("unknown address family " + family);
    }

    private static String text(String ip, String caller) {
        Objects.requireNonNull(ip, caller + "() argument 2 must be str, not None");
        if (ip.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("embedded null character");
        }
        return ip;
    }

    /** swap16: htons/ntohs on a little-endian host (a no-op on big-endian ones). */
    public static int swap16(int x, String caller) {
        if (x < 0) {
            throw new IllegalArgumentException(caller + ": can't convert negative Python int to C 16-bit unsigned integer");
        }
        if (x > 0xFFFF) {
            throw new IllegalArgumentException(caller + ": Python int too large to convert to C 16-bit unsigned integer");
        }
        return java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? x
                : ((x & 0xFF) << 8) | (x >>> 8);
    }

    /** swap32: htonl/ntohl, for 0..2^32-1. */
    public static long swap32(long x) {
        if (x < 0) {
            throw new IllegalArgumentException("can't convert negative value to unsigned int");
        }
        if (x > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("int larger than 32 bits");
        }
        return java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.BIG_ENDIAN ? x
                : Integer.toUnsignedLong(Integer.reverseBytes((int) x));
    }

    /** cmsgLen: CMSG_LEN(length); "CMSG_LEN() argument out of range" past the socklen_t limit. */
    public static int cmsgLen(int length) {
        if (length < 0 || length > Integer.MAX_VALUE - CMSG_HDR) {
            throw new IllegalArgumentException("CMSG_LEN() argument out of range");
        }
        return CMSG_HDR + length;
    }

    /** cmsgSpace: CMSG_SPACE(length), the data padded to the alignment. */
    public static int cmsgSpace(int length) {
        if (length < 0 || length > Integer.MAX_VALUE - (CMSG_HDR + CMSG_ALIGN)) {
            throw new IllegalArgumentException("CMSG_SPACE() argument out of range");
        }
        long space = CMSG_HDR + ((length + (long) CMSG_ALIGN - 1) & -CMSG_ALIGN);
        if (space > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("CMSG_SPACE() argument out of range");
        }
        return (int) space;
    }
}
