package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pysocket.Ancillary;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.support.FdLeakCheck;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MessageAreaTest: the path of R36 that no socket call reaches on purpose. A recvmsg whose
 * call fails after the syscall (close() meanwhile, no heap for the result) must close every
 * descriptor it received: {@link MessageArea#closeReceivedFds} does that from native memory
 * alone, and {@link NativeSocket#recvmsg} calls it on every exception. Counts the descriptors referring to the passed sockets in /proc/self/fd.
 */
class MessageAreaTest {
    @BeforeAll
    static void libraryLoaded() {
        assertNull(NativeLoader.cause(), "libpysocket must load in the test build");
    }

    /** Descriptors received into an area are all closed by closeReceivedFds, and only those. */
    @Test
    void closeReceivedFdsClosesEveryReceivedDescriptor() throws Exception {
        String previous = Backends.useForTesting("native");
        try (SocketPair p = Sockets.socketpair(); SocketPair passed = Sockets.socketpair()) {
            int firstBefore = FdLeakCheck.referring(passed.first().fileno());
            int secondBefore = FdLeakCheck.referring(passed.second().fileno());
            int[] three = {passed.first().fileno(), passed.second().fileno(), passed.first().fileno()};
            p.first().sendmsg(List.of(new byte[] {1}), List.of(Ancillary.ofFds(three)));
            try (NativeThread t = NativeThread.open(impl(p.second()).lifetime(), -1)) {
                Scratch s = t.scratch();
                ByteBuffer[] into = {ByteBuffer.allocate(4)};
                try (MessageArea m = MessageArea.forReceive(s, into, 256)) {
                    int n = Libpysocket.psk_recvmsg(t.fd(), m.iov(), m.iovcnt(), m.control(), m.controlLen(),
                            m.items(), m.itemsLen(), 0, Sockaddrs.clear(s), s.ints());
                    assertEquals(1, n);
                    assertEquals(1, s.intAt(2));
                    assertEquals(firstBefore + 2, FdLeakCheck.referring(passed.first().fileno()));
                    assertEquals(secondBefore + 1, FdLeakCheck.referring(passed.second().fileno()));
                    m.closeReceivedFds(s.intAt(2));
                    assertEquals(firstBefore, FdLeakCheck.referring(passed.first().fileno()));
                    assertEquals(secondBefore, FdLeakCheck.referring(passed.second().fileno()));
                }
            }
            // The passed sockets themselves are untouched.
            passed.first().send(new byte[] {7});
            passed.second().settimeout(2.0);
            assertEquals(1, passed.second().recv(1).length);
        } finally {
            Backends.useForTesting(previous);
        }
    }

    private static SocketImpl impl(Socket s) throws Exception {
        java.lang.reflect.Field f = Socket.class.getDeclaredField("impl");
        f.setAccessible(true);
        return (SocketImpl) f.get(s);
    }

    /**
     * An iovec's fields are IOV_SIZE / 2 bytes wide: 8 here, 4 on 32-bit ARM (struct iovec of
     * two 32-bit words), where writing 8-byte longs would overwrite the length with the
     * address's upper half and the next iovec with the length.
     */
    @Test
    void iovecsAreWrittenInTheLibrarysWidth() {
        assertEquals(2 * Long.BYTES, Layout.IOV_SIZE, "this build's library is 64-bit");
        ByteBuffer wide = ByteBuffer.allocate(32).order(java.nio.ByteOrder.nativeOrder());
        MessageArea.putIov(wide, 16, Layout.IOV_BASE, Layout.IOV_LEN, Layout.IOV_SIZE / 2, 0x7f00_1234_5678L, 300);
        assertEquals(0x7f00_1234_5678L, wide.getLong(16 + Layout.IOV_BASE));
        assertEquals(300, wide.getLong(16 + Layout.IOV_LEN));
        ByteBuffer narrow = ByteBuffer.allocate(16).order(java.nio.ByteOrder.nativeOrder());
        narrow.putInt(8, -1); // the next iovec's first word: untouched
        MessageArea.putIov(narrow, 0, 0, 4, 4, 0xb6f0_1000L, 300);
        assertEquals(0xb6f0_1000, narrow.getInt(0));
        assertEquals(300, narrow.getInt(4));
        assertEquals(-1, narrow.getInt(8));
    }
}
