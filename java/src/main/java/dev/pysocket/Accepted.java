package dev.pysocket;

/** Accepted: Python's {@code (conn, address)} from {@link Socket#accept()}. */
public record Accepted(Socket conn, Address address) {
}
