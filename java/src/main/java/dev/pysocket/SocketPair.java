package dev.pysocket;

import dev.pysocket.internal.PyRepr;
/**
 * SocketPair: what Python's {@code socketpair()} returns, the two connected ends
 * {@code (first, second)}. {@link #close()} closes both, so a pair fits try-with-resources.
 *
 * @param first  the first end (Python's {@code a} in {@code a, b = socketpair()})
 * @param second the second end
 */
public record SocketPair(Socket first, Socket second) implements AutoCloseable {
    /** close closes both ends (the second even if closing the first raises). */
    @Override
    public void close() throws OSError {
        try {
            first.close();
        } finally {
            second.close();
        }
    }

    /** toString: Python's repr of the pair, e.g. {@code (<socket.socket fd=3, ...>, <socket.socket fd=4, ...>)}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(first), PyRepr.of(second));
    }
}
