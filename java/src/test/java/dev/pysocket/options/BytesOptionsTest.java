package dev.pysocket.options;

import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_LINGER;
import static dev.pysocket.Sockets.SO_RCVTIMEO;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static dev.pysocket.Sockets.SO_SNDTIMEO;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 82; rule R32 (the bytes form of get/setsockopt). */
class BytesOptionsTest extends BackendTest {

    private static byte[] ints(int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.nativeOrder());
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    /** timeval: struct timeval {long tv_sec; long tv_usec} (16 bytes on LP64). */
    private static byte[] timeval(long sec, long usec) {
        return ByteBuffer.allocate(2 * Long.BYTES).order(ByteOrder.nativeOrder()).putLong(sec).putLong(usec).array();
    }

    /** Scenario 82: struct linger (1, 5) goes in and comes back as the same 8 bytes. */
    @Test
    void soLingerStructRoundTrips() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, SO_LINGER, ints(1, 5));
            assertArrayEquals(ints(1, 5), s.getsockopt(SOL_SOCKET, SO_LINGER, 8));
        }
    }

    /** R32: with l_onoff 0 the kernel ignores l_linger: (0, 7) on a fresh socket reads (0, 0). */
    @Test
    void soLingerOffIgnoresLingerTime() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, SO_LINGER, ints(0, 7));
            assertArrayEquals(ints(0, 0), s.getsockopt(SOL_SOCKET, SO_LINGER, 8));
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_LINGER), "the int form reads l_onoff");
        }
    }

    /**
     * Scenario 82: an SO_RCVTIMEO timeval round-trips. Python's timeout is the JDK's only
     * timeout: on java.nio the kernel one is out of reach.
     */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void soRcvtimeoTimevalRoundTrips() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, SO_RCVTIMEO, timeval(2, 500000));
            assertArrayEquals(timeval(2, 500000), s.getsockopt(SOL_SOCKET, SO_RCVTIMEO, 16));
            assertEquals(null, s.gettimeout(), "kernel timeouts are independent of Python's");
        }
    }

    /** Scenario 82: SO_SNDTIMEO reads as a zero timeval, then round-trips what was set. */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void soSndtimeoTimevalReadsZeroThenRoundTrips() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertArrayEquals(timeval(0, 0), s.getsockopt(SOL_SOCKET, SO_SNDTIMEO, 16));
            s.setsockopt(SOL_SOCKET, SO_SNDTIMEO, timeval(1, 0));
            assertArrayEquals(timeval(1, 0), s.getsockopt(SOL_SOCKET, SO_SNDTIMEO, 16));
            assertEquals(null, s.gettimeout(), "kernel timeouts are independent of Python's");
        }
    }

    /** Scenario 82 / R32: a 1-byte buffer for an int option is too short: OSError 22. */
    @Test
    void oneByteBufferForIntOptionRaisesInvalidArgument22() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> s.setsockopt(SOL_SOCKET, SO_REUSEADDR, new byte[] {1}));
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> s.setsockopt(IPPROTO_TCP, TCP_NODELAY, new byte[] {1}));
        }
    }

    /** R32: a short struct linger is OSError 22 too. */
    @Test
    void shortLingerStructRaisesInvalidArgument22() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> s.setsockopt(SOL_SOCKET, SO_LINGER, ints(1)));
        }
    }

    /** R32: the bytes form reads at most buflen bytes; an int option fills 4. */
    @Test
    void bytesFormOfIntOptionIsFourNativeOrderBytesCutToBuflen() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1);
            assertArrayEquals(ints(1), s.getsockopt(SOL_SOCKET, SO_REUSEADDR, 1024));
            assertEquals(2, s.getsockopt(SOL_SOCKET, SO_REUSEADDR, 2).length);
            assertEquals(1, s.getsockopt(SOL_SOCKET, SO_REUSEADDR, 1).length);
        }
    }

    /** R32: the bytes form sets an int option from 4 native-order bytes. */
    @Test
    void bytesFormSetsIntOption() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setsockopt(IPPROTO_TCP, TCP_NODELAY, ints(1));
            assertEquals(1, s.getsockopt(IPPROTO_TCP, TCP_NODELAY));
        }
    }

    /** R32: getsockopt buflen must be 1..1024, else OSError without errno. */
    @Test
    void getsockoptBuflenOutsideOneTo1024RaisesBuflenOutOfRange() throws Exception {
        try (Socket s = Sockets.socket()) {
            for (int buflen : new int[] {0, -1, 1025, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
                assertPlainOSError(0, "getsockopt buflen out of range", () -> s.getsockopt(SOL_SOCKET, SO_LINGER, buflen));
            }
        }
    }
}
