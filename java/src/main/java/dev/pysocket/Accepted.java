package dev.pysocket;

import dev.pysocket.internal.PyRepr;

/**
 * Accepted: Python's {@code (conn, address)} from {@link Socket#accept()}.
 *
 * @param conn the new connection
 * @param address the peer's address
 */
public record Accepted(Socket conn, Address address) {
    /** toString: Python's repr of the tuple, e.g. {@code (<socket.socket fd=5, ...>, ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(conn), PyRepr.of(address));
    }
}
