package dev.pysocket;

import dev.pysocket.internal.PyRepr;

/**
 * NameInfo: the result of {@link Sockets#getnameinfo}, Python's {@code (host, service)} (R30).
 *
 * @param host the host's name, or its numeric address
 * @param service the service's name, or the port in digits
 */
public record NameInfo(String host, String service) {
    /** toString: Python's repr of the tuple, e.g. {@code ('localhost', 'http')}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(host), PyRepr.of(service));
    }
}
