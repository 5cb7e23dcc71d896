package dev.pysocket.unix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;

/**
 * NamedConnect: a connection made through one AF_UNIX name, for the tests that check a name
 * of their own (non-UTF-8 bytes, abstract) reads back exactly at every step of the way.
 */
final class NamedConnect {
    private NamedConnect() {
    }

    /**
     * accepted binds srv at {@code at}, listens and connects client to it, asserting that the
     * listener and the client's peer are named {@code at}; returns the accepted socket (the
     * caller closes it).
     */
    static Socket accepted(Socket srv, Socket client, Address at) throws OSError {
        srv.bind(at);
        srv.listen();
        assertEquals(at, srv.getsockname());
        client.connect(at);
        assertEquals(at, client.getpeername());
        return srv.accept().conn();
    }
}
