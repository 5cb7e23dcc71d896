package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.BackendSockets;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.SockAddr;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JniArraysTest: the hand-written byte[] wrappers (native/jni/psk_jni_arrays.c) called
 * directly, in both of their copy paths (the C stack up to 8 KiB, malloc above), with offsets,
 * MSG_TRUNC, a timed call, a -errno result, and sendto/recvfrom with the address in a psk_addr
 * block of a {@link Scratch}. Under -Dpysocket.binding=jna the natives are
 * not bound, and that is asserted instead (JNA has no byte[] path; docs/jni.md).
 */
@Timeout(20)
class JniArraysTest {
    private static final int EBADF = 9;
    private static final int EINVAL = 22;
    private static final int PSK_TIMEOUT = -1_000_000; // pysocket.h
    private static final long ONE_MS = 1_000_000L;
    private static final int BYTE_ARRAY_CALL_LEN = 60_000;

    private static boolean jni() {
        String binding = NativeLoader.binding();
        assertNotNull(binding, "the native library must load for this test");
        return binding.equals("jni");
    }

    @Test
    void unboundUnderJnaBoundUnderJni() throws Exception {
        if (jni()) {
            assertEquals(-EBADF, JniArrays.send(-1, new byte[4], 0, 4, 0, 0));
            assertEquals(-EBADF, JniArrays.recv(-1, new byte[4], 0, 4, 0, 0));
            assertEquals(-EBADF, JniArrays.sendall(-1, new byte[4], 0, 4, 0, ONE_MS));
            Scratch block = new Scratch();
            try {
                assertEquals(-EBADF, JniArrays.recvfrom(-1, new byte[4], 0, 4, 0, Sockaddrs.clear(block), 0));
                // A block with no address (family 0) is refused before the syscall: the block reached C.
                assertEquals(-EINVAL, JniArrays.sendto(-1, new byte[4], 0, 4, 0, block.addr(), ONE_MS));
            } finally {
                block.free();
            }
        } else {
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.recv(-1, new byte[4], 0, 4, 0, 0));
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.send(-1, new byte[4], 0, 4, 0, 0));
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.sendall(-1, new byte[4], 0, 4, 0, 0));
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.sendto(-1, new byte[4], 0, 4, 0, 0, 0));
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.recvfrom(-1, new byte[4], 0, 4, 0, 0, 0));
        }
    }

    @Test
    void datagramsRoundTripAtOffsetsOnTheStackAndMallocPaths() throws Exception {
        if (!jni()) {
            return; // asserted unbound in unboundUnderJnaBoundUnderJni
        }
        try (SocketPair p = Sockets.socketpair(Sockets.AF_UNIX, Sockets.SOCK_DGRAM, 0)) {
            int a = p.first().fileno();
            int b = p.second().fileno();
            for (int len : new int[] {0, 1, 100, 8192, 8193, 60_000}) {
                byte[] out = pattern(len + 7);
                assertEquals(len, JniArrays.send(a, out, 7, len, 0, 0), "send " + len);
                byte[] in = filled(len + 9, (byte) 0x55);
                assertEquals(len, JniArrays.recv(b, in, 3, len, 0, 5_000 * ONE_MS), "recv " + len);
                assertArrayEquals(Arrays.copyOfRange(out, 7, 7 + len), Arrays.copyOfRange(in, 3, 3 + len));
                assertUntouched(in, 0, 3);
                assertUntouched(in, 3 + len, in.length);
            }
        }
    }

    /**
     * sendto to the address in one psk_addr block and recvfrom filling another: the bytes at
     * offsets on both copy paths, MSG_TRUNC copying only len bytes, and the sender read back.
     */
    @Test
    void sendtoAndRecvfromCarryTheAddressBesideTheArray() throws Exception {
        if (!jni()) {
            return; // asserted unbound in unboundUnderJnaBoundUnderJni
        }
        Scratch to = new Scratch();
        Scratch from = new Scratch();
        try (Socket rx = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, 0);
                Socket tx = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, 0)) {
            rx.bind(Address.of("127.0.0.1", 0));
            tx.bind(Address.of("127.0.0.1", 0));
            assertEquals(0, Libpysocket.psk_getsockname(rx.fileno(), to.addr()));
            SockAddr sender = senderOf(tx);
            for (int len : new int[] {0, 1, 8192, 8193, 60_000}) {
                byte[] out = pattern(len + 7);
                assertEquals(len, JniArrays.sendto(tx.fileno(), out, 7, len, 0, to.addr(), 0), "sendto " + len);
                byte[] in = filled(len + 9, (byte) 0x55);
                assertEquals(len, JniArrays.recvfrom(rx.fileno(), in, 3, len, 0, Sockaddrs.clear(from),
                        5_000 * ONE_MS), "recvfrom " + len);
                assertArrayEquals(Arrays.copyOfRange(out, 7, 7 + len), Arrays.copyOfRange(in, 3, 3 + len));
                assertUntouched(in, 0, 3);
                assertUntouched(in, 3 + len, in.length);
                assertEquals(sender, Sockaddrs.read(from), "sender of " + len);
            }
            for (int len : new int[] {100, 20_000}) {
                byte[] out = pattern(len);
                assertEquals(len, JniArrays.sendto(tx.fileno(), out, 0, len, 0, to.addr(), ONE_MS * 1_000));
                byte[] in = filled(30, (byte) 0x55);
                assertEquals(len, JniArrays.recvfrom(rx.fileno(), in, 5, 10, Sockets.MSG_TRUNC,
                        Sockaddrs.clear(from), 0));
                assertArrayEquals(Arrays.copyOfRange(out, 0, 10), Arrays.copyOfRange(in, 5, 15));
                assertUntouched(in, 0, 5);
                assertUntouched(in, 15, 30);
                assertEquals(sender, Sockaddrs.read(from));
            }
        } finally {
            to.free();
            from.free();
        }
    }

    /** timedRecvfromOnAnEmptySocketTimesOut: PSK_TIMEOUT, and neither the array nor the block is written. */
    @Test
    void timedRecvfromOnAnEmptySocketTimesOut() throws Exception {
        if (!jni()) {
            return; // asserted unbound in unboundUnderJnaBoundUnderJni
        }
        Scratch from = new Scratch();
        try (Socket rx = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, 0)) {
            rx.bind(Address.of("127.0.0.1", 0));
            rx.settimeout(1.0); // the *_timed functions take an O_NONBLOCK descriptor
            byte[] in = filled(8, (byte) 0x55);
            assertEquals(PSK_TIMEOUT, JniArrays.recvfrom(rx.fileno(), in, 0, 8, 0, Sockaddrs.clear(from), 20 * ONE_MS));
            assertUntouched(in, 0, 8);
            assertEquals(SockAddr.NONE, Sockaddrs.read(from));
        } finally {
            from.free();
        }
    }

    /** senderOf: the address s is bound to, as recvfrom reports it in a psk_addr block. */
    private static SockAddr senderOf(Socket s) throws Exception {
        Scratch name = new Scratch();
        try {
            assertEquals(0, Libpysocket.psk_getsockname(s.fileno(), name.addr()));
            return Sockaddrs.read(name);
        } finally {
            name.free();
        }
    }

    @Test
    void truncatedDatagramCopiesOnlyLenBytes() throws Exception {
        if (!jni()) {
            return; // asserted unbound in unboundUnderJnaBoundUnderJni
        }
        try (SocketPair p = Sockets.socketpair(Sockets.AF_UNIX, Sockets.SOCK_DGRAM, 0)) {
            byte[] out = pattern(20_000);
            assertEquals(20_000, JniArrays.sendall(p.first().fileno(), out, 0, out.length, 0, 0));
            byte[] in = filled(30, (byte) 0x55);
            assertEquals(20_000, JniArrays.recv(p.second().fileno(), in, 5, 10, Sockets.MSG_TRUNC, 0));
            assertArrayEquals(Arrays.copyOfRange(out, 0, 10), Arrays.copyOfRange(in, 5, 15));
            assertUntouched(in, 0, 5);
            assertUntouched(in, 15, 30);
        }
    }

    @Test
    void timedRecvOnAnEmptySocketTimesOut() throws Exception {
        if (!jni()) {
            return; // asserted unbound in unboundUnderJnaBoundUnderJni
        }
        try (SocketPair p = Sockets.socketpair()) {
            p.second().settimeout(1.0); // the *_timed functions take an O_NONBLOCK descriptor
            byte[] in = filled(8, (byte) 0x55);
            assertEquals(PSK_TIMEOUT, JniArrays.recv(p.second().fileno(), in, 0, 8, 0, 20 * ONE_MS));
            assertUntouched(in, 0, 8);
        }
    }

    /**
     * Through the public API on a fresh platform thread: send, recv_into, sendall, sendto and
     * recvfrom_into of 60,000-byte arrays leave the thread's scratch data area unallocated
     * under jni (the wrappers copy through C memory of the call), while under jna the same
     * calls grow it to hold the largest of them (docs/native-memory.md).
     */
    @Test
    void byteArrayCallsKeepNoScratchDataAreaUnderJni() throws Exception {
        boolean jni = jni();
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(dataAreaAfterByteArrayCalls());
            } catch (Throwable e) {
                result.set(e);
            }
        });
        t.start();
        t.join(15_000);
        if (result.get() instanceof Throwable) {
            throw new AssertionError("the calls failed", (Throwable) result.get());
        }
        int area = (Integer) result.get();
        if (jni) {
            assertEquals(0, area, "scratch data area after the byte[] calls");
        } else {
            assertTrue(area >= BYTE_ARRAY_CALL_LEN, "under jna the copy grows the area: " + area);
        }
    }

    private static int dataAreaAfterByteArrayCalls() throws Exception {
        int n = BYTE_ARRAY_CALL_LEN;
        byte[] out = pattern(n);
        byte[] in = new byte[n];
        try (Socket rx = BackendSockets.socket("native", Sockets.AF_INET, Sockets.SOCK_DGRAM);
                Socket tx = BackendSockets.socket("native", Sockets.AF_INET, Sockets.SOCK_DGRAM);
                SocketPair p = Sockets.socketpair(Sockets.AF_UNIX, Sockets.SOCK_DGRAM, 0)) {
            rx.bind(Address.of("127.0.0.1", 0));
            rx.settimeout(5.0);
            assertEquals(n, tx.sendto(out, rx.getsockname()));
            assertEquals(n, rx.recvfromInto(in).nbytes());
            assertArrayEquals(out, in);
            p.second().settimeout(5.0);
            assertEquals(n, p.first().send(out));
            assertEquals(n, p.second().recvInto(in));
            p.first().sendall(out);
            assertEquals(n, p.second().recvInto(in));
        }
        try (NativeThread t = NativeThread.enter()) {
            return t.scratch().dataCapacity();
        }
    }

    private static byte[] pattern(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static byte[] filled(int n, byte v) {
        byte[] b = new byte[n];
        Arrays.fill(b, v);
        return b;
    }

    private static void assertUntouched(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            assertEquals((byte) 0x55, b[i], "byte " + i + " outside the range was written");
        }
    }
}
