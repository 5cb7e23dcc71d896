package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.util.Arrays;
import java.util.Objects;

/**
 * FdMessage: Python's {@code (data, fds, msg_flags, address)} from {@link Socket#recvFds}
 * ({@code socket.recv_fds}). Each descriptor is new in this process, close-on-exec, and the
 * caller's to close ({@link Sockets#close(int)}) or adopt
 * ({@link Sockets#socket(int, int, int, int)} with its fileno). Equality compares the arrays'
 * contents, as Python's tuple equality does.
 *
 * @param data the bytes received
 * @param fds the descriptors received, in the order sent
 * @param flags the received message's flags ({@link Sockets#MSG_CTRUNC} when more
 *        descriptors were sent than maxfds: the kernel closed the rest)
 * @param address the sender's address, {@code null} where Python gives None (R27)
 */
public record FdMessage(byte[] data, int[] fds, int flags, Address address) {
    @Override
    public boolean equals(Object o) {
        return o instanceof FdMessage m && Arrays.equals(m.data, data) && Arrays.equals(m.fds, fds)
                && m.flags == flags && Objects.equals(m.address, address);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flags, address) * 961 + Arrays.hashCode(data) * 31 + Arrays.hashCode(fds);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (b'hello', [5, 6], 0, None)}. */
    @Override
    public String toString() {
        StringBuilder list = new StringBuilder("[");
        for (int fd : fds) {
            list.append(list.length() > 1 ? ", " : "").append(fd);
        }
        return PyRepr.tuple(PyRepr.of(data), list.append(']').toString(), PyRepr.of(flags), PyRepr.of(address));
    }
}
