package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * socketpair(AF_UNIX, SOCK_STREAM) where the jdk backend makes it as CPython's
 * {@code _fallback_socketpair} does (a listener, a client, the accepted end, the peer
 * checked): ends that look like socketpair(2)'s and leave no file behind, on both backends.
 */
class SocketPairFallbackTest extends BackendTest {

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
