package dev.pysocket.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** Address.of / Address.Inet: Python's (host, port) tuple (R25) and its repr. */
class AddressTest extends BackendTest {

    /**
     * R25: a host is numeric only if inet_pton reads it; "0127.0.0.1" goes to getaddrinfo,
     * whose inet_aton reads 0127 as octal: 87.0.0.1, not a local address (python3 agrees).
     */
    @Test
    void hostWithLeadingZeroIsReadAsOctalNotDecimal() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EADDRNOTAVAIL, "[Errno 99] Cannot assign requested address",
                    () -> s.bind(Address.of("0127.0.0.1", 0)));
        }
    }

    @Test
    void ofBuildsAnInetRecordWithHostAndPort() {
        Address a = Address.of("127.0.0.1", 8080);
        Address.Inet inet = assertInstanceOf(Address.Inet.class, a);
        assertEquals("127.0.0.1", inet.host());
        assertEquals(8080, inet.port());
        assertEquals(new Address.Inet("127.0.0.1", 8080), a);
        assertNotEquals(Address.of("127.0.0.1", 8081), a);
    }

    @Test
    void toStringPrintsPythonsTupleRepr() {
        assertEquals("('127.0.0.1', 8080)", Address.of("127.0.0.1", 8080).toString());
        assertEquals("('', 0)", Address.of("", 0).toString());
    }

    /** The kernel's addresses come back as Address.Inet with the numeric host. */
    @Test
    void socketAddressesAreInetRecords() throws Exception {
        try (TcpPair p = tcpPair()) {
            Socket c = p.client();
            Address.Inet local = assertInstanceOf(Address.Inet.class, c.getsockname());
            Address.Inet peer = assertInstanceOf(Address.Inet.class, c.getpeername());
            assertEquals("127.0.0.1", local.host());
            assertEquals("127.0.0.1", peer.host());
            assertEquals(p.server().getsockname(), peer);
        }
    }

    @Test
    void convertsToAndFromJavaNetSocketAddress() throws Exception {
        InetSocketAddress isa = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 4242);
        assertEquals(Address.of("127.0.0.1", 4242), Address.from(isa));
        assertEquals(isa, Address.of("127.0.0.1", 4242).toSocketAddress());
    }
}
