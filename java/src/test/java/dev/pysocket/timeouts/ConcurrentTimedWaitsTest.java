package dev.pysocket.timeouts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads in timed waits at once, each on its own socket (R2): each wakes for its own
 * data, its own deadline or its own close, promptly, whichever other thread is waiting,
 * timing out or being woken at the same moment. (The jdk backend waits in one process-wide
 * selector, where one thread selects for the others: a wake-up lost between them would show
 * here as a thread sleeping until its 5 s deadline.)
 */
class ConcurrentTimedWaitsTest extends BackendTest {
    private static final int THREADS = 6;
    private static final double LONG = 5.0;
    private static final double SHORT = 0.2;
    /** How late a wake-up may come on a loaded 2-CPU machine; far below LONG. */
    private static final double PROMPT = 0.5;

    @Test
    @Timeout(30)
    void eachWaitingThreadWakesForItsOwnDataWhileOthersTimeOut() throws Exception {
        List<TcpPair> pairs = new ArrayList<>();
        List<Async<byte[]>> readers = new ArrayList<>();
        List<Async<Object>> quitters = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * THREADS; i++) {
                pairs.add(tcpPair());
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < THREADS; i++) {
                TcpPair p = pairs.get(i);
                p.server().settimeout(LONG);
                readers.add(Async.start("reader-" + i, () -> p.server().recv(16)));
                TcpPair q = pairs.get(THREADS + i);
                q.server().settimeout(SHORT);
                quitters.add(Async.start("quitter-" + i, () -> q.server().recv(16)));
            }
            for (Async<Object> q : quitters) {
                assertInstanceOf(TimeoutError.class, q.outcome(Duration.ofSeconds(10)));
                double took = (q.finishedAtNanos() - t0) / 1e9;
                assertTrue(took >= SHORT && took < SHORT + PROMPT, "a " + SHORT + " s wait took " + took + " s");
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(2));
            for (int i : order) {
                byte[] msg = ascii("to-" + i);
                long sent = System.nanoTime();
                pairs.get(i).client().sendall(msg);
                assertArrayEquals(msg, readers.get(i).get(Duration.ofSeconds(10)));
                double took = (readers.get(i).finishedAtNanos() - sent) / 1e9;
                assertTrue(took < PROMPT, "reader " + i + " woke " + took + " s after its data");
                Thread.sleep(20);
            }
        } finally {
            closeAll(readers, quitters, pairs);
        }
    }

    @Test
    @Timeout(30)
    void closeWakesEachWaitingThreadWithEbadfInAnyOrder() throws Exception {
        List<TcpPair> pairs = new ArrayList<>();
        List<Async<byte[]>> readers = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                TcpPair p = tcpPair();
                pairs.add(p);
                p.server().settimeout(LONG);
                readers.add(Async.start("reader-" + i, () -> p.server().recv(16)));
            }
            Thread.sleep(200); // all in their waits
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(9));
            for (int i : order) {
                long closed = System.nanoTime();
                pairs.get(i).server().close();
                OSError e = assertInstanceOf(OSError.class, readers.get(i).failure(Duration.ofSeconds(10)));
                assertEquals(Errno.EBADF, e.errno(), e::toString);
                double took = (readers.get(i).finishedAtNanos() - closed) / 1e9;
                assertTrue(took < PROMPT, "reader " + i + " woke " + took + " s after close");
                Thread.sleep(20);
            }
        } finally {
            closeAll(readers, List.of(), pairs);
        }
    }

    /**
     * A timed wait sleeps in the kernel: after a connect with a timeout (whose socket stays
     * writable ever after) and a send that had to wait, a timed recv on the same socket and
     * one on another socket use almost no CPU for their 0.5 s.
     */
    @Test
    @Timeout(30)
    void timedWaitsAfterConnectAndSendWaitsDoNotSpin() throws Exception {
        try (Socket l = listener(); Socket c = Sockets.socket(); TcpPair other = tcpPair()) {
            c.settimeout(2.0);
            c.connect(l.getsockname());
            try (Socket s = l.accept().conn()) {
                c.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_SNDBUF, 4096);
                byte[] chunk = new byte[65536];
                Async<Object> writer = Async.start("writer", () -> {
                    c.sendall(chunk); // waits for buffer space while the reader below drains
                    return "sent";
                });
                byte[] got = new byte[65536];
                int total = 0;
                s.settimeout(2.0);
                while (total < chunk.length) {
                    Thread.sleep(5);
                    total += s.recvInto(got);
                }
                assertEquals("sent", writer.get(Duration.ofSeconds(10)));
                other.server().settimeout(0.5);
                ThreadMXBean mx = ManagementFactory.getThreadMXBean();
                List<Async<Long>> waits = new ArrayList<>();
                for (Socket w : List.of(c, other.server())) {
                    waits.add(Async.start("sleeper", () -> {
                        long cpu0 = mx.getCurrentThreadCpuTime();
                        try {
                            w.settimeout(0.5);
                            w.recv(1);
                        } catch (TimeoutError expected) {
                            return mx.getCurrentThreadCpuTime() - cpu0;
                        }
                        return -1L;
                    }));
                }
                for (Async<Long> w : waits) {
                    long cpu = w.get(Duration.ofSeconds(10));
                    assertTrue(cpu >= 0 && cpu < 100_000_000L, "a 0.5 s timed recv used " + cpu / 1e6 + " ms of CPU");
                }
            }
        }
    }

    private static void closeAll(List<? extends Async<?>> a, List<? extends Async<?>> b, List<TcpPair> pairs)
            throws OSError {
        for (TcpPair p : pairs) {
            p.close();
        }
        for (Async<?> x : a) {
            x.close();
        }
        for (Async<?> x : b) {
            x.close();
        }
    }
}
