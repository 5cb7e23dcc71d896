package dev.pysocket.vthreads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * VirtualThreadTest: blocking calls on virtual threads park, never pin a carrier, never spin
 * (docs/virtual-threads.md). The suite runs on Java 17, so each scenario runs in a child JVM
 * of Java 21+ ({@link VirtualThreadProbe}) with two carriers
 * ({@code jdk.virtualThreadScheduler.parallelism=2}, {@code maxPoolSize=2}): with a pinning
 * call, two blocked virtual threads would stop every other one. The JDK is the one named by
 * the system property {@code pysocket.jdk21} or the environment variable
 * {@code PYSOCKET_JDK21}, else the newest Java 21+ under /usr/lib/jvm; without one the tests
 * are skipped, saying so.
 */
class VirtualThreadTest extends BackendTest {
    /** CONNECTIONS: the 10,000 parked receivers, each on its own connection. */
    private static final int CONNECTIONS = 10_000;
    /**
     * FDS_NEEDED: the descriptors the child holds for them (one end of each connection: the
     * python3 peer holds the other), its listener and control connection, and the JVM's own.
     */
    private static final int FDS_NEEDED = CONNECTIONS + 300;

    @Test
    void tenThousandParkedReceiversLeaveCarriersFreeAndTheCpuIdle() throws Exception {
        int limit = hardFdLimit();
        Assumptions.assumeTrue(limit >= FDS_NEEDED, () -> "the descriptor hard limit (ulimit -Hn) is " + limit
                + ", below the " + FDS_NEEDED + " that 10,000 connections need in one process");
        Map<String, String> r = probe(2, Duration.ofSeconds(180), "park", Integer.toString(CONNECTIONS));
        assertEquals("CONNECTED " + CONNECTIONS, r.get("peer"), () -> "the peer connected: " + r);
        assertEquals(Integer.toString(CONNECTIONS), r.get("entered"), () -> "every receiver started: " + r);
        double launch = Double.parseDouble(r.get("launchMs"));
        assertTrue(launch >= 0 && launch < 50, () -> "a new virtual thread ran within 50 ms: " + r);
        assertTrue(Double.parseDouble(r.get("cpuMs")) < 100, () -> "under 0.1 s of CPU in 2 s: " + r);
        if (r.containsKey("mallocPerThread")) { // glibc 2.33+
            assertTrue(Long.parseLong(r.get("mallocPerThread")) <= 4096, () -> "at most 4 KiB of native memory each: " + r);
        }
        assertEquals("true", r.get("echoedAll"), () -> "every receiver echoed: " + r);
        assertEquals(Integer.toString(CONNECTIONS), r.get("echoedRight"), () -> "every echo was right: " + r);
        assertEquals("0", r.get("peerExit"), r::toString);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * With one carrier, any call that pinned it (the jdk backend's thread in Selector.select,
     * which java.nio makes park on Java 21+) would stop every other virtual thread.
     */
    @Test
    void oneCarrierIsEnoughForTwoHundredParkedReceivers() throws Exception {
        Map<String, String> r = probe(1, Duration.ofSeconds(60), "park", "200");
        assertEquals("200", r.get("entered"), () -> "every receiver started: " + r);
        double launch = Double.parseDouble(r.get("launchMs"));
        assertTrue(launch >= 0 && launch < 50, () -> "a new virtual thread ran within 50 ms: " + r);
        assertEquals("200", r.get("echoedRight"), () -> "every echo was right: " + r);
        assertEquals("0", r.get("errors"), r::toString);
    }

    @Test
    void timeoutsFireOnTimeWhileOthersAreBlocked() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "timeout");
        assertEquals("true", r.get("finished"), r::toString);
        int t = VirtualThreadProbe.TIMEOUT_MS;
        for (String op : List.of("recv", "recvfrom", "accept", "sendall", "select", "poll", "epoll", "selector")) {
            String[] v = r.get("timeout." + op).split(" ");
            if (op.equals("epoll") && !isNative()) {
                assertEquals("OSError errno 95", v[0] + " " + v[1] + " " + v[2], () -> "epoll is native only: " + r);
                continue;
            }
            String want = List.of("select", "poll", "epoll", "selector").contains(op) ? "empty" : "TimeoutError";
            assertEquals(want, v[0], () -> op + ": " + r);
            double ms = Double.parseDouble(v[v.length - 1]);
            assertTrue(ms >= t && ms <= t + 100,
                    () -> op + " timed out within [" + t + ", " + (t + 100) + "] ms: " + r);
        }
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * close() wakes a parked recv, timed recv and accept with OSError 9, and Epoll.close() or
     * DefaultSelector.close() a thread waiting in them with Python's closed-object error.
     */
    @Test
    void closeWakesParkedThreadsWithEbadf() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "close");
        assertEquals("true", r.get("finished"), r::toString);
        for (String op : List.of("recv", "recv-timed", "accept", "epoll", "selector")) {
            String[] v = r.get("close." + op).split("\\|");
            if (op.equals("epoll") && !isNative()) {
                assertEquals("OSError errno 95", v[0], () -> "epoll is native only: " + r);
                continue;
            }
            String want = op.equals("epoll") || op.equals("selector")
                    ? "IllegalArgumentException: I/O operation on closed epoll object" : "OSError errno 9";
            assertEquals(want, v[0], () -> op + ": " + r);
            assertTrue(Double.parseDouble(v[1]) < 500, () -> op + " woke within 0.5 s: " + r);
        }
        assertEquals("0", r.get("errors"), r::toString);
    }

    @Test
    void echoServerAndClientsOnVirtualThreads() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "accept");
        assertEquals("true", r.get("finished"), r::toString);
        assertEquals("50", r.get("echoedRight"), r::toString);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * Two virtual threads per kind wait, without a timeout, in Select.select, Poll.poll,
     * Epoll.poll (native) and DefaultSelector.select, with two carriers: a new virtual thread
     * still runs at once, nothing spins, and each wait reports its socket once the peer sends.
     */
    @Test
    void selectWaitsLeaveCarriersFree() throws Exception {
        assertSelectWaits(2, isNative() ? "select,poll,epoll,selector" : "select,poll,selector", isNative() ? 8 : 6);
    }

    /**
     * With one carrier, a wait that pinned it would stop every other virtual thread: on the
     * jdk backend these waits are java.nio Selector.select calls, which Java 21+ parks.
     */
    @Test
    void oneCarrierIsEnoughForSelectWaits() throws Exception {
        assertSelectWaits(1, "select,poll,selector", 6);
    }

    private void assertSelectWaits(int carriers, String kinds, int waits) throws Exception {
        Map<String, String> r = probe(carriers, Duration.ofSeconds(60), "selectwait", kinds);
        double launch = Double.parseDouble(r.get("launchMs"));
        assertTrue(launch >= 0 && launch < 50, () -> "a new virtual thread ran within 50 ms: " + r);
        assertTrue(Double.parseDouble(r.get("cpuMs")) < 50, () -> "no spinning (under 50 ms of CPU in 1 s): " + r);
        assertEquals("true", r.get("finished"), r::toString);
        assertEquals(Integer.toString(waits), r.get("woke"), () -> "every wait reported its socket: " + r);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * Two virtual threads in blocking accept on each of six blocking listeners, one connection
     * to each in turn, two carriers: those that lose the race for it never keep a carrier, and
     * close() ends their accept with OSError 9.
     */
    @Test
    void acceptorsThatLoseTheRaceLeaveCarriersFree() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "acceptrace");
        assertEquals("true", r.get("finished"), r::toString);
        double launch = Double.parseDouble(r.get("worstLaunchMs"));
        assertTrue(launch >= 0 && launch < 50, () -> "a new virtual thread ran within 50 ms each time: " + r);
        assertEquals("6/6", r.get("accepted"), r::toString);
        assertEquals("6/6", r.get("ebadf"), () -> "close() ended every other accept with OSError 9: " + r);
        assertTrue(Double.parseDouble(r.get("worstWakeMs")) < 500, () -> "woke within 0.5 s: " + r);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * A blocking-mode connect that the kernel keeps waiting (a full listen queue) leaves the
     * carriers free, and close() ends it with OSError 9.
     */
    @Test
    void blockingConnectsLeaveCarriersFreeAndCloseEndsThem() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "connect");
        double launch = Double.parseDouble(r.get("launchMs"));
        assertTrue(launch >= 0 && launch < 50, () -> "a new virtual thread ran within 50 ms: " + r);
        assertEquals("true", r.get("finished"), r::toString);
        for (String k : List.of("0", "1")) {
            String[] v = r.get("connect." + k).split(" ");
            assertEquals("OSError errno 9", v[0] + " " + v[1] + " " + v[2], r::toString);
            assertTrue(Double.parseDouble(v[3]) < 500, () -> "woke within 0.5 s: " + r);
        }
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * An interrupt is no signal on the native backend (README, "Deviations"): the parked call
     * goes on, without spinning, and returns the data, the thread still flagged. On the jdk
     * backend it raises InterruptedError, as on a platform thread.
     */
    @Test
    void interruptOfAParkedThreadFollowsTheBackendsRule() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "interrupt");
        assertEquals("true", r.get("finished"), r::toString);
        assertEquals(isNative() ? "returned 1" : "InterruptedError errno 4", r.get("interrupt"), r::toString);
        assertEquals("true", r.get("flagged"), r::toString);
        assertTrue(Double.parseDouble(r.get("cpuMs")) < 50, () -> "no spinning while interrupted: " + r);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /**
     * The poller keeps a registration that fired (docs/virtual-threads.md, "Kept
     * registrations"): when the number it was made under names a new socket (the old one
     * closed while a dup keeps its file alive, or detached and closed behind pysocket's back),
     * a virtual thread waiting on the new socket is still woken, and so is one on the dup.
     */
    @Test
    void aReusedNumberWakesItsNewSocketsWaiter() throws Exception {
        Map<String, String> r = probe(2, Duration.ofSeconds(60), "reuse");
        assertEquals("true", r.get("finished"), r::toString);
        if (!isNative()) {
            assertEquals("OSError errno 95", r.get("unsupported"), () -> "dup is native only: " + r);
            return;
        }
        for (String way : List.of("closed", "detached")) {
            assertEquals("true", r.get(way + ".reused"), () -> way + ": the number named the new socket: " + r);
            assertEquals("x", r.get(way + ".new"), () -> way + ": " + r);
        }
        assertEquals("x", r.get("closed.dup"), r::toString);
        assertEquals("0", r.get("errors"), r::toString);
    }

    /** probe runs one scenario in a Java 21+ child with that many carriers and returns its key=value lines. */
    private Map<String, String> probe(int carriers, Duration timeout, String... args)
            throws IOException, InterruptedException {
        Path java = Jdk21.java().orElse(null);
        Assumptions.assumeTrue(java != null, Jdk21.SKIP_REASON);
        List<String> cmd = new ArrayList<>(ChildProcess.java(
                List.of(Sockets.class, VirtualThreadProbe.class, com.sun.jna.Native.class,
                        org.junit.jupiter.api.Assertions.class, org.opentest4j.AssertionFailedError.class),
                List.of("-Djdk.virtualThreadScheduler.parallelism=" + carriers,
                        "-Djdk.virtualThreadScheduler.maxPoolSize=" + carriers,
                        "-XX:+UseSerialGC", "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                        "-Dpysocket.backend=" + backend),
                VirtualThreadProbe.class, args));
        cmd.set(0, java.toString());
        ChildProcess.Output out = ChildProcess.run(ChildProcess.withFdLimit(hardFdLimit(), cmd), Map.of(), timeout);
        assertEquals(0, out.exit(), () -> "child failed: " + out);
        Map<String, String> values = new HashMap<>();
        for (String line : out.stdout().split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        values.put("stderr", out.stderr());
        return values;
    }

    /** hardFdLimit: the descriptor hard limit ({@code ulimit -Hn}), which the child raises its soft limit to. */
    private static int hardFdLimit() {
        try {
            Process p = new ProcessBuilder("bash", "-c", "ulimit -Hn").redirectErrorStream(true).start();
            String s = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return s.equals("unlimited") ? 1 << 20 : Integer.parseInt(s);
        } catch (IOException | NumberFormatException e) {
            return 1024;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1024;
        }
    }
}
