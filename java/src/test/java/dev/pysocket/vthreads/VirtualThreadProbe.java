package dev.pysocket.vthreads;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.support.PythonPeer;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>Arguments: the scenario ("park", "timeout", "close", "accept", "interrupt", "connect",
 * "selectwait", "acceptrace", "reuse") and, for "park", the number of connections, for
 * "selectwait" the kinds of wait (comma-separated).
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
            case "selectwait" -> selectWait(args[1].split(","));
            case "acceptrace" -> acceptRace();
            case "reuse" -> reuse();
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.flush();
        System.exit(0); // threads still parked (on a failure) must not keep the child alive
    }

    /**
     * park: n virtual threads, each blocked in recv on its own AF_UNIX connection (half of them
     * in blocking mode, half with a 60 s timeout), whose other ends a python3 peer holds
     * (peers/many_unix_clients.py), so that this process holds n descriptors and a few; while
     * they wait, how long a new virtual thread takes to run and how much CPU the process uses
     * in 2 s; then each connection's echo, which the peer checks.
     */
    private static void park(int n) throws Exception {
        List<Socket> conns = new ArrayList<>(n);
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger entered = new AtomicInteger();
        CountDownLatch echoed = new CountDownLatch(n);
        Path dir = Files.createTempDirectory("pysocket-vt-park");
        Path at = dir.resolve("listener");
        try (Socket listener = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
            listener.bind(Address.unix(at.toString()));
            listener.listen(1024);
            listener.settimeout(60.0); // a peer that died must not leave accept waiting
            try (PythonPeer peer = PythonPeer.start("many_unix_clients.py", at.toString(), Integer.toString(n))) {
                Socket control = listener.accept().conn();
                conns.add(control);
                for (int i = 0; i < n; i++) {
                    Socket c = listener.accept().conn();
                    conns.add(c);
                    if (i % 2 == 1) {
                        c.settimeout(60.0);
                    }
                }
                System.out.println("peer=" + peer.readLine(60));
                long mallocBefore = MallInfo2.inUse();
                for (Socket s : conns.subList(1, conns.size())) {
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
                boolean didRun = launchMs(errors) >= 0;
                System.out.println("cpuMs=" + cpuMsOver(2000));
                if (entered.get() < n || !didRun) {
                    return; // the threads are pinned: the echo would take forever
                }
                control.sendall("go".getBytes(StandardCharsets.US_ASCII));
                String right = peer.readLine(60);
                System.out.println("echoedAll=" + echoed.await(30, TimeUnit.SECONDS));
                System.out.println("echoedRight=" + (right.startsWith("RIGHT ") ? right.substring(6) : right));
                System.out.println("peerExit=" + peer.waitFor(60));
            }
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (Socket c : conns) {
                c.close();
            }
            Files.deleteIfExists(at);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * launchMs: prints and returns how long a new virtual thread takes to run, in ms, the best
     * of three launches 100 ms apart (-1: one did not run within 5 s). A pinned carrier delays
     * every launch; one GC pause or a busy machine (the suite shares 2 cores with other
     * processes) delays one, which alone measured 139 ms once.
     */
    private static double launchMs(ConcurrentLinkedQueue<Throwable> errors) throws Exception {
        double best = Double.MAX_VALUE;
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            virtual(ran::countDown, errors);
            if (!ran.await(5, TimeUnit.SECONDS)) {
                best = -1;
                break;
            }
            double ms = (System.nanoTime() - t0) / 1_000_000.0;
            best = Math.min(best, ms);
            each.append(i == 0 ? "" : " ").append(ms);
            Thread.sleep(100);
        }
        System.out.println("launchMs=" + best);
        System.out.println("launchEachMs=" + each);
        return best;
    }

    /** cpuMsOver: the process's CPU time, in ms, while this thread sleeps millis. */
    private static double cpuMsOver(long millis) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        Thread.sleep(millis);
        return (os.getProcessCpuTime() - cpu0) / 1_000_000.0;
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

    /** TIMEOUT_MS: the timeout of each call in the "timeout" scenario. */
    static final int TIMEOUT_MS = 250;

    /**
     * timeout: while two virtual threads hold the two carriers' worth of blocked recv (blocking
     * mode), others time out after TIMEOUT_MS each in recv, recvfrom, accept and sendall
     * (TimeoutError) and in Select.select, Poll.poll, Epoll.poll and DefaultSelector.select
     * (nothing ready): each outcome and elapsed time, in ms.
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
            List<String> names = List.of("recv", "recvfrom", "accept", "sendall", "select", "poll", "epoll",
                    "selector");
            double seconds = TIMEOUT_MS / 1000.0;
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
                        s.settimeout(seconds);
                        listener.settimeout(seconds);
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
                                case "sendall" -> {
                                    byte[] lots = new byte[1 << 20];
                                    for (;;) {
                                        s.sendall(lots); // the peer never reads: the buffer fills
                                    }
                                }
                                default -> t0 = waitForNothing(what, s, seconds);
                            }
                            outcome[slot] = "returned";
                        } catch (TimeoutError e) {
                            outcome[slot] = "TimeoutError";
                        } catch (OSError e) {
                            outcome[slot] = e.getClass().getSimpleName() + " errno " + e.errno();
                        } catch (Empty e) {
                            outcome[slot] = "empty";
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

    /** Empty: a select-style wait ended with nothing ready, as its timeout should. */
    static final class Empty extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /**
     * waitForNothing: one wait of kind ("select", "poll", "epoll", "selector") for s to become
     * readable, with the timeout given (null: none), s's peer sending nothing. Returns the
     * System.nanoTime() the wait began (after the object was set up); raises Empty when it
     * ended with nothing ready, else returns normally only if s was reported.
     */
    static long waitForNothing(String kind, Socket s, Double seconds) throws Exception {
        boolean ready;
        long t0;
        switch (kind) {
            case "select" -> {
                t0 = System.nanoTime();
                ready = !Select.select(List.of(s), List.of(), List.of(), seconds).r().isEmpty();
            }
            case "poll" -> {
                Poll p = new Poll();
                p.register(s, Select.POLLIN);
                t0 = System.nanoTime();
                ready = !(seconds == null ? p.poll() : p.poll(seconds * 1000)).isEmpty();
            }
            case "epoll" -> {
                try (Epoll e = new Epoll()) {
                    e.register(s, Select.EPOLLIN);
                    t0 = System.nanoTime();
                    ready = !e.poll(seconds).isEmpty();
                }
            }
            default -> {
                try (BaseSelector sel = new DefaultSelector()) {
                    sel.register(s, BaseSelector.EVENT_READ, null);
                    t0 = System.nanoTime();
                    ready = !sel.select(seconds).isEmpty();
                }
            }
        }
        if (!ready) {
            throw new Empty();
        }
        return t0;
    }

    /**
     * selectWait: two virtual threads for each kind ("select", "poll", "epoll", "selector"),
     * each waiting without a timeout for its own socket to become readable; meanwhile how long
     * a new virtual thread takes to run and the process's CPU in 1 s; then each peer sends a
     * byte: how many waits reported their socket. A kind the backend lacks reports its error.
     */
    private static void selectWait(String[] kinds) throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<SocketPair> pairs = new ArrayList<>();
        AtomicInteger woke = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2 * kinds.length);
        try {
            for (String kind : kinds) {
                for (int i = 0; i < 2; i++) {
                    SocketPair p = Sockets.socketpair();
                    pairs.add(p);
                    virtual(() -> {
                        try {
                            waitForNothing(kind, p.first(), null);
                            woke.incrementAndGet();
                        } catch (OSError e) {
                            System.out.println("selectwait." + kind + "=" + e.getClass().getSimpleName() + " errno "
                                    + e.errno());
                        } finally {
                            done.countDown();
                        }
                    }, errors);
                }
            }
            Thread.sleep(300);
            launchMs(errors);
            System.out.println("cpuMs=" + cpuMsOver(1000));
            for (SocketPair p : pairs) {
                p.second().sendall(new byte[] {'x'});
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            System.out.println("woke=" + woke.get());
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (SocketPair p : pairs) {
                p.close();
            }
        }
    }

    /** ACCEPTORS: the virtual threads in blocking accept on each listener of "acceptrace"; ROUNDS: the listeners. */
    private static final int ACCEPTORS = 2;
    private static final int ROUNDS = 6;

    /**
     * acceptRace: ROUNDS listeners in blocking mode, each with ACCEPTORS virtual threads in
     * blocking-mode accept, two carriers; one connection arrives at each listener in turn: its
     * acceptors are all woken, one takes the connection, and the others must not keep a carrier
     * (an accept4 that lost the race would pin its carrier until that listener's next
     * connection, and two such would stop every virtual thread). After each connection, the
     * worst time a new virtual thread takes to run; then every listener is closed: how many of
     * the waiting acceptors ended with OSError 9, and the slowest, in ms after the closes.
     */
    private static void acceptRace() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Socket> listeners = new ArrayList<>();
        AtomicInteger took = new AtomicInteger();
        AtomicInteger badFd = new AtomicInteger();
        long[] lastEnd = new long[1];
        CountDownLatch done = new CountDownLatch(ROUNDS * ACCEPTORS);
        double worstLaunch = 0;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Socket listener = Sockets.socket();
                listeners.add(listener);
                listener.bind(Address.of("127.0.0.1", 0));
                listener.listen();
                for (int i = 0; i < ACCEPTORS; i++) {
                    virtual(() -> {
                        try {
                            listener.accept().conn().close();
                            took.incrementAndGet();
                        } catch (OSError e) {
                            if (e.errno() == 9) {
                                badFd.incrementAndGet();
                            }
                        } finally {
                            synchronized (lastEnd) {
                                lastEnd[0] = Math.max(lastEnd[0], System.nanoTime());
                            }
                            done.countDown();
                        }
                    }, errors);
                }
            }
            Thread.sleep(200);
            for (Socket listener : listeners) {
                try (Socket client = Sockets.createConnection(listener.getsockname(), 5.0)) {
                    client.sendall(new byte[] {'x'});
                    Thread.sleep(100);
                    double launch = launchMs(errors);
                    worstLaunch = launch < 0 || worstLaunch < 0 ? -1 : Math.max(worstLaunch, launch);
                }
            }
            long closed = System.nanoTime();
            for (Socket listener : listeners) {
                listener.close();
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            System.out.println("worstLaunchMs=" + worstLaunch);
            System.out.println("accepted=" + took.get() + "/" + ROUNDS);
            System.out.println("ebadf=" + badFd.get() + "/" + ROUNDS * (ACCEPTORS - 1));
            System.out.println("worstWakeMs=" + (lastEnd[0] - closed) / 1_000_000.0);
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (Socket listener : listeners) {
                listener.close();
            }
        }
    }

    /**
     * close: virtual threads parked in recv (blocking mode and a 10 s timeout), accept
     * (blocking mode), Epoll.poll() and DefaultSelector.select() (no timeout), with two more
     * holding both carriers' worth of blocked recv; another thread closes each socket, epoll
     * object or selector after 0.3 s: each wait's outcome and how long after the close it ended,
     * in ms, separated by "|". A wait the backend lacks reports the error of its making.
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
            List<String> names = List.of("recv", "recv-timed", "accept", "epoll", "selector");
            AutoCloseable[] targets = new AutoCloseable[names.size()];
            String[] outcome = new String[names.size()];
            long[] ended = new long[names.size()];
            CountDownLatch done = new CountDownLatch(names.size());
            for (int k = 0; k < names.size(); k++) {
                int slot = k;
                Body wait;
                try {
                    wait = closableWait(names.get(k), targets, slot, open);
                } catch (OSError e) {
                    outcome[k] = e.getClass().getSimpleName() + " errno " + e.errno();
                    done.countDown();
                    continue;
                }
                virtual(() -> {
                    try {
                        wait.run();
                        outcome[slot] = "returned";
                    } catch (OSError e) {
                        outcome[slot] = e.getClass().getSimpleName() + " errno " + e.errno();
                    } catch (IllegalArgumentException e) {
                        outcome[slot] = e.getClass().getSimpleName() + ": " + e.getMessage();
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
                if (targets[k] != null) {
                    targets[k].close();
                }
            }
            System.out.println("finished=" + done.await(10, TimeUnit.SECONDS));
            for (int k = 0; k < names.size(); k++) {
                System.out.println("close." + names.get(k) + "=" + outcome[k] + "|"
                        + (targets[k] == null ? 0 : (ended[k] - closed[k]) / 1_000_000.0));
            }
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
            for (AutoCloseable c : open) {
                c.close();
            }
        }
    }

    /**
     * closableWait makes what the wait of kind blocks on (targets[slot], which close() will
     * close; what else it opens goes to open) and returns the wait.
     */
    private static Body closableWait(String kind, AutoCloseable[] targets, int slot, List<AutoCloseable> open)
            throws OSError {
        if (kind.equals("accept")) {
            Socket s = Sockets.socket();
            targets[slot] = s;
            open.add(s);
            s.bind(Address.of("127.0.0.1", 0));
            s.listen();
            return () -> s.accept().conn().close();
        }
        SocketPair p = Sockets.socketpair();
        open.add(p);
        Socket s = p.first();
        switch (kind) {
            case "epoll" -> {
                Epoll e = new Epoll();
                targets[slot] = e;
                e.register(s, Select.EPOLLIN);
                return e::poll;
            }
            case "selector" -> {
                BaseSelector sel = new DefaultSelector();
                targets[slot] = sel;
                sel.register(s, BaseSelector.EVENT_READ, null);
                return () -> sel.select(null);
            }
            default -> {
                targets[slot] = s;
                if (kind.equals("recv-timed")) {
                    s.settimeout(10.0);
                }
                return () -> s.recv(1);
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
     * reuse: a descriptor number that a virtual thread waited on (so the poller keeps its
     * fired registration) names a new socket, and a virtual thread waiting on that socket must
     * still be woken. Two ways: the socket is closed by pysocket while a dup() keeps its file
     * (and so the kept registration under the old number) alive; the socket is detached and
     * its number closed behind pysocket's back (the poller still believes it registered).
     * Prints, per way, whether the number was reused and what the waiter on the new socket
     * (and on the dup) received; where dup() is unsupported (the jdk backend), its error.
     */
    private static void reuse() throws Exception {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        try {
            SocketPair a = Sockets.socketpair();
            waitedRecv(a, errors);
            waitedRecv(a, errors);
            int n = a.first().fileno();
            Socket copy;
            try {
                copy = a.first().dup();
            } catch (OSError e) {
                // The jdk backend has no descriptors to duplicate (nor a poller to test).
                System.out.println("unsupported=" + e.getClass().getSimpleName() + " errno " + e.errno());
                a.close();
                System.out.println("finished=true");
                return;
            }
            a.first().close();
            try (SocketPair onN = pairOn(n)) {
                System.out.println("closed.reused=" + (onN != null));
                System.out.println("closed.new=" + (onN == null ? "-" : waitedRecv(onN, errors)));
                System.out.println("closed.dup=" + waitedRecv(new SocketPair(copy, a.second()), errors));
            } finally {
                copy.close();
                a.second().close();
            }
            SocketPair c = Sockets.socketpair();
            waitedRecv(c, errors);
            int m = c.first().fileno();
            Sockets.close(c.first().detach());
            try (SocketPair onM = pairOn(m)) {
                System.out.println("detached.reused=" + (onM != null));
                System.out.println("detached.new=" + (onM == null ? "-" : waitedRecv(onM, errors)));
            } finally {
                c.second().close();
            }
            System.out.println("finished=true");
        } finally {
            System.out.println("errors=" + errors.size() + (errors.isEmpty() ? "" : " first: " + errors.peek()));
        }
    }

    /**
     * pairOn: a new socketpair whose first socket has descriptor number n (free now; the
     * kernel hands out the lowest free number, but the JVM may have freed lower ones: those
     * are taken by the pairs made before it, closed again), or null after 32 pairs.
     */
    private static SocketPair pairOn(int n) throws OSError {
        List<SocketPair> before = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                SocketPair p = Sockets.socketpair();
                if (p.first().fileno() == n) {
                    return p;
                }
                if (p.second().fileno() == n) {
                    return new SocketPair(p.second(), p.first());
                }
                before.add(p);
            }
            return null;
        } finally {
            for (SocketPair p : before) {
                p.close();
            }
        }
    }

    /**
     * waitedRecv: a virtual thread blocks in p.first().recv(1) (it parks: nothing is there
     * yet), then p.second() sends one byte; what the thread received ("timeout" when it was
     * not woken within 5 s, the error's name when the recv failed).
     */
    private static String waitedRecv(SocketPair p, ConcurrentLinkedQueue<Throwable> errors) throws Exception {
        String[] got = {"timeout"};
        CountDownLatch done = new CountDownLatch(1);
        virtual(() -> {
            try {
                got[0] = new String(p.first().recv(1), StandardCharsets.US_ASCII);
            } catch (OSError e) {
                got[0] = e.getClass().getSimpleName() + " errno " + e.errno();
            } finally {
                done.countDown();
            }
        }, errors);
        Thread.sleep(100);
        p.second().sendall(new byte[] {'x'});
        done.await(5, TimeUnit.SECONDS);
        return got[0];
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
