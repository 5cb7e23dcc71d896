package dev.pysocket.internal.posix;

import dev.pysocket.Ancillary;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.InetFunctions;
import dev.pysocket.internal.Os;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * MessageArea: the native memory of one sendmsg or recvmsg (native/include/pysocket.h,
 * message.c), in one block: the struct iovec array the kernel reads in place, the ancillary
 * items (psk_cmsg_item records), the control-data area C builds or the kernel fills, and the
 * bytes of heap buffers. A byte[] or heap buffer is copied once, between the Java array and
 * this block; a direct buffer is not copied at all (its iovec points into it). Offsets come
 * from {@link Layout}. The block is the thread's scratch data area when it fits
 * ({@link Scratch#RETAINED_MAX}), else temporary memory that {@link #close()} frees.
 */
final class MessageArea implements AutoCloseable {
    /**
     * CONTROL_MAX: the most control data one recvmsg asks for. The kernel never writes more
     * than a few KiB (253 descriptors are 1 KiB), so a larger ancbufsize reads the same and
     * only saves the allocation CPython would make.
     */
    static final int CONTROL_MAX = 64 << 10;
    private static final int ALIGN = 8;

    private final NativeMemory temporary;
    private final long base;
    private final ByteBuffer view;
    private final int iovcnt;
    private final int itemsOffset;
    private final int itemsLen;
    private final int controlOffset;
    private final int controlLen;
    private final int dataOffset;

    private MessageArea(Scratch s, long size, int iovcnt, int itemsOffset, int itemsLen, int controlOffset,
            int controlLen, int dataOffset) throws OSError {
        if (size > Integer.MAX_VALUE) {
            throw OSError.of(Errno.ENOMEM); // a gather or scatter of more than 2 GiB of arrays
        }
        if (size <= Scratch.RETAINED_MAX) {
            temporary = null;
            base = s.data((int) size);
            view = s.dataBuffer();
        } else {
            temporary = Scratch.temporary((int) size);
            base = temporary.address();
            view = temporary.buffer();
        }
        this.iovcnt = iovcnt;
        this.itemsOffset = itemsOffset;
        this.itemsLen = itemsLen;
        this.controlOffset = controlOffset;
        this.controlLen = controlLen;
        this.dataOffset = dataOffset;
    }

    private static long aligned(long n) {
        return (n + ALIGN - 1) & -ALIGN;
    }

    /** forSend: iovecs over a copy of buffers, and the items of ancdata with room for their control data. */
    static MessageArea forSend(Scratch s, byte[][] buffers, List<Ancillary> ancdata) throws OSError {
        long items = 0;
        long control = 0;
        for (Ancillary a : ancdata) {
            items += itemSpace(a.data().length);
            control += InetFunctions.cmsgSpace(a.data().length); // the facade checked the range
        }
        long data = 0;
        for (byte[] b : buffers) {
            data += b.length;
        }
        long iov = aligned((long) buffers.length * Layout.IOV_SIZE);
        long controlAt = iov + aligned(items);
        long dataAt = controlAt + aligned(control);
        MessageArea m = new MessageArea(s, dataAt + data, buffers.length, (int) iov, (int) items,
                (int) Math.min(controlAt, Integer.MAX_VALUE), (int) Math.min(control, Integer.MAX_VALUE),
                (int) Math.min(dataAt, Integer.MAX_VALUE));
        int at = m.dataOffset;
        for (int i = 0; i < buffers.length; i++) {
            m.view.put(at, buffers[i]);
            m.putIov(i, m.base + at, buffers[i].length);
            at += buffers[i].length;
        }
        int item = m.itemsOffset;
        for (Ancillary a : ancdata) {
            m.view.putInt(item + Layout.ITEM_LEVEL, a.level());
            m.view.putInt(item + Layout.ITEM_TYPE, a.type());
            m.view.putInt(item + Layout.ITEM_LEN, a.data().length);
            m.view.put(item + Layout.ITEM_SIZE, a.data());
            item += itemSpace(a.data().length);
        }
        return m;
    }

    /**
     * forReceive: iovecs into buffers (a direct one in place, a heap one through this block)
     * and a control area of ancbufsize bytes (at most CONTROL_MAX) with its items area.
     */
    static MessageArea forReceive(Scratch s, ByteBuffer[] buffers, int ancbufsize) throws OSError {
        int control = Math.min(ancbufsize, CONTROL_MAX);
        int items = control == 0 ? 0 : control + Layout.ITEM_SIZE; // C needs >= control; one header spare
        long heap = 0;
        for (ByteBuffer b : buffers) {
            heap += b.isDirect() ? 0 : b.remaining();
        }
        long iov = aligned((long) buffers.length * Layout.IOV_SIZE);
        long itemsAt = iov + aligned(control);
        long dataAt = itemsAt + aligned(items);
        MessageArea m = new MessageArea(s, dataAt + heap, buffers.length, (int) itemsAt, items, (int) iov, control,
                (int) Math.min(dataAt, Integer.MAX_VALUE));
        long at = m.dataOffset;
        for (int i = 0; i < buffers.length; i++) {
            ByteBuffer b = buffers[i];
            if (b.isDirect()) {
                m.putIov(i, NativeMemory.addressOf(b) + b.position(), b.remaining());
            } else {
                m.putIov(i, m.base + at, b.remaining());
                at += b.remaining();
            }
        }
        return m;
    }

    /** itemSpace: a psk_cmsg_item with len data bytes, padded to ITEM_ALIGN (PSK_ITEM_SPACE). */
    private static long itemSpace(int len) {
        int align = Layout.ITEM_ALIGN;
        return Layout.ITEM_SIZE + ((len + (long) align - 1) / align) * align;
    }

    private void putIov(int i, long address, long len) {
        int at = i * Layout.IOV_SIZE;
        view.putLong(at + Layout.IOV_BASE, address);
        view.putLong(at + Layout.IOV_LEN, len);
    }

    long iov() {
        return base;
    }

    int iovcnt() {
        return iovcnt;
    }

    long items() {
        return base + itemsOffset;
    }

    int itemsLen() {
        return itemsLen;
    }

    long control() {
        return base + controlOffset;
    }

    int controlLen() {
        return controlLen;
    }

    /**
     * scatter copies what the kernel wrote for the heap buffers into their arrays and advances
     * every buffer's position by its share of n (n may exceed the total with MSG_TRUNC).
     */
    void scatter(int n, ByteBuffer[] buffers) {
        long left = n;
        int at = dataOffset;
        for (ByteBuffer b : buffers) {
            int room = b.remaining();
            int got = (int) Math.min(room, Math.max(0, left));
            if (!b.isDirect()) {
                view.get(at, b.array(), b.arrayOffset() + b.position(), got);
                at += room;
            }
            b.position(b.position() + got);
            left -= got;
        }
    }

    /** readItems: the count items C wrote, as records. */
    List<Ancillary> readItems(int count) {
        List<Ancillary> out = new ArrayList<>(count);
        int at = itemsOffset;
        for (int i = 0; i < count; i++) {
            int len = view.getInt(at + Layout.ITEM_LEN);
            byte[] data = new byte[len];
            view.get(at + Layout.ITEM_SIZE, data);
            out.add(new Ancillary(view.getInt(at + Layout.ITEM_LEVEL), view.getInt(at + Layout.ITEM_TYPE), data));
            at += (int) itemSpace(len);
        }
        return out;
    }

    /**
     * closeReceivedFds closes every descriptor of the count SCM_RIGHTS items C wrote: the
     * call cannot hand them over (an exception after the syscall, R36). Reads native memory
     * only, so it cannot fail for want of heap.
     */
    void closeReceivedFds(int count) {
        int at = itemsOffset;
        for (int i = 0; i < count; i++) {
            int len = view.getInt(at + Layout.ITEM_LEN);
            if (view.getInt(at + Layout.ITEM_LEVEL) == Os.SOL_SOCKET && view.getInt(at + Layout.ITEM_TYPE) == Os.SCM_RIGHTS) {
                for (int j = 0; j + Integer.BYTES <= len; j += Integer.BYTES) {
                    Libpysocket.psk_close(view.getInt(at + Layout.ITEM_SIZE + j));
                }
            }
            at += (int) itemSpace(len);
        }
    }

    /** close frees temporary memory; the scratch area stays the thread's. */
    @Override
    public void close() {
        if (temporary != null) {
            temporary.close();
        }
    }
}
