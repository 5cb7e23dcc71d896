package dev.pysocket.resolve;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.AF_UNIX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * inet_aton/inet_ntoa/inet_pton/inet_ntop and the byte-order functions: scenario 90 and their
 * rows of docs/python-semantics.md §3 (pure computation: the same code on both backends).
 */
class InetConversionTest extends BackendTest {

    private static void assertIllegal(String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }

    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    private static byte[] v6(String ip) throws Exception {
        return Sockets.inetPton(AF_INET6, ip);
    }

    /** Scenario 90: inet_ntop prints glibc's canonical IPv6 forms. */
    @Test
    void inetNtopPrintsCanonicalIpv6Forms() throws Exception {
        for (String[] c : new String[][] {{"::", "0::0"}, {"::1", "0:0:0:0:0:0:0:1"}, {"::ffff:1.2.3.4", "::ffff:0102:0304"},
                {"1:0:0:2::", "1:0:0:2:0:0:0:0"}, {"2001:db8::1:0:0:1", "2001:db8:0:0:1:0:0:1"}}) {
            assertEquals(c[0], Sockets.inetNtop(AF_INET6, v6(c[1])), c[1]);
        }
    }

    /** Scenario 90: a wrong length is ValueError; an unknown family ValueError too. */
    @Test
    void inetNtopRejectsBadLengthAndFamily() {
        assertIllegal("invalid length of packed IP address string", () -> Sockets.inetNtop(AF_INET, ascii("123")));
        assertIllegal("invalid length of packed IP address string", () -> Sockets.inetNtop(AF_INET6, ascii("1234")));
        assertIllegal("unknown address family 999", () -> Sockets.inetNtop(999, ascii("1234")));
    }

    /** Scenario 90: inet_pton(999) (and AF_UNIX) is OSError 97. */
    @Test
    void inetPtonOfUnknownFamilyRaisesOSError97() {
        String msg = "[Errno 97] Address family not supported by protocol";
        assertPlainOSError(Errno.EAFNOSUPPORT, msg, () -> Sockets.inetPton(999, "1.2.3.4"));
        assertPlainOSError(Errno.EAFNOSUPPORT, msg, () -> Sockets.inetPton(AF_UNIX, "1.2.3.4"));
    }

    /** inet_pton is strict and handles '::' and IPv4 tails. */
    @Test
    void inetPtonParsesStrictForms() throws Exception {
        assertArrayEquals(bytes(1, 2, 3, 4), Sockets.inetPton(AF_INET, "1.2.3.4"));
        assertArrayEquals(bytes(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4), v6("::1.2.3.4"));
        assertArrayEquals(bytes(0, 1, 0, 0, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7), v6("1::2:3:4:5:6:7"));
        assertArrayEquals(bytes(0xab, 0xcd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), v6("ABCD::"));
    }

    /** Section 3: the illegal inet_pton strings are OSError without errno. */
    @Test
    void inetPtonRejectsIllegalStrings() {
        String msg = "illegal IP address string passed to inet_pton";
        for (String s : new String[] {"1.2.3", "01.2.3.4", "0x1.2.3.4", "::1", "256.1.1.1", ""}) {
            assertPlainOSError(0, msg, () -> Sockets.inetPton(AF_INET, s));
        }
        for (String s : new String[] {"::g", "1::2::3", "fe80::1%lo", "1.2.3.4", "12345::", ":1::", "1:2:3:4:5:6:7:8:9",
                "1:2:3:4:5:6:7:1.2.3.4", "::01.2.3.4", ""}) {
            assertPlainOSError(0, msg, () -> Sockets.inetPton(AF_INET6, s));
        }
    }

    /** R29/section 3: inet_aton is BSD-lenient: shorthand, hex and octal parts, text after a space. */
    @Test
    void inetAtonAcceptsBsdShorthand() throws Exception {
        assertArrayEquals(bytes(0, 0, 0, 1), Sockets.inetAton("1"));
        assertArrayEquals(bytes(127, 0, 0, 1), Sockets.inetAton("0x7f.1"));
        assertArrayEquals(bytes(15, 0, 0, 1), Sockets.inetAton("017.1"));
        assertArrayEquals(bytes(1, 2, 0xff, 0xff), Sockets.inetAton("1.2.65535"));
        assertArrayEquals(bytes(0xff, 0xff, 0xff, 0xff), Sockets.inetAton("4294967295"));
        assertArrayEquals(bytes(1, 2, 3, 4), Sockets.inetAton("1.2.3.4 junk"));
    }

    /** Section 3: the illegal inet_aton strings are OSError without errno. */
    @Test
    void inetAtonRejectsIllegalStrings() {
        String msg = "illegal IP address string passed to inet_aton";
        for (String s : new String[] {"256.1.1.1", "", " 1.2.3.4", "1.2.3.4.5", "a.b.c.d", "08.1", "4294967296",
                "1.16777216", "1.2.3.", "0x"}) {
            assertPlainOSError(0, msg, () -> Sockets.inetAton(s));
        }
    }

    /** Section 3: an embedded NUL is ValueError "embedded null character". */
    @Test
    void embeddedNulRaisesEmbeddedNullCharacter() {
        assertIllegal("embedded null character", () -> Sockets.inetAton("1.2.3.4\0"));
        assertIllegal("embedded null character", () -> Sockets.inetPton(AF_INET, "1.2.3.4\0"));
    }

    @Test
    void inetNtoaFormatsFourBytes() throws Exception {
        assertEquals("49.50.51.52", Sockets.inetNtoa(ascii("1234")));
    }

    /** Section 3: not 4 bytes is OSError "packed IP wrong length for inet_ntoa". */
    @Test
    void inetNtoaOfWrongLengthRaisesPackedIpWrongLength() {
        assertPlainOSError(0, "packed IP wrong length for inet_ntoa", () -> Sockets.inetNtoa(ascii("123")));
        assertPlainOSError(0, "packed IP wrong length for inet_ntoa", () -> Sockets.inetNtoa(ascii("12345")));
    }

    /** Scenario 90: htons(1) = 256, htonl(1) = 16777216, and back. */
    @Test
    void byteOrderFunctionsSwapOnThisHost() {
        assertEquals(256, Sockets.htons(1));
        assertEquals(1, Sockets.ntohs(256));
        assertEquals(16777216L, Sockets.htonl(1));
        assertEquals(2018915346L, Sockets.htonl(0x12345678L));
        assertEquals(0x12345678L, Sockets.ntohl(2018915346L));
        assertEquals(0xFFFFFFFFL, Sockets.htonl(Sockets.INADDR_BROADCAST));
    }

    /** Section 3: htons/ntohs outside 0..65535 raise OverflowError naming the function. */
    @Test
    void htonsOutOfRangeRaisesOverflow() {
        assertIllegal("htons: can't convert negative Python int to C 16-bit unsigned integer", () -> Sockets.htons(-1));
        assertIllegal("htons: Python int too large to convert to C 16-bit unsigned integer", () -> Sockets.htons(65536));
        assertIllegal("ntohs: can't convert negative Python int to C 16-bit unsigned integer", () -> Sockets.ntohs(-1));
        assertIllegal("ntohs: Python int too large to convert to C 16-bit unsigned integer", () -> Sockets.ntohs(65536));
    }

    /** Section 3: htonl/ntohl outside 0..2^32-1 raise OverflowError. */
    @Test
    void htonlOutOfRangeRaisesOverflow() {
        assertIllegal("can't convert negative value to unsigned int", () -> Sockets.htonl(-1));
        assertIllegal("int larger than 32 bits", () -> Sockets.htonl(1L << 32));
        assertIllegal("can't convert negative value to unsigned int", () -> Sockets.ntohl(-1));
        assertIllegal("int larger than 32 bits", () -> Sockets.ntohl(1L << 32));
    }

    /** Scenario 77: CMSG_LEN(0,4,8,12) = 16,20,24,28; CMSG_SPACE = 16,24,24,32 (x86_64). */
    @Test
    void cmsgLenAndSpaceMatchX8664() {
        int[] lens = {0, 4, 8, 12};
        int[] len = {16, 20, 24, 28};
        int[] space = {16, 24, 24, 32};
        for (int i = 0; i < lens.length; i++) {
            assertEquals(len[i], Sockets.CMSG_LEN(lens[i]));
            assertEquals(space[i], Sockets.CMSG_SPACE(lens[i]));
        }
        assertEquals(Integer.MAX_VALUE, Sockets.CMSG_LEN(Integer.MAX_VALUE - 16));
        assertEquals(2147483640, Sockets.CMSG_SPACE(2147483623));
    }

    /** Scenario 77 / section 3: out-of-range lengths raise "CMSG_LEN() argument out of range". */
    @Test
    void cmsgOutOfRangeRaisesArgumentOutOfRange() {
        assertIllegal("CMSG_LEN() argument out of range", () -> Sockets.CMSG_LEN(-1));
        assertIllegal("CMSG_LEN() argument out of range", () -> Sockets.CMSG_LEN(Integer.MAX_VALUE - 15));
        assertIllegal("CMSG_SPACE() argument out of range", () -> Sockets.CMSG_SPACE(-1));
        assertIllegal("CMSG_SPACE() argument out of range", () -> Sockets.CMSG_SPACE(2147483624));
    }
}
