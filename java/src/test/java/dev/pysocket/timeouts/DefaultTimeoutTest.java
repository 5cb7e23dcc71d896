package dev.pysocket.timeouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenarios 30 and 31; rule R7. */
class DefaultTimeoutTest extends BackendTest {

    /** Scenario 30. */
    @Test
    void defaultTimeoutAppliesToNewCreatedConnectionAndAcceptedSockets() throws Exception {
        Sockets.setdefaulttimeout(3.0);
        assertEquals(3.0, Sockets.getdefaulttimeout());
        try (Socket s = Sockets.socket(); Socket l = listener();
                Socket c = Sockets.createConnection(l.getsockname());
                Socket conn = l.accept().conn()) {
            assertEquals(3.0, s.gettimeout());
            assertTrue(s.getblocking());
            assertEquals(3.0, l.gettimeout());
            assertEquals(3.0, c.gettimeout());
            assertEquals(3.0, conn.gettimeout(), "accepted sockets take the default (R7)");
        }
        Sockets.setdefaulttimeout(null);
        assertNull(Sockets.getdefaulttimeout());
        try (Socket s = Sockets.socket()) {
            assertNull(s.gettimeout());
        }
    }

    /** R21: create_server's result takes the default timeout too. */
    @Test
    void defaultTimeoutAppliesToCreateServer() throws Exception {
        Sockets.setdefaulttimeout(3.0);
        try (Socket srv = Sockets.createServer(loopback(0))) {
            assertEquals(3.0, srv.gettimeout());
        }
    }

    /** R7: create_connection(timeout=None) overrides a non-None default. */
    @Test
    void createConnectionWithExplicitNullTimeoutOverridesDefault() throws Exception {
        try (Socket l = listener()) {
            Sockets.setdefaulttimeout(3.0);
            try (Socket c = Sockets.createConnection(l.getsockname(), null); Socket conn = l.accept().conn()) {
                assertNull(c.gettimeout());
                assertEquals(3.0, conn.gettimeout());
            }
        }
    }

    /** R7: setdefaulttimeout(0.0) makes new sockets non-blocking. */
    @Test
    void zeroDefaultTimeoutMakesNewSocketsNonBlocking() throws Exception {
        Sockets.setdefaulttimeout(0.0);
        try (Socket s = Sockets.socket()) {
            assertEquals(0.0, s.gettimeout());
            assertEquals(false, s.getblocking());
        }
    }

    /** R7: the default applies to sockets created afterwards only. */
    @Test
    void defaultTimeoutDoesNotChangeExistingSockets() throws Exception {
        try (Socket before = Sockets.socket()) {
            Sockets.setdefaulttimeout(3.0);
            assertNull(before.gettimeout());
        }
    }

    /** Scenario 31: no default; a listener in timeout mode accepts a blocking socket. */
    @Test
    void withoutDefaultAcceptedSocketOfTimeoutListenerIsBlocking() throws Exception {
        try (Socket l = listener()) {
            l.settimeout(5.0);
            try (Socket c = Sockets.createConnection(l.getsockname()); Socket conn = l.accept().conn()) {
                assertNull(conn.gettimeout());
                assertTrue(conn.getblocking());
                assertEquals(c.getsockname(), conn.getpeername());
            }
        }
    }

    /** Scenario 31: no default; a non-blocking listener accepts a blocking socket. */
    @Test
    void withoutDefaultAcceptedSocketOfNonBlockingListenerIsBlocking() throws Exception {
        try (Socket l = listener()) {
            l.setblocking(false);
            try (Socket c = Sockets.createConnection(l.getsockname())) {
                Accepted[] got = new Accepted[1];
                eventually(Duration.ofSeconds(2), "the connection reaches the accept queue", () -> {
                    try {
                        got[0] = l.accept();
                        return true;
                    } catch (BlockingIOError notYet) {
                        return false;
                    }
                });
                try (Socket conn = got[0].conn()) {
                    assertNull(conn.gettimeout());
                    assertTrue(conn.getblocking());
                    assertEquals(c.getsockname(), conn.getpeername());
                    if (has(Capability.DESCRIPTORS)) { // only a real descriptor has flags to read
                        assertTrue(!TimeoutModesTest.nonBlocking(conn.fileno()), "O_NONBLOCK is not inherited");
                    }
                }
            }
        }
    }
}
