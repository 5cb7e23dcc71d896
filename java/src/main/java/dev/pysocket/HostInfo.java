package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.util.List;

/**
 * HostInfo: the result of {@link Sockets#gethostbynameEx} and {@link Sockets#gethostbyaddr},
 * Python's {@code (hostname, aliaslist, ipaddrlist)}.
 *
 * @param hostname the host's primary name
 * @param aliases its other names
 * @param addresses its addresses, in text form
 */
public record HostInfo(String hostname, List<String> aliases, List<String> addresses) {
    /**
     * HostInfo: copies both lists (unmodifiable).
     *
     * @param hostname the host's primary name
     * @param aliases its other names
     * @param addresses its addresses, in text form
     * @throws NullPointerException for a null list or a null element
     */
    public HostInfo {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }

    /** toString: Python's repr of the tuple, e.g. {@code ('localhost', [], ['127.0.0.1'])}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(hostname), PyRepr.of(aliases), PyRepr.of(addresses));
    }
}
