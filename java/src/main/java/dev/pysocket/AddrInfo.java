package dev.pysocket;

import dev.pysocket.internal.PyRepr;

/**
 * AddrInfo: one result of {@link Sockets#getaddrinfo}, Python's 5-tuple
 * {@code (family, type, proto, canonname, sockaddr)}.
 *
 * @param family the AF_* value
 * @param type the SOCK_* value
 * @param proto the protocol number
 * @param canonname the host's canonical name: {@code ""} except in the first entry when
 *        AI_CANONNAME was given (R29)
 * @param sockaddr an {@link Address.Inet} or {@link Address.Inet6} (always the 4-tuple form)
 */
public record AddrInfo(int family, int type, int proto, String canonname, Address sockaddr) {
    /**
     * toString: Python's repr of the tuple, family and type as the module's enums:
     * {@code (<AddressFamily.AF_INET: 2>, <SocketKind.SOCK_STREAM: 1>, 6, '', ('127.0.0.1', 80))}.
     */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.addressFamily(family), PyRepr.socketKind(type), PyRepr.of(proto),
                PyRepr.of(canonname), PyRepr.of(sockaddr));
    }
}
