package dev.pysocket.resolve;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.AI_CANONNAME;
import static dev.pysocket.Sockets.AI_NUMERICHOST;
import static dev.pysocket.Sockets.AI_NUMERICSERV;
import static dev.pysocket.Sockets.AI_PASSIVE;
import static dev.pysocket.Sockets.AI_V4MAPPED;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.IPPROTO_UDP;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_RAW;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.AddrInfo;
import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.internal.PyRepr;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * getaddrinfo (R29): scenario 85, the error cases of scenario 87 and the getaddrinfo rows
 * of docs/python-semantics.md §3, on both backends (native: glibc's getaddrinfo; jdk: the JDK's
 * resolver behind glibc's rules).
 */
class GetaddrinfoTest extends BackendTest {

    private static GaiError assertGai(int code, String message, Executable call) {
        GaiError e = assertThrows(GaiError.class, call);
        assertEquals(GaiError.class, e.getClass());
        assertEquals(code, e.errno(), () -> "errno of " + e);
        assertEquals(message, e.getMessage());
        return e;
    }

    /** Scenario 85: type 0 gives one entry per socket type: STREAM/6, DGRAM/17, RAW/0, canonname ''. */
    @Test
    void numericHostWithPortGivesStreamDgramAndRawEntries() throws Exception {
        List<AddrInfo> all = Sockets.getaddrinfo("127.0.0.1", 80);
        assertEquals(List.of(new AddrInfo(AF_INET, SOCK_STREAM, IPPROTO_TCP, "", Address.of("127.0.0.1", 80)),
                new AddrInfo(AF_INET, SOCK_DGRAM, IPPROTO_UDP, "", Address.of("127.0.0.1", 80)),
                new AddrInfo(AF_INET, SOCK_RAW, 0, "", Address.of("127.0.0.1", 80))), all);
    }

    /** Scenario 85: with type=SOCK_STREAM there is one entry. */
    @Test
    void streamTypeGivesOneEntry() throws Exception {
        assertEquals(List.of(new AddrInfo(AF_INET, SOCK_STREAM, IPPROTO_TCP, "", Address.of("127.0.0.1", 80))),
                Sockets.getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM, 0, 0));
    }

    /** R29: proto alone selects the type (17 is DGRAM). */
    @Test
    void protocolAloneSelectsTheSocketType() throws Exception {
        assertEquals(List.of(new AddrInfo(AF_INET, SOCK_DGRAM, IPPROTO_UDP, "", Address.of("127.0.0.1", 53))),
                Sockets.getaddrinfo("127.0.0.1", 53, 0, 0, IPPROTO_UDP, 0));
    }

    /** R29: an IPv6 literal gives the 4-tuple form. */
    @Test
    void ipv6LiteralGivesFourTupleSockaddr() throws Exception {
        assertEquals(List.of(new AddrInfo(AF_INET6, SOCK_STREAM, IPPROTO_TCP, "", Address.of6("::1", 8080, 0, 0))),
                Sockets.getaddrinfo("::1", 8080, AF_INET6, SOCK_STREAM, 0, 0));
    }

    /** R29: a service name is looked up in /etc/services (http is 80/tcp). */
    @Test
    void serviceNameResolvesThroughEtcServices() throws Exception {
        assertEquals(List.of(new AddrInfo(AF_INET, SOCK_STREAM, IPPROTO_TCP, "", Address.of("127.0.0.1", 80))),
                Sockets.getaddrinfo("127.0.0.1", "http", AF_INET, SOCK_STREAM, 0, 0));
    }

    /** R29: the port is not range-checked: glibc wraps 70000 to 4464. */
    @Test
    void portAbove65535WrapsModulo65536() throws Exception {
        assertEquals(Address.of("127.0.0.1", 4464),
                Sockets.getaddrinfo("127.0.0.1", 70000, AF_INET, SOCK_STREAM, 0, 0).get(0).sockaddr());
    }

    /** R29: a None port gives port 0. */
    @Test
    void nullPortGivesPortZero() throws Exception {
        assertEquals(Address.of("127.0.0.1", 0),
                Sockets.getaddrinfo("127.0.0.1", (Integer) null, AF_INET, SOCK_STREAM, 0, 0).get(0).sockaddr());
    }

    /** R29: numeric IPv4 accepts inet_aton shorthand: '1' is 0.0.0.1, '0x7f.1' is 127.0.0.1. */
    @Test
    void numericIpv4AcceptsInetAtonShorthand() throws Exception {
        assertEquals(Address.of("0.0.0.1", 80), Sockets.getaddrinfo("1", 80, AF_INET, SOCK_STREAM, 0, 0).get(0).sockaddr());
        assertEquals(Address.of("127.0.0.1", 80),
                Sockets.getaddrinfo("0x7f.1", 80, AF_INET, SOCK_STREAM, 0, 0).get(0).sockaddr());
    }

    /** R29: (None, port, AI_PASSIVE) gives the wildcards 0.0.0.0 and ::; without PASSIVE the loopbacks. */
    @Test
    void nullHostGivesWildcardsWithPassiveAndLoopbacksWithout() throws Exception {
        Set<Address> passive = Sockets.getaddrinfo(null, 80, 0, SOCK_STREAM, 0, AI_PASSIVE).stream()
                .map(AddrInfo::sockaddr).collect(Collectors.toSet());
        Set<Address> active = Sockets.getaddrinfo(null, 80, 0, SOCK_STREAM, 0, 0).stream()
                .map(AddrInfo::sockaddr).collect(Collectors.toSet());
        assertTrue(passive.contains(Address.of("0.0.0.0", 80)), passive::toString);
        assertTrue(active.contains(Address.of("127.0.0.1", 80)), active::toString);
        // IPv6 is compiled in here (glibc and the JDK both offer it); loopback-only hosts still list it
        assertTrue(passive.contains(Address.of6("::", 80, 0, 0)), passive::toString);
        assertTrue(active.contains(Address.of6("::1", 80, 0, 0)), active::toString);
    }

    /** R29: AI_CANONNAME fills canonname of the first entry only. */
    @Test
    void canonnameOnlyInFirstEntry() throws Exception {
        List<AddrInfo> all = Sockets.getaddrinfo("127.0.0.1", 80, AF_INET, 0, 0, AI_CANONNAME);
        assertEquals("127.0.0.1", all.get(0).canonname());
        assertTrue(all.size() > 1);
        assertTrue(all.subList(1, all.size()).stream().allMatch(a -> a.canonname().isEmpty()));
    }

    /** R29: a name resolves; 'localhost' may be IPv4 only or both families, in the resolver's order. */
    @Test
    void localhostResolvesToLoopbackAddresses() throws Exception {
        List<AddrInfo> all = Sockets.getaddrinfo("localhost", 80, 0, SOCK_STREAM, 0, 0);
        assertFalse(all.isEmpty());
        for (AddrInfo a : all) {
            assertTrue(a.sockaddr().equals(Address.of("127.0.0.1", 80)) || a.sockaddr().equals(Address.of6("::1", 80, 0, 0)),
                    a::toString);
        }
    }

    /** R29: AI_V4MAPPED with AF_INET6 maps an IPv4 literal to ::ffff:a.b.c.d. */
    @Test
    void v4MappedMapsIpv4LiteralForAfInet6() throws Exception {
        assertEquals(Address.of6("::ffff:127.0.0.1", 80, 0, 0),
                Sockets.getaddrinfo("127.0.0.1", 80, AF_INET6, SOCK_STREAM, 0, AI_V4MAPPED).get(0).sockaddr());
    }

    /** Scenario 87: an unknown name is gaierror -2 (or -3 when DNS is unreachable). */
    @Test
    void unknownHostRaisesGaierrorNoname() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.getaddrinfo("no-such-host.invalid", 80));
        assertTrue(e.errno() == -2 || e.errno() == -3, e::toString);
    }

    /** Scenario 87: an unknown service is gaierror -8. */
    @Test
    void unknownServiceRaisesGaierrorMinus8() {
        assertGai(-8, "[Errno -8] Servname not supported for ai_socktype",
                () -> Sockets.getaddrinfo("127.0.0.1", "nosuchsvc"));
    }

    /** Section 3: port -1 is gaierror -8. */
    @Test
    void negativePortRaisesGaierrorMinus8() {
        assertGai(-8, "[Errno -8] Servname not supported for ai_socktype",
                () -> Sockets.getaddrinfo("127.0.0.1", -1, AF_INET, SOCK_STREAM, 0, 0));
    }

    /** Scenario 87: family 999 is gaierror -6. */
    @Test
    void unknownFamilyRaisesGaierrorMinus6() {
        assertGai(-6, "[Errno -6] ai_family not supported", () -> Sockets.getaddrinfo("127.0.0.1", 80, 999, 0, 0, 0));
        assertGai(-6, "[Errno -6] ai_family not supported", () -> Sockets.getaddrinfo("127.0.0.1", 80, AF_UNIX, 0, 0, 0));
    }

    /** Scenario 87: type 999 is gaierror -7; so is a type that does not fit the protocol. */
    @Test
    void unknownSocketTypeRaisesGaierrorMinus7() {
        assertGai(-7, "[Errno -7] ai_socktype not supported", () -> Sockets.getaddrinfo("127.0.0.1", 80, 0, 999, 0, 0));
        assertGai(-7, "[Errno -7] ai_socktype not supported",
                () -> Sockets.getaddrinfo("127.0.0.1", 80, 0, SOCK_STREAM, IPPROTO_UDP, 0));
    }

    /** Section 3: flags 0x7fff is gaierror -1; so is AI_CANONNAME without a host. */
    @Test
    void badFlagsRaiseGaierrorMinus1() {
        assertGai(-1, "[Errno -1] Bad value for ai_flags", () -> Sockets.getaddrinfo("127.0.0.1", 80, 0, 0, 0, 0x7fff));
        assertGai(-1, "[Errno -1] Bad value for ai_flags", () -> Sockets.getaddrinfo(null, 80, 0, 0, 0, AI_CANONNAME));
    }

    /** Scenario 87: an IPv4 literal with AF_INET6 (and '::1' with AF_INET) is gaierror -9. */
    @Test
    void literalOfTheOtherFamilyRaisesGaierrorMinus9() {
        assertGai(-9, "[Errno -9] Address family for hostname not supported",
                () -> Sockets.getaddrinfo("127.0.0.1", 80, AF_INET6, 0, 0, 0));
        assertGai(-9, "[Errno -9] Address family for hostname not supported",
                () -> Sockets.getaddrinfo("::1", 80, AF_INET, 0, 0, 0));
    }

    /** Scenario 87 and section 3: AI_NUMERICHOST with a name, AI_NUMERICSERV with 'http', None/None and '' are -2. */
    @Test
    void numericOnlyFlagsAndEmptyQueriesRaiseGaierrorMinus2() {
        String msg = "[Errno -2] Name or service not known";
        assertGai(-2, msg, () -> Sockets.getaddrinfo("localhost", 80, 0, 0, 0, AI_NUMERICHOST));
        assertGai(-2, msg, () -> Sockets.getaddrinfo("127.0.0.1", "http", 0, 0, 0, AI_NUMERICSERV));
        assertGai(-2, msg, () -> Sockets.getaddrinfo(null, (Integer) null));
        assertGai(-2, msg, () -> Sockets.getaddrinfo("", 80));
        assertGai(-2, msg, () -> Sockets.getaddrinfo("a\0b", 80));
    }

    /** Section 3 (idna codec): an empty label is a UnicodeError, before any lookup. */
    @Test
    void emptyLabelRaisesIdnaUnicodeError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.getaddrinfo("a..b", 80));
        assertEquals("encoding with 'idna' codec failed (UnicodeError: label empty or too long)", e.getMessage());
    }

    /** Section 3 (idna codec): a lone surrogate in the host is a UnicodeError. */
    @Test
    void loneSurrogateHostRaisesIdnaUnicodeError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.getaddrinfo("\udcff", 80));
        assertEquals("encoding with 'idna' codec failed (UnicodeError: Invalid character '\\udcff')", e.getMessage());
    }

    /** Section 3: a lone surrogate in the service is UnicodeEncodeError (UTF-8). */
    @Test
    void loneSurrogateServiceRaisesUnicodeEncodeError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sockets.getaddrinfo("localhost", "\ud800"));
        assertEquals("'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", e.getMessage());
    }

    /**
     * R29: the answers are python3's own: in glibc's order on native (the same getaddrinfo),
     * as a set on jdk (the JDK orders a name's addresses itself).
     */
    @Test
    void answersMatchPython3() throws Exception {
        Object[][] queries = {{null, 80, 0, 0, 0, 0}, {null, 80, 0, 0, 0, AI_PASSIVE}, {"localhost", 80, 0, SOCK_STREAM, 0, 0},
                {"127.0.0.1", "http", 0, 0, 0, AI_CANONNAME}, {"::1", null, AF_INET6, 0, 0, 0}};
        for (Object[] q : queries) {
            String call = Arrays.stream(q).map(a -> a == null ? "None" : a instanceof String s ? "'" + s + "'" : a.toString())
                    .collect(Collectors.joining(", "));
            List<String> expected = Python3.run("import socket\n"
                    + "for f, t, p, c, sa in socket.getaddrinfo(" + call + "):\n"
                    + "    print(int(f), int(t), p, repr(c), repr(sa))\n").lines().toList();
            List<AddrInfo> got = q[1] instanceof String service
                    ? Sockets.getaddrinfo((String) q[0], service, (int) q[2], (int) q[3], (int) q[4], (int) q[5])
                    : Sockets.getaddrinfo((String) q[0], (Integer) q[1], (int) q[2], (int) q[3], (int) q[4], (int) q[5]);
            List<String> actual = got.stream().map(a -> a.family() + " " + a.type() + " " + a.proto() + " "
                    + PyRepr.str(a.canonname()) + " " + a.sockaddr()).toList();
            if (isNative()) {
                assertEquals(expected, actual, call);
            } else { // README, jdk deviations: the JDK's (InetAddress) order of addresses
                assertEquals(Set.copyOf(expected), Set.copyOf(actual), call);
            }
        }
    }

    /** R29: the host is passed as a C string, so a NUL ends it: 'localhost\0x' is localhost. */
    @Test
    void nulEndsTheHostAsInC() throws Exception {
        assertEquals(Sockets.getaddrinfo("localhost", 80, AF_INET, SOCK_STREAM, 0, 0),
                Sockets.getaddrinfo("localhost\0x", 80, AF_INET, SOCK_STREAM, 0, 0));
    }
}
