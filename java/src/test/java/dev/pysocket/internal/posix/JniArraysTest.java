package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JniArraysTest: the hand-written byte[] wrappers (native/jni/psk_jni_arrays.c) called
 * directly, in both of their copy paths (the C stack up to 8 KiB, malloc above), with offsets,
 * MSG_TRUNC, a timed call and a -errno result. Under -Dpysocket.binding=jna the natives are
 * not bound, and that is asserted instead (JNA has no byte[] path; docs/jni.md).
 */
@Timeout(20)
class JniArraysTest {
    private static final int EBADF = 9;
    private static final int PSK_TIMEOUT = -1_000_000; // pysocket.h
    private static final long ONE_MS = 1_000_000L;

    private static boolean jni() {
        String binding = NativeLoader.binding();
        assertNotNull(binding, "the native library must load for this test");
        return binding.equals("jni");
    }

    @Test
    void unboundUnderJnaBoundUnderJni() {
        if (jni()) {
            assertEquals(-EBADF, JniArrays.send(-1, new byte[4], 0, 4, 0, 0));
            assertEquals(-EBADF, JniArrays.recv(-1, new byte[4], 0, 4, 0, 0));
            assertEquals(-EBADF, JniArrays.sendall(-1, new byte[4], 0, 4, 0, ONE_MS));
        } else {
            assertThrows(UnsatisfiedLinkError.class, () -> JniArrays.recv(-1, new byte[4], 0, 4, 0, 0));
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
