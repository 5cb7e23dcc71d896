package dev.pysocket;

/** NameInfo: the result of {@link Sockets#getnameinfo}, Python's {@code (host, service)} (R30). */
public record NameInfo(String host, String service) {
}
