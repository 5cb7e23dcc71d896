package dev.pysocket.tcp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** The seed program of the issue: the smallest Python-style TCP exchange, on each backend. */
class SeedProgramTest extends BackendTest {

    @Test
    void backendReportsTheBackendSelectedForTesting() {
        assertEquals(backend, Sockets.backend());
    }

    @Test
    void seedProgramBindsAnyAddressConnectsAcceptsAndExchangesDataBothWays() throws Exception {
        try (Socket server = Sockets.socket()) {
            server.bind(Address.of("", 0));
            server.listen();
            Address bound = server.getsockname();
            assertEquals("0.0.0.0", ((Address.Inet) bound).host());
            int port = ((Address.Inet) bound).port();
            assertTrue(port > 0 && port <= 65535, () -> "ephemeral port: " + port);

            try (Socket client = Sockets.socket()) {
                client.connect(Address.of("127.0.0.1", port));
                Accepted accepted = server.accept();
                try (Socket conn = accepted.conn()) {
                    assertEquals(client.getsockname(), accepted.address());
                    assertEquals(AF_INET, conn.family());
                    assertEquals(SOCK_STREAM, conn.type());

                    assertEquals(5, client.send(ascii("hello")));
                    assertArrayEquals(ascii("hello"), conn.recv(1024));
                    assertEquals(5, conn.send(ascii("world")));
                    assertArrayEquals(ascii("world"), client.recv(1024));
                }
            }
        }
    }
}
