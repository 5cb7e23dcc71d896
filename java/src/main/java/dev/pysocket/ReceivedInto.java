package dev.pysocket;

import dev.pysocket.internal.PyRepr;
/**
 * ReceivedInto: Python's {@code (nbytes, address)} from {@link Socket#recvfromInto(byte[])}.
 *
 * @param nbytes how many bytes were received (with MSG_TRUNC, the datagram's real length)
 * @param address the sender's address, {@code null} where Python gives None (R27)
 */
public record ReceivedInto(int nbytes, Address address) {
    /** toString: Python's repr of the tuple, e.g. {@code (5, ('127.0.0.1', 5000))}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(nbytes), PyRepr.of(address));
    }
}
