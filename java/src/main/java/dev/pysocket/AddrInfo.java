package dev.pysocket;

/**
 * AddrInfo: one result of {@link Sockets#getaddrinfo}, Python's 5-tuple
 * {@code (family, type, proto, canonname, sockaddr)}. canonname is {@code ""} except in the
 * first entry when AI_CANONNAME was given (R29); sockaddr is an {@link Address.Inet} or
 * {@link Address.Inet6} (always the 4-tuple form).
 */
public record AddrInfo(int family, int type, int proto, String canonname, Address sockaddr) {
}
