package dev.pysocket;

/** IfName: one entry of {@link Sockets#ifNameindex()}, Python's {@code (index, name)} pair. */
public record IfName(int index, String name) {
}
