package dev.pysocket.timeouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/**
 * TimeoutLiteralsTest: every call that takes a timeout accepts what Python code writes there,
 * None, an int or a float, as {@code null}, {@code 1} and {@code 0.5}, and means what Python
 * means (1 is 1.0 seconds, None blocks). Most of the check is that this class compiles: an
 * overload taking another reference type would make {@code null} ambiguous, and one taking
 * only {@code Double} would refuse {@code 1}.
 */
class TimeoutLiteralsTest extends BackendTest {

    @Test
    void settimeoutTakesNoneIntAndFloat() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.settimeout(1);
            assertEquals(1.0, s.gettimeout());
            s.settimeout(0.5);
            assertEquals(0.5, s.gettimeout());
            s.settimeout(0);
            assertEquals(0.0, s.gettimeout());
            assertEquals(false, s.getblocking());
            s.settimeout(null);
            assertNull(s.gettimeout());
            assertEquals(true, s.getblocking());
        }
    }

    @Test
    void createConnectionTakesNoneIntAndFloat() throws Exception {
        try (Socket server = Sockets.createServer(loopback(0))) {
            Address a = server.getsockname();
            try (Socket c1 = Sockets.createConnection(a, 1);
                    Socket c2 = Sockets.createConnection(a, 0.5);
                    Socket c3 = Sockets.createConnection(a, null);
                    Socket c4 = Sockets.createConnection(a, 2, null);
                    Socket c5 = Sockets.createConnection(a, null, null);
                    Socket c6 = Sockets.createConnection(a, 3, null, false);
                    Socket c7 = Sockets.createConnection(a, null, null, true)) {
                assertEquals(1.0, c1.gettimeout());
                assertEquals(0.5, c2.gettimeout());
                assertNull(c3.gettimeout());
                assertEquals(2.0, c4.gettimeout());
                assertNull(c5.gettimeout());
                assertEquals(3.0, c6.gettimeout());
                assertNull(c7.gettimeout());
            }
        }
    }

    @Test
    void setdefaulttimeoutTakesNoneIntAndFloat() throws Exception {
        Sockets.setdefaulttimeout(1);
        assertEquals(1.0, Sockets.getdefaulttimeout());
        Sockets.setdefaulttimeout(0.5);
        assertEquals(0.5, Sockets.getdefaulttimeout());
        Sockets.setdefaulttimeout(null);
        assertNull(Sockets.getdefaulttimeout());
    }
}
