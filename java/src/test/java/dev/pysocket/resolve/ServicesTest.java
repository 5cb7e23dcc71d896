package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** getservbyname, getservbyport, getprotobyname over /etc/services and /etc/protocols (R31, section 3). */
class ServicesTest extends BackendTest {

    @Test
    void getservbynameGivesThePort() throws Exception {
        assertEquals(80, Sockets.getservbyname("http"));
        assertEquals(80, Sockets.getservbyname("http", "tcp"));
        assertEquals(53, Sockets.getservbyname("domain", "udp"));
    }

    /** Section 3: OSError without errno "service/proto not found". */
    @Test
    void getservbynameOfUnknownRaisesServiceProtoNotFound() {
        assertPlainOSError(0, "service/proto not found", () -> Sockets.getservbyname("nosuch"));
        assertPlainOSError(0, "service/proto not found", () -> Sockets.getservbyname("http", "nosuchproto"));
    }

    @Test
    void getservbyportGivesTheName() throws Exception {
        assertEquals("http", Sockets.getservbyport(80));
        assertEquals("domain", Sockets.getservbyport(53, "udp"));
    }

    /** Section 3: OSError without errno "port/proto not found". */
    @Test
    void getservbyportOfUnknownRaisesPortProtoNotFound() {
        assertPlainOSError(0, "port/proto not found", () -> Sockets.getservbyport(1, "nosuchproto"));
    }

    /** Section 3: OverflowError "getservbyport: port must be 0-65535.". */
    @Test
    void getservbyportOutOfRangeRaisesPortMustBe() {
        for (int port : new int[] {70000, -1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.getservbyport(port));
            assertEquals("getservbyport: port must be 0-65535.", e.getMessage());
        }
    }

    /** Names and aliases both match (TCP is an alias of tcp in /etc/protocols). */
    @Test
    void getprotobynameGivesTheNumber() throws Exception {
        assertEquals(6, Sockets.getprotobyname("tcp"));
        assertEquals(17, Sockets.getprotobyname("udp"));
        assertEquals(1, Sockets.getprotobyname("icmp"));
        assertEquals(6, Sockets.getprotobyname("TCP"));
    }

    /** Section 3: OSError without errno "protocol not found". */
    @Test
    void getprotobynameOfUnknownRaisesProtocolNotFound() {
        assertPlainOSError(0, "protocol not found", () -> Sockets.getprotobyname("nosuch"));
    }

    /** Section 3 ("s" arguments): a NUL is ValueError "embedded null character". */
    @Test
    void embeddedNulRaisesEmbeddedNullCharacter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.getservbyname("http\0"));
        assertEquals("embedded null character", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Sockets.getprotobyname("tcp\0"));
        assertEquals("embedded null character", e.getMessage());
    }
}
