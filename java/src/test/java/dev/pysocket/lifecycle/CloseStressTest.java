package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.Accepted;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Stress for scenario 48 (DESIGN.md "fd lifetime: close must be safe", after Go's
 * fd_mutex_test.go): hundreds of races between a thread entering or blocked in recv/accept
 * and another thread closing the socket. Right after each close a decoy connection is opened,
 * which the kernel would give the freed descriptor number; the decoy carries data. The blocked
 * thread must end with OSError (EBADF) or end of stream within 2 s, and must never return the
 * decoy's bytes or connection: that would mean the number was reused under it.
 */
class CloseStressTest extends BackendTest {
    private static final int ITERATIONS = 300;
    private static final Duration WAKE = Duration.ofSeconds(2);
    private static final byte[] DECOY = "DECOY-DATA".getBytes(StandardCharsets.US_ASCII);

    /**
     * race picks when the closer strikes, so the close lands before, while and after the other
     * thread enters the call: at once, after a random 0..200 µs spin, or once the thread is
     * seen blocked inside the native call.
     */
    private static void race(SplittableRandom rnd, int i, Async<?> blocked) throws InterruptedException {
        switch (i % 3) {
            case 0:
                return;
            case 1:
                long until = System.nanoTime() + rnd.nextLong(200_000);
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
                return;
            default:
                blocked.awaitBlockedInNative(Duration.ofSeconds(2));
        }
    }

    @Test
    @Timeout(60)
    void closeRacingBlockedRecvNeverReturnsAnotherSocketsData() throws Exception {
        SplittableRandom rnd = new SplittableRandom(48);
        Map<String, Integer> outcomes = new TreeMap<>();
        long t0 = System.nanoTime();
        try (Socket l = listener()) {
            for (int i = 0; i < ITERATIONS; i++) {
                try (Socket client = Sockets.createConnection(l.getsockname(), 5.0); Socket conn = l.accept().conn()) {
                    CountDownLatch entering = new CountDownLatch(1);
                    try (Async<byte[]> reader = Async.start("recv-" + i, () -> {
                        entering.countDown();
                        return conn.recv(100);
                    })) {
                        entering.await();
                        race(rnd, i, reader);
                        closeNow(conn);
                        // the decoy: both ends hold data, whichever reuses the number
                        try (Socket decoyClient = Sockets.createConnection(l.getsockname(), 5.0);
                                Socket decoyServer = l.accept().conn()) {
                            decoyClient.sendall(DECOY);
                            decoyServer.sendall(DECOY);
                            Object outcome = reader.outcome(WAKE);
                            outcomes.merge(describe(outcome), 1, Integer::sum);
                            if (outcome instanceof byte[] b) {
                                assertEquals(0, b.length, () -> "iteration: the blocked recv returned "
                                        + new String(b, StandardCharsets.ISO_8859_1) + " (another socket's data?)");
                            } else if (!(outcome instanceof OSError)) {
                                fail("blocked recv ended with " + outcome, (Throwable) (outcome instanceof Throwable ? outcome : null));
                            }
                            assertEquals(DECOY.length, decoyClient.recv(100).length, "the decoy's data is intact");
                        }
                    }
                    assertEquals(0, client.recv(100).length, "the closed socket's peer sees the end of stream");
                }
            }
        }
        double took = secondsSince(t0);
        System.out.println("[" + backend + "] close/recv stress: " + ITERATIONS + " iterations in " + took + " s: " + outcomes);
        assertTrue(outcomes.keySet().stream().allMatch(k -> k.equals("EOF") || k.startsWith("OSError")), outcomes::toString);
    }

    @Test
    @Timeout(60)
    void closeRacingBlockedAcceptNeverReturnsAnotherListenersConnection() throws Exception {
        SplittableRandom rnd = new SplittableRandom(4848);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int i = 0; i < ITERATIONS; i++) {
            Socket l = listener();
            try {
                CountDownLatch entering = new CountDownLatch(1);
                try (Async<Accepted> acceptor = Async.start("accept-" + i, () -> {
                    entering.countDown();
                    return l.accept();
                })) {
                    entering.await();
                    race(rnd, i, acceptor);
                    l.close();
                    // the decoy: a new listener (likely the freed number) with a pending client
                    try (Socket decoy = listener(); Socket decoyClient = Sockets.createConnection(decoy.getsockname(), 5.0)) {
                        Object outcome = acceptor.outcome(WAKE);
                        outcomes.merge(describe(outcome), 1, Integer::sum);
                        if (outcome instanceof Accepted a) {
                            a.conn().close();
                            fail("the blocked accept returned a connection from " + a.address() + " after its listener closed");
                        }
                        OSError e = assertInstanceOf(OSError.class, outcome, () -> "accept after close ended with " + outcome);
                        assertEquals(Errno.EBADF, e.errno(), () -> "accept after close: " + e);
                        decoy.settimeout(2.0);
                        try (Socket conn = decoy.accept().conn()) {
                            assertEquals(decoyClient.getsockname(), conn.getpeername(), "the decoy's connection is intact");
                        }
                    }
                }
            } finally {
                l.close();
            }
        }
        System.out.println("[" + backend + "] close/accept stress: " + outcomes);
    }

    private static String describe(Object outcome) {
        if (outcome instanceof byte[] b) {
            return b.length == 0 ? "EOF" : "DATA";
        }
        if (outcome instanceof OSError e) {
            return "OSError " + e.errno();
        }
        return String.valueOf(outcome);
    }
}
