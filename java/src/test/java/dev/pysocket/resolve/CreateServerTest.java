package dev.pysocket.resolve;

import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/**
 * create_server's success half of scenario 92 (R21); its error rows are in
 * errors/CreateServerErrorsTest. Names go through getaddrinfo (R25).
 */
class CreateServerTest extends BackendTest {

    /** Scenario 92: SO_REUSEADDR reads 1, the socket listens, its timeout is None. */
    @Test
    void createServerSetsReuseaddrListensAndBlocks() throws Exception {
        try (Socket server = Sockets.createServer(loopback(0));
                Socket client = Sockets.createConnection(server.getsockname(), 2.0)) {
            assertEquals(1, server.getsockopt(SOL_SOCKET, SO_REUSEADDR));
            assertNull(server.gettimeout());
            server.settimeout(2.0);
            Accepted a = server.accept();
            try (Socket conn = a.conn()) {
                assertEquals(client.getsockname(), a.address());
                assertEquals(client.getsockname(), conn.getpeername());
            }
        }
    }

    /** R25: a host name resolves through getaddrinfo: 'localhost' binds to 127.0.0.1. */
    @Test
    void createServerOnLocalhostBindsLoopback() throws Exception {
        try (Socket server = Sockets.createServer(Address.of("localhost", 0))) {
            assertEquals("127.0.0.1", ((Address.Inet) server.getsockname()).host());
        }
    }

    /** R20: create_connection to ('localhost', port) tries the resolver's addresses in turn. */
    @Test
    void createConnectionByNameReachesTheServer() throws Exception {
        try (Socket server = Sockets.createServer(loopback(0));
                Socket client = Sockets.createConnection(Address.of("localhost", port(server)), 2.0)) {
            assertEquals(server.getsockname(), client.getpeername());
        }
    }

    /** R20/R29: a None host is the loopback (create_connection((None, port)) in Python). */
    @Test
    void createConnectionWithNullHostReachesLoopback() throws Exception {
        try (Socket server = Sockets.createServer(loopback(0));
                Socket client = Sockets.createConnection(Address.of(null, port(server)), 2.0)) {
            assertEquals(server.getsockname(), client.getpeername());
        }
    }
}
