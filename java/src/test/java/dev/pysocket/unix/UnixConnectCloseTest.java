package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FullBacklog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 regression, scenario 48 on AF_UNIX: a blocking connect to a listener whose queue is
 * full sleeps in the kernel ({@code unix_wait_for_peer}, net/unix/af_unix.c) with no timeout;
 * close() from another thread must end it within 1 s with OSError 9. shutdown() of the
 * connecting socket does not wake that sleep, so this needs the close protocol itself.
 */
class UnixConnectCloseTest extends BackendTest {
    private static final int ATTEMPTS = 10;
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration WAKE = Duration.ofSeconds(1);
    /** HANG: a connect still waiting this long after close() has not been woken. */
    private static final Duration HANG = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    /** release closes the listener early, inside its try-with-resources: that ends the wait (ECONNREFUSED). */
    private static void release(FullBacklog backlog) throws OSError {
        backlog.close();
    }

    /** Each attempt: connect blocked in the kernel, close(), then OSError 9 within 1 s. */
    @Test
    @Timeout(90)
    void closeWakesBlockedUnixConnectToFullBacklogWithEbadf() throws Exception {
        List<String> outcomes = new ArrayList<>();
        int good = 0;
        for (int i = 0; i < ATTEMPTS; i++) {
            try (FullBacklog backlog = FullBacklog.unix(dir.resolve("full-" + i));
                    Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM);
                    Async<Object> c = Async.start("unix-connect-" + i, () -> {
                        s.connect(backlog.address());
                        return "connected";
                    })) {
                c.awaitBlockedInNative(BLOCK);
                long t0 = System.nanoTime();
                closeNow(s);
                boolean ended = c.awaitDone(HANG);
                double took = (System.nanoTime() - t0) / 1e9;
                String outcome;
                if (!ended) {
                    outcome = "still blocked " + HANG.toMillis() + " ms after close";
                    release(backlog);
                    c.awaitDone(HANG);
                } else {
                    Object o = c.outcome(Duration.ZERO);
                    double wokeAfter = (c.finishedAtNanos() - t0) / 1e9;
                    boolean ok = o instanceof OSError e && e.getClass() == OSError.class && e.errno() == Errno.EBADF
                            && wokeAfter <= WAKE.toNanos() / 1e9;
                    good += ok ? 1 : 0;
                    outcome = o + String.format(" after %.3f s", took);
                }
                outcomes.add(outcome);
            }
        }
        int woken = good;
        System.out.println("[" + backend + "] blocking AF_UNIX connect woken by close: " + woken + "/" + ATTEMPTS + " " + outcomes);
        assertEquals(ATTEMPTS, woken, () -> woken + " of " + ATTEMPTS + " blocked connects ended with OSError 9 within "
                + WAKE.toMillis() + " ms of close(): " + outcomes);
    }
}
