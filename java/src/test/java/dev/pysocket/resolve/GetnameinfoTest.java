package dev.pysocket.resolve;

import static dev.pysocket.Sockets.NI_DGRAM;
import static dev.pysocket.Sockets.NI_NAMEREQD;
import static dev.pysocket.Sockets.NI_NUMERICHOST;
import static dev.pysocket.Sockets.NI_NUMERICSERV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.NameInfo;
import dev.pysocket.OSError;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** getnameinfo (R30): scenario 88 and the getnameinfo rows of docs/python-semantics.md §3. */
class GetnameinfoTest extends BackendTest {

    /** Scenario 88: NI_NUMERICHOST | NI_NUMERICSERV gives the numbers back. */
    @Test
    void numericFlagsGiveNumericHostAndService() throws Exception {
        assertEquals(new NameInfo("127.0.0.1", "80"),
                Sockets.getnameinfo(Address.of("127.0.0.1", 80), NI_NUMERICHOST | NI_NUMERICSERV));
    }

    /** R30: a known port gives its service name; an unknown one its digits. */
    @Test
    void serviceIsNamedWhenKnownAndDigitsOtherwise() throws Exception {
        assertEquals("http", Sockets.getnameinfo(Address.of("127.0.0.1", 80), NI_NUMERICHOST).service());
        assertEquals("54321", Sockets.getnameinfo(Address.of("127.0.0.1", 54321), NI_NUMERICHOST).service());
    }

    /** R30: the IPv6 4-tuple works; the host comes back in canonical text. */
    @Test
    void ipv6FourTupleGivesCanonicalHost() throws Exception {
        assertEquals(new NameInfo("::1", "443"),
                Sockets.getnameinfo(Address.of6("0:0::1", 443, 0, 0), NI_NUMERICHOST | NI_NUMERICSERV));
    }

    /** R30: a nonzero scope id is printed after the address (by interface name for link-local). */
    @Test
    void linkLocalScopeIsPrintedByInterfaceName() throws Exception {
        int lo = Sockets.ifNametoindex("lo");
        assertEquals(new NameInfo("fe80::1%lo", "80"),
                Sockets.getnameinfo(Address.of6("fe80::1", 80, 0, lo), NI_NUMERICHOST | NI_NUMERICSERV));
    }

    /** R30: NI_DGRAM looks the port up for UDP (port 80 has no udp entry here: digits). */
    @Test
    void dgramFlagLooksServiceUpForUdp() throws Exception {
        NameInfo udp = Sockets.getnameinfo(Address.of("127.0.0.1", 53), NI_NUMERICHOST | NI_DGRAM);
        assertEquals("domain", udp.service());
    }

    /** Scenario 88: a 4-tuple for an IPv4 host is OSError "IPv4 sockaddr must be 2 tuple" (no errno). */
    @Test
    void fourTupleForIpv4HostRaisesIpv4SockaddrMustBe2Tuple() {
        assertPlainOSError(0, "IPv4 sockaddr must be 2 tuple",
                () -> Sockets.getnameinfo(Address.of6("127.0.0.1", 80, 0, 0), 0));
    }

    /** Scenario 88: a host name instead of an address is gaierror -2 (numeric hosts only). */
    @Test
    void hostNameInsteadOfAddressRaisesGaierrorMinus2() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.getnameinfo(Address.of("localhost", 80), 0));
        assertEquals(-2, e.errno());
        assertEquals("[Errno -2] Name or service not known", e.getMessage());
    }

    /** R30: NI_NAMEREQD for an address without a name is gaierror -2. */
    @Test
    void nameRequiredForUnnamedAddressRaisesGaierrorMinus2() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.getnameinfo(Address.of("192.0.2.7", 80), NI_NAMEREQD));
        assertEquals(-2, e.errno());
    }

    /** Section 3 (glibc): unknown flag bits are gaierror -1. */
    @Test
    void unknownFlagsRaiseGaierrorMinus1() {
        GaiError e = assertThrows(GaiError.class, () -> Sockets.getnameinfo(Address.of("127.0.0.1", 80), 9999));
        assertEquals(-1, e.errno());
        assertEquals("[Errno -1] Bad value for ai_flags", e.getMessage());
    }

    /** Section 3: flowinfo 2**20 is OverflowError "getnameinfo(): flowinfo must be 0-1048575.". */
    @Test
    void flowinfoOutOfRangeRaisesFlowinfoMustBe() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sockets.getnameinfo(Address.of6("::1", 80, 1 << 20, 0), 0));
        assertEquals("getnameinfo(): flowinfo must be 0-1048575.", e.getMessage());
    }

    /** Section 3: a non-tuple address is TypeError "getnameinfo() argument 1 must be a tuple". */
    @Test
    void unixAddressRaisesArgumentMustBeATuple() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sockets.getnameinfo(Address.unix("/tmp/x"), 0));
        assertEquals("getnameinfo() argument 1 must be a tuple", e.getMessage());
    }

    /** Section 3: a None host is the TypeError "getnameinfo(): illegal sockaddr argument". */
    @Test
    void nullHostRaisesIllegalSockaddrArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Sockets.getnameinfo(Address.of(null, 80), 0));
        assertEquals("getnameinfo(): illegal sockaddr argument", e.getMessage());
    }

    /** R30: the port is not range-checked; a negative one is gaierror -8 as in glibc. */
    @Test
    void negativePortRaisesGaierrorMinus8() {
        OSError e = assertThrows(GaiError.class, () -> Sockets.getnameinfo(Address.of("127.0.0.1", -1), NI_NUMERICSERV));
        assertEquals(-8, e.errno());
    }

    /** R30: the answers are python3's for a loopback address, named and numeric, TCP and UDP. */
    @Test
    void answersMatchPython3() throws Exception {
        int[] flags = {0, NI_NUMERICHOST, NI_NUMERICSERV, NI_DGRAM};
        StringBuilder script = new StringBuilder("import socket\n");
        for (int f : flags) {
            script.append("print(*socket.getnameinfo(('127.0.0.1', 53), ").append(f).append("))\n");
        }
        List<String> expected = Python3.run(script.toString()).lines().toList();
        for (int k = 0; k < flags.length; k++) {
            NameInfo n = Sockets.getnameinfo(Address.of("127.0.0.1", 53), flags[k]);
            assertEquals(expected.get(k), n.host() + " " + n.service(), "flags " + flags[k]);
        }
    }
}
