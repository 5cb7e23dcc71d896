package dev.pysocket.vthreads;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * VirtualThreadProbe: the virtual-thread scenarios of {@link VirtualThreadTest}, run in a child
 * JVM of Java 21+ (the suite runs on 17). Compiled for Java 17, it starts virtual threads
 * through {@code Thread.startVirtualThread}, found by reflection. It prints one
 * {@code key=value} line per measurement and exits 0; the test judges the numbers.
 *
 * <p>Arguments: the scenario ("park", "timeout", "close", "accept", "interrupt", "connect") and, for "park", the
 * number of connections.
 */
public final class VirtualThreadProbe {
    private static final Method START_VIRTUAL = find();

    private VirtualThreadProbe() {
    }

    private static Method find() {
        try {
            return Thread.class.getMethod("startVirtualThread", Runnable.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("this JVM has no virtual threads: " + System.getProperty("java.version"), e);
        }
    }

    /** Body: what a virtual thread runs, allowed to throw. */
    @FunctionalInterface
    interface Body {
        void run() throws Exception;
    }

    static Thread virtual(Body body, ConcurrentLinkedQueue<Throwable> errors) throws Exception {
        Runnable r = () -> {
            try {
                body.run();
            } catch (Throwable e) {
                errors.add(e);
            }
        };
        return (Thread) START_VIRTUAL.invoke(null, r);
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "park" -> park(Integer.parseInt(args[1]));
            case "timeout" -> timeout();
            case "close" -> close();
            case "accept" -> acceptConnect();
            case "interrupt" -> interrupt();
            case "connect" -> blockingConnect();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.flush();
        System.exit(0); // threads still parked (on a failure) must not keep the child alive
    }

    /**
     * park: n virtual threads, each blocked in recv on its own socketpair (half of them in
     * blocking mode, half with a 60 s timeout); while they wait, how long a new virtual thread
     * takes to run and how much CPU the process uses in 2 s; then each connection's echo.
     */
    private static void park(int n) throws Exception {
        List<SocketPair> pairs = new ArrayList<>(n);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger entered = new AtomicInteger();
        CountDownLatch echoed = new CountDownLatch(n);
        try {
            for (int i = 0; i < n; i++) {
                SocketPair p = Sockets.socketpair();
                pairs.add(p);
                if (i % 2 == 1) {
                    p.first().settimeout(60.0);
                }
            }
            long mallocBefore = MallInfo2.inUse();
            for (int i = 0; i < n; i++) {
                Socket s = pairs.get(i).first();
                virtual(() -> {
                    entered.incrementAndGet();
                    s.sendall(s.recv(64));
                    echoed.countDown();
                }, errors);
            }
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (entered.get() < n && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            System.out.println("entered=" + entered.get());
            Thread.sleep(1000); // let the last ones reach their wait, and the JIT settle
            long mallocAfter = MallInfo2.inUse();
            if (mallocBefore >= 0) {
                System.out.println("mallocPerThread=" + (mallocAfter - mallocBefore) / n);
            }
            long t0 = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            virtual(ran::countDown, errors);
            boolean didRun = ran.await(5, TimeUnit.SECONDS);
            System.out.println("launchMs=" + (didRun ? (System.nanoTime() - t0) / 1_000_000.0 : -1));
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            Thread.sleep(2000);
            System.out.println("cpuMs=" + (os.getProcessCpuTime() - cpu0) / 1_000_000.0);
            if (entered.get() < n || !didRun) {
                return; // the threads are pinned: the echo would take forever
            }
            for (int i = 0; i < n; i++) {
                pairs.get(i).second().sendall(("message " + i).getBytes(StandardCharsets.US_ASCII));
            }
            int right = 0;
            for (int i = 0; i < n; i++) {
                Socket peer = pairs.get(i).second();
                peer.settimeout(30.0);
                byte[] want = ("message " + i).getBytes(StandardCharsets.US_ASCII);
                byte[] got = recvExactly(peer, want.length);
                if (Arrays.equals(want, got)) {
                    right++;
                }
            }
            System.out.println("echoedAll=" + echoed.await(30, TimeUnit.SECONDS));
            System.out.println("echoedRight=" + right);
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (SocketPair p : pairs) {
                p.close();
            }
        }
    }

    private static byte[] recvExactly(Socket s, int len) throws OSError {
        byte[] out = new byte[len];
        int have = 0;
        while (have < len) {
            byte[] part = s.recv(len - have);
            if (part.length == 0) {
                break;
            }
            System.arraycopy(part, 0, out, have, part.length);
            have += part.length;
        }
        return Arrays.copyOf(out, have);
    }

    /**
     * timeout: while two virtual threads hold the two carriers' worth of blocked recv (blocking
     * mode), four others time out in recv, recvfrom, accept and sendall after 0.25 s each: their
     * elapsed times, in ms.
     */
    private static void timeout() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                SocketPair p = Sockets.socketpair();
                open.add(p);
                virtual(() -> p.first().recv(1), errors);
            }
            Thread.sleep(200);
            List<String> names = List.of("recv", "recvfrom", "accept", "sendall");
            double[] elapsed = new double[names.size()];
            String[] outcome = new String[names.size()];
            CountDownLatch done = new CountDownLatch(names.size());
            for (int k = 0; k < names.size(); k++) {
                int slot = k;
                String what = names.get(k);
                SocketPair p = Sockets.socketpair();
                open.add(p);
                Socket listener = Sockets.socket();
                open.add(listener);
                virtual(() -> {
                    try {
                        Socket s = p.first();
                        s.settimeout(0.25);
                        listener.settimeout(0.25);
                        long t0 = System.nanoTime();
                        try {
                            switch (what) {
                                case "recv" -> s.recv(1);
                                case "recvfrom" -> s.recvfrom(1);
                                case "accept" -> {
                                    listener.bind(Address.of("127.0.0.1", 0));
                                    listener.listen();
                                    t0 = System.nanoTime();
                                    listener.accept();
                                }
                                default -> {
                                    byte[] lots = new byte[1 << 20];
                                    for (;;) {
                                        s.sendall(lots); // the peer never reads: the buffer fills
                                    }
                                }
                            }
                            outcome[slot] = "returned";
                        } catch (TimeoutError e) {
                            outcome[slot] = "TimeoutError";
                        }
                        elapsed[slot] = (System.nanoTime() - t0) / 1_000_000.0;
                    } finally {
                        done.countDown();
                    }
                }, errors);
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            for (int k = 0; k < names.size(); k++) {
                System.out.println("timeout." + names.get(k) + "=" + outcome[k] + " " + elapsed[k]);
            }
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /**
     * close: virtual threads parked in recv (blocking mode and a 10 s timeout) and accept
     * (blocking mode), with two more holding both carriers in a blocked recv; another thread
     * closes each socket after 0.3 s: each parked call's outcome and how long after the close
     * it ended, in ms.
     */
    private static void close() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<AutoCloseable> open = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                SocketPair p = Sockets.socketpair();
                open.add(p);
                virtual(() -> p.first().recv(1), errors);
            }
            List<String> names = List.of("recv", "recv-timed", "accept");
            Socket[] sockets = new Socket[names.size()];
            String[] outcome = new String[names.size()];
            long[] ended = new long[names.size()];
            CountDownLatch done = new CountDownLatch(names.size());
            for (int k = 0; k < names.size(); k++) {
                int slot = k;
                String what = names.get(k);
                Socket s;
                if (what.equals("accept")) {
                    s = Sockets.socket();
                    s.bind(Address.of("127.0.0.1", 0));
                    s.listen();
                } else {
                    SocketPair p = Sockets.socketpair();
                    open.add(p.second());
                    s = p.first();
                    if (what.equals("recv-timed")) {
                        s.settimeout(10.0);
                    }
                }
                sockets[k] = s;
                open.add(s);
                virtual(() -> {
                    try {
                        if (what.equals("accept")) {
                            Accepted a = s.accept();
                            a.conn().close();
                        } else {
                            s.recv(1);
                        }
                        outcome[slot] = "returned";
                    } catch (OSError e) {
                        outcome[slot] = e.getClass().getSimpleName() + " errno " + e.errno();
                    } finally {
                        ended[slot] = System.nanoTime();
                        done.countDown();
                    }
                }, errors);
            }
            Thread.sleep(300);
            long[] closed = new long[names.size()];
            for (int k = 0; k < names.size(); k++) {
                closed[k] = System.nanoTime();
                sockets[k].close();
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            for (int k = 0; k < names.size(); k++) {
                System.out.println("close." + names.get(k) + "=" + outcome[k] + " "
                        + (ended[k] - closed[k]) / 1_000_000.0);
            }
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /**
     * accept: a virtual-thread echo server (its listener in blocking mode) and 50 virtual-thread
     * clients that connect with a 10 s timeout, send and read back their bytes: how many got
     * their own bytes back.
     */
    private static void acceptConnect() throws Exception {
        int clients = 50;
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger right = new AtomicInteger();
        try (Socket listener = Sockets.socket()) {
            listener.bind(Address.of("127.0.0.1", 0));
            listener.listen(clients);
            Address at = listener.getsockname();
            virtual(() -> {
                for (int i = 0; i < clients; i++) {
                    Socket conn = listener.accept().conn();
                    virtual(() -> {
                        try (conn) {
                            conn.sendall(conn.recv(64));
                        }
                    }, errors);
                }
            }, errors);
            CountDownLatch done = new CountDownLatch(clients);
            for (int i = 0; i < clients; i++) {
                byte[] want = ("client " + i).getBytes(StandardCharsets.US_ASCII);
                virtual(() -> {
                    try (Socket c = Sockets.createConnection(at, 10.0)) {
                        c.sendall(want);
                        if (Arrays.equals(want, recvExactly(c, want.length))) {
                            right.incrementAndGet();
                        }
                    } finally {
                        done.countDown();
                    }
                }, errors);
            }
            System.out.println("finished=" + done.await(20, TimeUnit.SECONDS));
            System.out.println("echoedRight=" + right.get());
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
        }
    }

    /**
     * connect: two virtual threads connect, in blocking mode, to a listener whose queue is full
     * (the kernel keeps the connect waiting); meanwhile how long a new virtual thread takes to
     * run; then both sockets are closed: each connect's outcome and how long after the close it
     * ended, in ms.
     */
    private static void blockingConnect() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try (dev.pysocket.support.FullBacklog full = dev.pysocket.support.FullBacklog.tcp()) {
            Socket[] sockets = {Sockets.socket(), Sockets.socket()};
            String[] outcome = new String[2];
            long[] ended = new long[2];
            CountDownLatch done = new CountDownLatch(2);
            for (int k = 0; k < 2; k++) {
                int slot = k;
                virtual(() -> {
                    try {
                        sockets[slot].connect(full.address());
                        outcome[slot] = "connected";
                    } catch (OSError e) {
                        outcome[slot] = e.getClass().getSimpleName() + " errno " + e.errno();
                    } finally {
                        ended[slot] = System.nanoTime();
                        done.countDown();
                    }
                }, errors);
            }
            Thread.sleep(300);
            long t0 = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            virtual(ran::countDown, errors);
            boolean didRun = ran.await(5, TimeUnit.SECONDS);
            System.out.println("launchMs=" + (didRun ? (System.nanoTime() - t0) / 1_000_000.0 : -1));
            long closed = System.nanoTime();
            for (Socket s : sockets) {
                s.close();
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            for (int k = 0; k < 2; k++) {
                System.out.println("connect." + k + "=" + outcome[k] + " " + (ended[k] - closed) / 1_000_000.0);
            }
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
        }
    }

    /**
     * interrupt: a virtual thread blocked in recv (blocking mode) is interrupted; 0.3 s later
     * its peer sends a byte. How the call ended, whether the thread was still flagged, and the
     * process's CPU time in those 0.3 s (a park that returned at once again and again would
     * spin).
     */
    private static void interrupt() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        String[] outcome = new String[1];
        boolean[] flagged = new boolean[1];
        CountDownLatch done = new CountDownLatch(1);
        try (SocketPair p = Sockets.socketpair()) {
            Thread t = virtual(() -> {
                try {
                    outcome[0] = "returned " + p.first().recv(1).length;
                } catch (OSError e) {
                    outcome[0] = e.getClass().getSimpleName() + " errno " + e.errno();
                } finally {
                    flagged[0] = Thread.currentThread().isInterrupted();
                    done.countDown();
                }
            }, errors);
            Thread.sleep(200);
            t.interrupt();
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            Thread.sleep(300);
            System.out.println("cpuMs=" + (os.getProcessCpuTime() - cpu0) / 1_000_000.0);
            p.second().sendall(new byte[] {'x'});
            System.out.println("finished=" + done.await(5, TimeUnit.SECONDS));
            System.out.println("interrupt=" + outcome[0]);
            System.out.println("flagged=" + flagged[0]);
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
        }
    }

    /**
     * MallInfo2: glibc's {@code struct mallinfo2} (malloc(3), glibc 2.33+), whose uordblks is the
     * memory malloc has handed out and not had back, over all arenas: pysocket's native memory
     * is malloc'd (docs/native-memory.md), so this is what a parked thread could hold.
     */
    @com.sun.jna.Structure.FieldOrder({"arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks",
            "uordblks", "fordblks", "keepcost"})
    public static final class MallInfo2 extends com.sun.jna.Structure implements com.sun.jna.Structure.ByValue {
        public long arena;
        public long ordblks;
        public long smblks;
        public long hblks;
        public long hblkhd;
        public long usmblks;
        public long fsmblks;
        public long uordblks;
        public long fordblks;
        public long keepcost;

        /** inUse: mallinfo2().uordblks, or -1 where the C library has no mallinfo2. */
        static long inUse() {
            try {
                com.sun.jna.Function f = com.sun.jna.Function.getFunction("c", "mallinfo2");
                return ((MallInfo2) f.invoke(MallInfo2.class, new Object[0])).uordblks;
            } catch (UnsatisfiedLinkError e) {
                return -1;
            }
        }
    }
}
