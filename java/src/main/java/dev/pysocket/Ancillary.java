package dev.pysocket;

import dev.pysocket.internal.PyRepr;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Ancillary: one item of ancillary data, Python's {@code (cmsg_level, cmsg_type, cmsg_data)}
 * tuple, as {@link Socket#sendmsg} takes and {@link Socket#recvmsg} returns it. Equality
 * compares the bytes, as Python's tuple equality does.
 *
 * <p>For {@code (SOL_SOCKET, SCM_RIGHTS)} the data is an array of descriptors as C ints
 * (native byte order): {@link #ofFds} builds such an item, {@link #fds} reads one. Each
 * received descriptor is the caller's to close ({@link Sockets#close(int)}) or to adopt
 * ({@link Sockets#socket(int, int, int, int)} with its fileno).
 *
 * @param level the protocol level, e.g. {@link Sockets#SOL_SOCKET}
 * @param type the protocol-specific type, e.g. {@link Sockets#SCM_RIGHTS}
 * @param data the item's bytes (not copied: the record shares the array it was given)
 */
public record Ancillary(int level, int type, byte[] data) {
    /**
     * ofFds: the {@code (SOL_SOCKET, SCM_RIGHTS, array('i', fds))} item that passes descriptors.
     *
     * @param fds the descriptors to pass
     * @return the item
     */
    public static Ancillary ofFds(int... fds) {
        ByteBuffer b = ByteBuffer.allocate(fds.length * Integer.BYTES).order(ByteOrder.nativeOrder());
        b.asIntBuffer().put(fds);
        return new Ancillary(Sockets.SOL_SOCKET, Sockets.SCM_RIGHTS, b.array());
    }

    /**
     * fds: the descriptors of an SCM_RIGHTS item, as Python's {@code socket.recv_fds} reads
     * them (trailing bytes that do not make a whole int are ignored).
     *
     * @return the descriptors, in order
     * @throws IllegalStateException for an item that is not {@code (SOL_SOCKET, SCM_RIGHTS)}
     */
    public int[] fds() {
        if (level != Sockets.SOL_SOCKET || type != Sockets.SCM_RIGHTS) {
            throw new IllegalStateException("not an SCM_RIGHTS item: " + this);
        }
        int[] out = new int[data.length / Integer.BYTES];
        ByteBuffer.wrap(data).order(ByteOrder.nativeOrder()).asIntBuffer().get(out);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ancillary a && a.level == level && a.type == type && Arrays.equals(a.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, type) * 31 + Arrays.hashCode(data);
    }

    /** toString: Python's repr of the tuple, e.g. {@code (1, 1, b'\x05\x00\x00\x00')}. */
    @Override
    public String toString() {
        return PyRepr.tuple(PyRepr.of(level), PyRepr.of(type), PyRepr.of(data));
    }
}
