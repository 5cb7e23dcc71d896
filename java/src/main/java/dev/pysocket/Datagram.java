package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.util.Arrays;
import java.util.Objects;

/**
 * Datagram: Python's {@code (bytes, address)} from {@link Socket#recvfrom(int)}. Equality
 * compares the bytes, as Python's tuple equality does.
 *
 * @param data the bytes received
 * @param address the sender's address, {@code null} where Python gives None (R27: the kernel
 *        reported no address, e.g. recvfrom on a connected TCP socket)
 */
public record Datagram(byte[] data, Address address) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Datagram d && Arrays.equals(d.data, data) && Objects.equals(d.address, address);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data) * 31 + Objects.hashCode(address);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (b'hi', ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(data), PyRepr.of(address));
    }
}
