package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.util.List;

/**
 * MessageInto: Python's {@code (nbytes, ancdata, msg_flags, address)} from
 * {@link Socket#recvmsgInto}.
 *
 * @param nbytes how many bytes were received into the buffers (with MSG_TRUNC on a
 *        datagram socket, its real length)
 * @param ancdata the ancillary data items received, in order (unmodifiable)
 * @param flags the received message's flags ({@link Sockets#MSG_TRUNC}, {@link Sockets#MSG_CTRUNC}, ...)
 * @param address the sender's address, {@code null} where Python gives None (R27)
 */
public record MessageInto(int nbytes, List<Ancillary> ancdata, int flags, Address address) {
    /**
     * MessageInto: copies the list (unmodifiable).
     *
     * @param nbytes how many bytes were received
     * @param ancdata the ancillary data items received
     * @param flags the received message's flags
     * @param address the sender's address, or {@code null}
     */
    public MessageInto {
        ancdata = List.copyOf(ancdata);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (5, [], 0, None)}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(nbytes), PyRepr.of(ancdata), PyRepr.of(flags), PyRepr.of(address));
    }
}
