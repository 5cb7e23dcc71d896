package dev.pysocket.timeouts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two threads of one process taking turns on a connection, each waiting for the other's byte:
 * a request and its reply. Each wait must end when its byte arrives, and cost no CPU while it
 * waits. On the jdk backend both threads wait in the process's shared selectors; a selecting
 * thread that keeps being told about the other thread's byte until that thread has read it
 * spins meanwhile (a whole time slice when both share a CPU: milliseconds per exchange).
 */
class PingPongWaitsTest extends BackendTest {
    private static final int WARM_UP = 300;
    private static final int EXCHANGES = 1000;
    /** At most this long for all exchanges: under 5 ms each, where loopback takes tens of microseconds. */
    private static final Duration MAX = Duration.ofSeconds(5);
    /** At most this much CPU per exchange, both threads together (they use tens of microseconds). */
    private static final long MAX_CPU_NANOS = 250_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    @Timeout(30)
    void timedPingPong() throws Exception {
        assertExchanges(5.0, 5.0);
    }

    @Test
    @Timeout(30)
    void blockingPingPong() throws Exception {
        assertExchanges(null, null);
    }

    @Test
    @Timeout(30)
    void timedAgainstBlocking() throws Exception {
        assertExchanges(5.0, null);
    }

    private static void exchange(Socket client, int count) throws Exception {
        byte[] b = new byte[1];
        for (int i = 0; i < count; i++) {
            b[0] = (byte) i;
            client.sendall(b);
            assertEquals(1, client.recvInto(b));
            assertEquals((byte) i, b[0]);
        }
    }

    private void assertExchanges(Double clientTimeout, Double echoTimeout) throws Exception {
        try (TcpPair t = tcpPair()) {
            Socket client = t.client();
            Socket echo = t.server();
            client.settimeout(clientTimeout);
            echo.settimeout(echoTimeout);
            try (Async<Long> echoes = Async.start("echo", () -> {
                byte[] b = new byte[1];
                int n = 0;
                long cpu = 0;
                while (echo.recvInto(b) == 1) {
                    echo.sendall(b);
                    if (++n == WARM_UP) {
                        cpu = THREADS.getCurrentThreadCpuTime();
                    }
                }
                assertEquals(WARM_UP + EXCHANGES, n);
                return THREADS.getCurrentThreadCpuTime() - cpu;
            })) {
                exchange(client, WARM_UP);
                long t0 = System.nanoTime();
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                exchange(client, EXCHANGES);
                long clientCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                client.shutdown(dev.pysocket.Sockets.SHUT_WR);
                long cpuPerExchange = (clientCpu + echoes.get(MAX)) / EXCHANGES;
                assertTrue(took.compareTo(MAX) < 0, () -> EXCHANGES + " exchanges took " + took);
                assertTrue(cpuPerExchange < MAX_CPU_NANOS, () -> "an exchange cost " + cpuPerExchange + " ns of CPU");
            }
        }
    }
}
