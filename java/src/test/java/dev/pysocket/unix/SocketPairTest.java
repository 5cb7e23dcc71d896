package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_NONBLOCK;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Errno;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/**
 * socketpair() (R22, docs/python-semantics.md §4, scenarios 66, 67, and 30's socketpair part). The jdk backend
 * makes AF_UNIX SOCK_STREAM pairs only (SocketPairFallbackTest); the datagram pair test
 * {@link Requires} {@link Capability#SOCKETPAIR}.
 */
class SocketPairTest extends BackendTest {

    /** Scenario 66: AF_UNIX, SOCK_STREAM, proto 0; both names ''; data both ways. */
    @Test
    void defaultPairIsUnixStreamWithUnnamedEndsAndCarriesDataBothWays() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            for (var s : new dev.pysocket.Socket[] {p.first(), p.second()}) {
                assertEquals(AF_UNIX, s.family());
                assertEquals(SOCK_STREAM, s.type());
                assertEquals(0, s.proto());
                assertEquals(Address.unix(""), s.getsockname());
                assertEquals(Address.unix(""), s.getpeername());
            }
            p.first().sendall(ascii("ping"));
            assertArrayEquals(ascii("ping"), p.second().recv(16));
            p.second().sendall(ascii("pong"));
            assertArrayEquals(ascii("pong"), p.first().recv(16));
            assertEquals("<socket.socket fd=" + p.first().fileno() + ", family=" + AF_UNIX + ", type=1, proto=0>",
                    p.first().toString()); // R24: unnamed addresses are left out
        }
    }

    /** R22: both ends are non-inheritable and, with no default timeout, blocking. */
    @Test
    void bothEndsAreNonInheritableAndBlocking() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            assertFalse(p.first().getInheritable());
            assertFalse(p.second().getInheritable());
            assertNull(p.first().gettimeout());
            assertNull(p.second().gettimeout());
        }
    }

    /** R22, scenario 30: both ends take the default timeout. */
    @Test
    void bothEndsTakeTheDefaultTimeout() throws Exception {
        Sockets.setdefaulttimeout(3.0);
        try (SocketPair p = Sockets.socketpair()) {
            assertEquals(3.0, p.first().gettimeout());
            assertEquals(3.0, p.second().gettimeout());
        }
    }

    /** R7 for socketpair: SOCK_NONBLOCK gives timeout 0.0 and is not kept in type. */
    @Test
    void nonBlockFlagGivesNonBlockingEnds() throws Exception {
        try (SocketPair p = Sockets.socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0)) {
            assertEquals(0.0, p.first().gettimeout());
            assertEquals(SOCK_STREAM, p.first().type());
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> p.second().recv(1));
        }
    }

    /**
     * Scenario 67, section 3: socketpair(AF_INET) is OSError 95, on both backends (the jdk
     * backend's fallback pair is AF_UNIX only, as Linux's socketpair(2) is).
     */
    @Test
    void inetPairIsNotSupported() {
        assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                () -> Sockets.socketpair(AF_INET, SOCK_STREAM, 0));
    }

    /** Linux (obs.): a bad type is OSError 22, a bad proto 93, as socket() gives. */
    @Test
    void badTypeOrProtoIsTheKernelsError() {
        assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> Sockets.socketpair(AF_UNIX, 99, 0));
        assertPlainOSError(Errno.EPROTONOSUPPORT, "[Errno 93] Protocol not supported",
                () -> Sockets.socketpair(AF_UNIX, SOCK_STREAM, 5));
    }

    /** Scenario 67: socketpair(AF_UNIX, SOCK_DGRAM) keeps message boundaries. */
    @Test
    @Requires(Capability.SOCKETPAIR)
    void datagramPairKeepsMessageBoundaries() throws Exception {
        try (SocketPair p = Sockets.socketpair(AF_UNIX, SOCK_DGRAM, 0)) {
            assertEquals(SOCK_DGRAM, p.first().type());
            p.first().send(ascii("abc"));
            p.first().send(ascii("defgh"));
            assertArrayEquals(ascii("abc"), p.second().recv(64));
            assertArrayEquals(ascii("defgh"), p.second().recv(64));
        }
    }

    /** SocketPair.close closes both ends (fileno -1), and again is a no-op (R16). */
    @Test
    void closingThePairClosesBothEnds() throws Exception {
        SocketPair p = Sockets.socketpair();
        p.close();
        assertEquals(-1, p.first().fileno());
        assertEquals(-1, p.second().fileno());
        p.close();
    }

    /** Scenario 25 on a real socketpair: settimeout(0.3) then recv raises TimeoutError after about 0.3 s. */
    @Test
    void recvWithTimeoutOnPairTimesOut() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            p.first().settimeout(0.3);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, () -> p.first().recv(1));
            assertAbout(0.3, secondsSince(t0));
            assertEquals("timed out", e.getMessage());
            assertEquals(0, e.errno());
        }
    }

    /** Scenario 29: with the pair's buffer full, send with settimeout(0.3) raises TimeoutError after about 0.3 s. */
    @Test
    void sendIntoFullPairTimesOut() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            p.first().setblocking(false);
            byte[] chunk = new byte[65536];
            int sent = 0;
            while (true) {
                try {
                    sent += p.first().send(chunk);
                } catch (BlockingIOError full) {
                    break;
                }
                assertTrue(sent < 1 << 28, "the buffer never filled");
            }
            p.first().settimeout(0.3);
            long t0 = System.nanoTime();
            TimeoutError e = assertThrows(TimeoutError.class, () -> p.first().send(chunk));
            assertAbout(0.3, secondsSince(t0));
            assertEquals("timed out", e.getMessage());
        }
    }
}
