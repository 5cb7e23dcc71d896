package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_INET6;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Ipv6Loopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * socketpair() of SOCK_STREAM where the jdk backend makes it as CPython's
 * {@code _fallback_socketpair} does (a listener, a client, the accepted end, the peer
 * checked): AF_INET and AF_INET6 pairs over loopback, which Linux's socketpair(2) refuses;
 * AF_UNIX pairs whose ends look like socketpair(2)'s and that leave no file behind.
 */
class SocketPairFallbackTest extends BackendTest {

    /** Linux refuses socketpair(AF_INET); the jdk backend connects two loopback sockets instead. */
    @Test
    void inetPairIsALoopbackConnectionOnJdkAndRefusedByLinux() throws Exception {
        assertInetPair(AF_INET, "127.0.0.1");
    }

    /** The same for AF_INET6, over ::1. */
    @Test
    void inet6PairIsALoopbackConnectionOnJdkAndRefusedByLinux() throws Exception {
        Ipv6Loopback.assume();
        assertInetPair(AF_INET6, "::1");
    }

    private void assertInetPair(int family, String host) throws Exception {
        if (isNative()) {
            assertPlainOSError(Errno.EOPNOTSUPP, "[Errno 95] Operation not supported",
                    () -> Sockets.socketpair(family, SOCK_STREAM, 0));
            return;
        }
        try (SocketPair p = Sockets.socketpair(family, SOCK_STREAM, 0)) {
            Address first = p.first().getsockname();
            Address second = p.second().getsockname();
            // CPython's check (gh-122133): each end's peer is the other end.
            assertEquals(first, p.second().getpeername());
            assertEquals(second, p.first().getpeername());
            assertNotEquals(first, second);
            assertEquals(host, host(first));
            assertEquals(host, host(second));
            assertEquals(family, p.first().family());
            assertEquals(SOCK_STREAM, p.second().type());
            assertCarriesDataBothWays(p);
        }
    }

    private static String host(Address a) {
        return a instanceof Address.Inet6 i6 ? i6.host() : ((Address.Inet) a).host();
    }

    /** Both ends are unnamed, as socketpair(2)'s, and the pair carries data. */
    @Test
    void unixPairEndsAreUnnamed() throws Exception {
        try (SocketPair p = Sockets.socketpair(AF_UNIX, SOCK_STREAM, 0)) {
            for (Socket s : new Socket[] {p.first(), p.second()}) {
                assertEquals(Address.unix(""), s.getsockname());
                assertEquals(Address.unix(""), s.getpeername());
            }
            assertCarriesDataBothWays(p);
        }
    }

    /** The names and the directory the jdk backend makes a pair in are gone once the pair stands. */
    @Test
    void unixPairLeavesNothingInTheTemporaryDirectory() throws Exception {
        Set<Path> before = tmpEntries();
        for (int i = 0; i < 3; i++) {
            try (SocketPair p = Sockets.socketpair()) {
                assertEquals(before, tmpEntries());
                assertCarriesDataBothWays(p);
            }
        }
        assertEquals(before, tmpEntries());
    }

    /** Closing one end is end of stream for the other; the other end stays usable for its own close. */
    @Test
    void closingOneEndIsEndOfStreamForTheOther() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            p.second().settimeout(2.0);
            p.first().close();
            assertEquals(0, p.second().recv(1).length);
        }
    }

    /** A pair blocks until the other end writes (no data is lost in the hand-over). */
    @Test
    void blockingRecvGetsWhatTheOtherEndSendsLater() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Thread writer = new Thread(() -> {
                try {
                    Thread.sleep(50);
                    p.first().sendall(ascii("late"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            writer.start();
            try {
                assertArrayEquals(ascii("late"), p.second().recv(16));
            } finally {
                writer.join(5000);
            }
        }
    }

    private static void assertCarriesDataBothWays(SocketPair p) throws Exception {
        p.first().settimeout(2.0);
        p.second().settimeout(2.0);
        p.first().sendall(ascii("ping"));
        assertArrayEquals(ascii("ping"), p.second().recv(16));
        p.second().sendall(ascii("pong"));
        assertArrayEquals(ascii("pong"), p.first().recv(16));
    }

    private static Set<Path> tmpEntries() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(f -> f.getFileName().toString().startsWith("psk")).collect(Collectors.toSet());
        }
    }
}
