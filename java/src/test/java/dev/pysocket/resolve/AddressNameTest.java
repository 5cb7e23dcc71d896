package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Host names in bind/connect addresses go through getaddrinfo (R25, CPython's setipaddr). */
class AddressNameTest extends BackendTest {

    /** R25: bind(('localhost', 0)) binds the first IPv4 address of the name. */
    @Test
    void bindToLocalhostBindsLoopback() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(Address.of("localhost", 0));
            assertEquals("127.0.0.1", ((Address.Inet) s.getsockname()).host());
        }
    }

    /** Section 3: a host the idna codec cannot encode is TypeError "encoding of hostname failed". */
    @Test
    void unencodableHostRaisesEncodingOfHostnameFailed() throws Exception {
        try (Socket s = Sockets.socket()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.connect(Address.of("\udcff", 80)));
            assertEquals("encoding of hostname failed", e.getMessage());
        }
    }

    /** R25: ASCII names are not label-checked here (unlike getaddrinfo): 'a..b' is gaierror -2. */
    @Test
    void emptyLabelInAddressRaisesGaierrorNotUnicodeError() throws Exception {
        try (Socket s = Sockets.socket()) {
            GaiError e = assertThrows(GaiError.class, () -> s.connect(Address.of("a..b", 80)));
            assertEquals(-2, e.errno());
        }
    }

    /** CPython's setipaddr: '<broadcast>' on AF_INET6 is OSError "address family mismatched". */
    @Test
    void broadcastOnAfInet6RaisesAddressFamilyMismatched() throws Exception {
        try (Socket s = Sockets.socket(Sockets.AF_INET6, Sockets.SOCK_STREAM)) {
            assertPlainOSError(0, "address family mismatched", () -> s.bind(Address.of6("<broadcast>", 0, 0, 0)));
        }
    }

    /**
     * CPython's setipaddr: an IP literal of the other family fails before any syscall, as
     * python3 on this machine says: gaierror -9 from getaddrinfo, or "address family
     * mismatched" for the broadcast address (also spelled 255.255.255.255) on AF_INET6.
     */
    @Test
    void literalsOfTheOtherFamilyFailAsInPython() throws Exception {
        String[][] cases = {{"AF_INET", "::1"}, {"AF_INET", "fe80::1%lo"}, {"AF_INET6", "1.2.3.4"},
                {"AF_INET6", "010.0.0.1"}, {"AF_INET6", "255.255.255.255"}, {"AF_INET6", "<broadcast>"}};
        StringBuilder script = new StringBuilder("import socket\n");
        StringBuilder ours = new StringBuilder();
        for (String[] c : cases) {
            boolean v6 = c[0].equals("AF_INET6");
            script.append("try:\n    socket.socket(socket.").append(c[0]).append(", socket.SOCK_DGRAM).bind(('")
                    .append(c[1]).append(v6 ? "', 0, 0, 0))\n" : "', 0))\n")
                    .append("except OSError as e:\n    print(e)\n");
            try (Socket s = Sockets.socket(v6 ? Sockets.AF_INET6 : Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
                s.bind(v6 ? Address.of6(c[1], 0, 0, 0) : Address.of(c[1], 0));
                ours.append("bound ").append(c[1]).append('\n');
            } catch (OSError e) {
                ours.append(e.getMessage()).append('\n');
            }
        }
        assertEquals(Python3.run(script.toString()), ours.toString());
    }
}
