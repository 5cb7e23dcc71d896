package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance scenario 48 on AF_UNIX: close() from another thread wakes a thread blocked in
 * this socket within 1 s with OSError 9, as for TCP (the project rule stricter than R18).
 */
class UnixCloseWakeupTest extends BackendTest {
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration WAKE = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private static void assertWokeWithEbadf(Async<?> a, long t0) throws InterruptedException {
        Throwable t = a.failure(WAKE);
        OSError e = assertInstanceOf(OSError.class, t);
        assertEquals(Errno.EBADF, e.errno(), () -> "expected EBADF, got " + e);
        assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
        double took = (a.finishedAtNanos() - t0) / 1e9;
        assertTrue(took <= 1.0, () -> "woke after " + took + " s");
    }

    /** Scenario 48: a blocked accept on an AF_UNIX listener. */
    @Test
    void closeWakesBlockedAccept() throws Exception {
        try (Socket l = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            l.bind(Address.unix(dir.resolve("s").toString()));
            l.listen();
            try (Async<Accepted> a = Async.start("blocked-unix-accept", l::accept)) {
                a.awaitBlockedInNative(BLOCK);
                long t0 = System.nanoTime();
                closeNow(l);
                assertWokeWithEbadf(a, t0);
            }
        }
    }

    /** Scenario 48: a blocked recv on a connected AF_UNIX stream. */
    @Test
    void closeWakesBlockedRecv() throws Exception {
        Address at = Address.unix(dir.resolve("s").toString());
        try (Socket l = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            l.bind(at);
            l.listen();
            client.connect(at);
            try (Socket conn = l.accept().conn();
                    Async<byte[]> r = Async.start("blocked-unix-recv", () -> conn.recv(10))) {
                r.awaitBlockedInNative(BLOCK);
                long t0 = System.nanoTime();
                closeNow(conn);
                assertWokeWithEbadf(r, t0);
            }
        }
    }
}
