package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.GaiError;
import dev.pysocket.HError;
import dev.pysocket.HostInfo;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** gethostname, gethostbyname, gethostbyname_ex, gethostbyaddr, getfqdn (R31, section 3). */
class HostLookupTest extends BackendTest {

    /** R31: gethostbyname is IPv4 only, dotted text. */
    @Test
    void gethostbynameGivesDottedIpv4() throws Exception {
        assertEquals("127.0.0.1", Sockets.gethostbyname("localhost"));
        assertEquals("127.0.0.1", Sockets.gethostbyname("127.0.0.1"));
        assertEquals("0.0.0.1", Sockets.gethostbyname("1"));
    }

    /** R31: '' is 0.0.0.0 and '<broadcast>' is 255.255.255.255. */
    @Test
    void gethostbynameOfEmptyAndBroadcast() throws Exception {
        assertEquals("0.0.0.0", Sockets.gethostbyname(""));
        assertEquals("255.255.255.255", Sockets.gethostbyname("<broadcast>"));
    }

    /** R31: an IPv6 literal is gaierror -9. */
    @Test
    void gethostbynameOfIpv6LiteralRaisesGaierrorMinus9() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.gethostbyname("::1"));
        assertEquals(-9, e.errno());
        assertEquals("[Errno -9] Address family for hostname not supported", e.getMessage());
    }

    /** Section 3: a NUL in the name is TypeError "... must be encoded string without null bytes, not str". */
    @Test
    void gethostbynameWithNulRaisesWithoutNullBytes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.gethostbyname("a\0b"));
        assertEquals("gethostbyname() argument 1 must be encoded string without null bytes, not str", e.getMessage());
    }

    /** Section 3: an unknown name is gaierror -2 (or -3 without DNS). */
    @Test
    void gethostbynameOfUnknownNameRaisesGaierror() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.gethostbyname("no-such-host.invalid"));
        assertTrue(e.errno() == -2 || e.errno() == -3, e::toString);
    }

    /** R31: gethostbyname_ex gives (hostname, aliases, IPv4 addresses). */
    @Test
    void gethostbynameExOfLiteralGivesItself() throws Exception {
        assertEquals(new HostInfo("127.0.0.1", List.of(), List.of("127.0.0.1")), Sockets.gethostbynameEx("127.0.0.1"));
    }

    /** R31: a name's addresses include 127.0.0.1 for localhost. */
    @Test
    void gethostbynameExOfLocalhostListsLoopback() throws Exception {
        HostInfo h = Sockets.gethostbynameEx("localhost");
        assertTrue(h.addresses().contains("127.0.0.1"), h::toString);
    }

    /** R31: gethostbyaddr of an address without a name is herror "[Errno 1] Unknown host". */
    @Test
    void gethostbyaddrOfUnknownAddressRaisesHerrorUnknownHost() {
        HError e = assertThrows(HError.class, () -> Sockets.gethostbyaddr("192.0.2.7"));
        assertEquals(1, e.errno());
        assertEquals("[Errno 1] Unknown host", e.getMessage());
    }

    /** R31: gethostbyaddr of 127.0.0.1 names it and lists the address. */
    @Test
    void gethostbyaddrOfLoopbackGivesItsName() throws Exception {
        HostInfo h = Sockets.gethostbyaddr("127.0.0.1");
        assertFalse(h.hostname().isEmpty());
        assertEquals(List.of("127.0.0.1"), h.addresses());
    }

    /** CPython's setipaddr: '' resolves to two wildcards for AF_UNSPEC, an OSError without errno. */
    @Test
    void gethostbyaddrOfEmptyRaisesWildcardResolvedToMultipleAddress() {
        assertPlainOSError(0, "wildcard resolved to multiple address", () -> Sockets.gethostbyaddr(""));
    }

    /** gethostname returns this machine's name, as Python's. */
    @Test
    void gethostnameIsNotEmpty() throws Exception {
        String name = Sockets.gethostname();
        assertFalse(name.isEmpty());
        assertEquals(-1, name.indexOf('\0'));
    }

    /** getfqdn returns the name unchanged when the lookup fails. */
    @Test
    void getfqdnOfUnknownNameReturnsItUnchanged() {
        assertEquals("no-such-host.invalid", Sockets.getfqdn("no-such-host.invalid"));
    }

    /** getfqdn strips the argument and gives gethostbyaddr's hostname or a dotted alias. */
    @Test
    void getfqdnOfLoopbackGivesItsName() throws Exception {
        HostInfo h = Sockets.gethostbyaddr("127.0.0.1");
        String fqdn = Sockets.getfqdn(" 127.0.0.1 ");
        assertTrue(fqdn.equals(h.hostname()) || h.aliases().contains(fqdn), fqdn);
    }

    /** getfqdn() with no name starts from gethostname(). */
    @Test
    void getfqdnWithoutNameIsNotEmpty() {
        assertFalse(Sockets.getfqdn().isEmpty());
    }

    /**
     * R31: gethostbyaddr and gethostbyname_ex agree with python3 (aliases too on native,
     * where both call glibc; the JDK reports no aliases).
     */
    @Test
    void hostLookupsMatchPython3() throws Exception {
        List<String> py = Python3.run("import socket\n"
                + "for h in (socket.gethostbyaddr('127.0.0.1'), socket.gethostbyname_ex('localhost')):\n"
                + "    print(h[0]); print(' '.join(h[1])); print(' '.join(h[2]))\n").lines().toList();
        HostInfo[] ours = {Sockets.gethostbyaddr("127.0.0.1"), Sockets.gethostbynameEx("localhost")};
        for (int k = 0; k < ours.length; k++) {
            assertEquals(py.get(3 * k), ours[k].hostname());
            if (isNative()) { // README, jdk deviations: gethostbyname_ex/gethostbyaddr return no aliases
                assertEquals(py.get(3 * k + 1), String.join(" ", ours[k].aliases()));
            }
            assertEquals(py.get(3 * k + 2), String.join(" ", ours[k].addresses()));
        }
    }

    /** gethostbyname_ex(''): the wildcard passes setipaddr, then gethostbyname_r fails: herror 3. */
    @Test
    void gethostbynameExOfEmptyRaisesHerrorUnknownServerError() {
        HError e = assertThrows(HError.class, () -> Sockets.gethostbynameEx(""));
        assertEquals(3, e.errno());
        assertEquals("[Errno 3] Unknown server error", e.getMessage());
    }
}
