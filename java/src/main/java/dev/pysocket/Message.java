package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Message: Python's {@code (data, ancdata, msg_flags, address)} from {@link Socket#recvmsg}.
 * Equality compares the bytes, as Python's tuple equality does.
 *
 * @param data the bytes received
 * @param ancdata the ancillary data items received, in order (unmodifiable)
 * @param flags the received message's flags: {@link Sockets#MSG_TRUNC} when the data was cut,
 *        {@link Sockets#MSG_CTRUNC} when ancillary data was (R36), ...
 * @param address the sender's address, {@code null} where Python gives None (R27: a
 *        connected stream)
 */
public record Message(byte[] data, List<Ancillary> ancdata, int flags, Address address) {
    /**
     * Message: copies the list (unmodifiable).
     *
     * @param data the bytes received
     * @param ancdata the ancillary data items received
     * @param flags the received message's flags
     * @param address the sender's address, or {@code null}
     */
    public Message {
        ancdata = List.copyOf(ancdata);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && Arrays.equals(m.data, data) && m.ancdata.equals(ancdata)
                && m.flags == flags && Objects.equals(m.address, address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ancdata, flags, address) * 31 + Arrays.hashCode(data);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (b'hi', [], 0, None)}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(data), PyRepr.of(ancdata), PyRepr.of(flags), PyRepr.of(address));
    }
}
