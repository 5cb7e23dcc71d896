package dev.pysocket.support;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * FdLeakCheck fails a test class that leaves descriptors or threads behind (after Go's
 * {@code src/net/main_test.go printLeakedSockets}; docs/architecture.md rule 14).
 *
 * <p>Before the class it snapshots {@code /proc/self/fd} (fd → readlink target) and the live
 * non-daemon threads; after it, it allows a short grace (100 ms for descriptors, 1 s for
 * threads) for asynchronous closes, then fails listing every new descriptor with its target
 * (socket:[inode], pipe:[...], a path) and every new non-daemon thread still alive with its
 * stack top. A socket a test forgot may still be closed by the Socket's Cleaner if a GC runs
 * first, so the check is a net, not proof. Registered on
 * {@link BothBackends} and, through autodetection, on every test class.
 *
 * <p>Descriptors the JVM opens lazily and keeps (jar files, shared objects, the JDK's own
 * one-time pre-closed socket) are not leaks of a test: a one-time warm-up through both backends
 * runs before the first snapshot, and jar/.so/JDK files are ignored.
 */
public final class FdLeakCheck implements BeforeAllCallback, AfterAllCallback {
    private static final Path FD_DIR = Paths.get("/proc/self/fd");
    private static final int FD_GRACE_STEPS = 5;
    private static final long FD_GRACE_STEP_MS = 20;
    private static final long THREAD_GRACE_MS = 1000;
    private static final String OWN_FD_DIR = "/proc/" + ProcessHandle.current().pid() + "/fd";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FdLeakCheck.class);

    static {
        warmUp();
    }

    private record Snapshot(Map<Integer, String> fds, Set<Thread> threads) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Snapshot s = new Snapshot(openFds(), nonDaemonThreads());
        if (System.getenv("FDLEAK_DEBUG") != null) {
            System.out.println("FdLeakCheck before " + context.getUniqueId() + ": " + s.fds());
        }
        context.getStore(NS).put(context.getUniqueId(), s);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Snapshot before = context.getStore(NS).remove(context.getUniqueId(), Snapshot.class);
        if (before == null) {
            return;
        }
        if (System.getenv("FDLEAK_DEBUG") != null) {
            System.out.println("FdLeakCheck after " + context.getUniqueId() + ": " + openFds());
        }
        // Few, short sleeps: the grace is for closes still in flight in the library, and
        // allocating here could let a GC run the Socket Cleaner and hide a real leak.
        List<String> leakedFds = leaked(before.fds(), openFds());
        for (int i = 0; i < FD_GRACE_STEPS && !leakedFds.isEmpty(); i++) {
            Thread.sleep(FD_GRACE_STEP_MS);
            leakedFds = leaked(before.fds(), openFds());
        }
        List<Thread> leakedThreads = newThreads(before.threads());
        long deadline = System.nanoTime() + THREAD_GRACE_MS * 1_000_000L;
        while (!leakedThreads.isEmpty() && System.nanoTime() < deadline) {
            leakedThreads.get(0).join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
            leakedThreads = newThreads(before.threads());
        }
        StringBuilder msg = new StringBuilder();
        if (!leakedFds.isEmpty()) {
            msg.append(context.getDisplayName()).append(" leaked ").append(leakedFds.size())
                    .append(" file descriptor(s) (").append(before.fds().size()).append(" open before, ")
                    .append(openFds().size()).append(" after): ").append(leakedFds);
        }
        if (!leakedThreads.isEmpty()) {
            if (msg.length() > 0) {
                msg.append("; ");
            }
            msg.append(context.getDisplayName()).append(" left ").append(leakedThreads.size())
                    .append(" non-daemon thread(s) alive:");
            for (Thread t : leakedThreads) {
                StackTraceElement[] st = t.getStackTrace();
                msg.append(' ').append(t.getName()).append(" at ").append(st.length > 0 ? st[0] : "?");
            }
        }
        if (msg.length() > 0) {
            throw new AssertionError(msg.toString());
        }
    }

    private static List<Thread> newThreads(Set<Thread> before) {
        List<Thread> out = new ArrayList<>();
        for (Thread t : nonDaemonThreads()) {
            if (!before.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> leaked(Map<Integer, String> before, Map<Integer, String> after) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Integer, String> e : after.entrySet()) {
            String was = before.get(e.getKey());
            if (!e.getValue().equals(was) && !jvmOwned(e.getValue())) {
                out.add(e.getKey() + " -> " + e.getValue());
            }
        }
        return out;
    }

    /**
     * jvmOwned: files the JVM opens lazily for itself and keeps open (class loading, natives),
     * and the directory stream openFds itself uses.
     */
    public static boolean jvmOwned(String target) {
        return target.equals(OWN_FD_DIR) || target.endsWith(".jar") || target.contains(".so") || target.startsWith("/usr/lib/jvm/")
                || target.equals("/dev/random") || target.equals("/dev/urandom") || target.endsWith("/modules")
                || target.endsWith(".jsa");
    }

    /**
     * referring counts this process's descriptors whose /proc/self/fd target is the same as
     * fd's (a pipe or socket inode, a file's path): the copies of one open file, a count other
     * threads or the JVM cannot move by opening something else meanwhile.
     */
    public static int referring(int fd) {
        Map<Integer, String> fds = openFds();
        String target = fds.get(fd);
        if (target == null) {
            throw new AssertionError("descriptor " + fd + " is not open");
        }
        return (int) fds.values().stream().filter(target::equals).count();
    }

    /** openFds returns fd → readlink target for every open descriptor of this process. */
    public static Map<Integer, String> openFds() {
        Map<Integer, String> fds = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(FD_DIR)) {
            for (Path p : dir) {
                int fd;
                try {
                    fd = Integer.parseInt(p.getFileName().toString());
                } catch (NumberFormatException e) {
                    continue;
                }
                try {
                    fds.put(fd, Files.readSymbolicLink(p).toString());
                } catch (IOException e) {
                    // closed between listing and readlink (the directory stream's own fd, too)
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot list " + FD_DIR, e);
        }
        return fds;
    }

    private static Set<Thread> nonDaemonThreads() {
        Set<Thread> out = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.isDaemon() && t.isAlive()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * warmUp makes each backend allocate what it keeps for the life of the process (the JDK's
     * pre-closed descriptor, cached selectors, loaded libraries) before any snapshot is taken.
     * Failures here are ignored: the tests themselves report a broken backend.
     */
    private static void warmUp() {
        for (String b : List.of("native", "jdk")) {
            String previous = null;
            try {
                previous = Backends.useForTesting(b);
                try (Socket l = Sockets.socket()) {
                    l.bind(Address.of("127.0.0.1", 0));
                    l.listen();
                    try (Socket c = Sockets.createConnection(l.getsockname(), 2.0); Socket s = l.accept().conn()) {
                        c.sendall(new byte[] {1});
                        s.recv(1);
                        s.settimeout(0.001);
                        try {
                            s.recv(1);
                        } catch (Exception expected) {
                            // TimeoutError
                        }
                        c.shutdown(Sockets.SHUT_RDWR);
                    }
                }
            } catch (Throwable ignored) {
                // reported by the tests
            } finally {
                if (previous != null) {
                    try {
                        Backends.useForTesting(previous);
                    } catch (Throwable ignored) {
                        // reported by the tests
                    }
                }
            }
        }
    }
}
