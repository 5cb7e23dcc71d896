package dev.pysocket;

/**
 * ReceivedInto: Python's {@code (nbytes, address)} from {@link Socket#recvfromInto(byte[])}.
 * {@code address} is {@code null} where Python gives None (R27).
 */
public record ReceivedInto(int nbytes, Address address) {
    /** toString: Python's repr of the tuple, e.g. {@code (5, ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return "(" + nbytes + ", " + (address == null ? "None" : address) + ")";
    }
}
