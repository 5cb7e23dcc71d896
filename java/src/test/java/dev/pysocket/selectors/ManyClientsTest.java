package dev.pysocket.selectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ManyClientsTest: a DefaultSelector echo server in one thread serves 1,000 concurrent clients,
 * every byte checked; and a DefaultSelector closed from another thread wakes its select.
 */
@Timeout(120)
class ManyClientsTest extends BackendTest {
    private static final int CLIENTS = 1000;
    private static final int BYTES = 3000;
    /** FDS_NEEDED: both ends of every connection, the listener, and the JVM's own (~100). */
    private static final long FDS_NEEDED = 2L * CLIENTS + 200;

    @Test
    void oneThreadEchoesForAThousandConcurrentClients() throws Exception {
        long limit = openFileLimit();
        assumeTrue(limit >= FDS_NEEDED, "RLIMIT_NOFILE is " + limit + ", the test needs " + FDS_NEEDED
                + " descriptors and raises no limit");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        try (Socket listener = Sockets.socket()) {
            listener.bind(loopback(0));
            listener.listen(CLIENTS);
            int port = port(listener);
            try (Async<Integer> server = Async.start("selector-echo", () -> EchoServer.serve(listener, CLIENTS, deadline))) {
                List<Socket> clients = new ArrayList<>();
                try {
                    for (int i = 0; i < CLIENTS; i++) {
                        Socket c = Sockets.socket();
                        clients.add(c);
                        c.settimeout(30.0);
                        c.connect(loopback(port));
                    }
                    // every connection is open at once; each sends, then each reads its echo back
                    for (int i = 0; i < CLIENTS; i++) {
                        clients.get(i).sendall(EchoServer.payload(i, BYTES));
                    }
                    for (int i = 0; i < CLIENTS; i++) {
                        assertArrayEquals(EchoServer.payload(i, BYTES), readExactly(clients.get(i), BYTES),
                                "client " + i);
                    }
                } finally {
                    for (Socket c : clients) {
                        c.close();
                    }
                }
                assertEquals(CLIENTS, server.get(Duration.ofSeconds(60)), "connections served to their end");
            }
        }
    }

    @Test
    void closeFromAnotherThreadWakesSelect() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            BaseSelector sel = new DefaultSelector();
            sel.register(p.first(), BaseSelector.EVENT_READ);
            try (Async<List<SelectorKey.Ready>> waiter = Async.start("selector-waiter", () -> sel.select(20.0))) {
                Thread.sleep(200);
                assertFalse(waiter.isDone(), "select waits while nothing is ready");
                long t0 = System.nanoTime();
                sel.close();
                Throwable t = waiter.failure(Duration.ofSeconds(5));
                assertTrue(secondsSince(t0) < 2.0, "select woke within 2 s of close");
                assertTrue(t instanceof IllegalArgumentException, () -> "the woken select raised " + t);
                assertEquals("I/O operation on closed epoll object", t.getMessage());
            }
        }
    }

    private static byte[] readExactly(Socket s, int n) throws OSError {
        byte[] out = new byte[n];
        int got = 0;
        while (got < n) {
            byte[] chunk = s.recv(n - got);
            if (chunk.length == 0) {
                break;
            }
            System.arraycopy(chunk, 0, out, got, chunk.length);
            got += chunk.length;
        }
        assertEquals(n, got, "bytes echoed before EOF");
        return out;
    }

    /** openFileLimit: the soft RLIMIT_NOFILE of this process, from /proc/self/limits. */
    private static long openFileLimit() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
                return soft.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(soft);
            }
        }
        return Long.MAX_VALUE;
    }
}
