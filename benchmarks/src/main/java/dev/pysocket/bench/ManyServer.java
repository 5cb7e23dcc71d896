package dev.pysocket.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * ManyServer: the JVM servers of the "many" workloads (WORKLOADS.md), one per process, started
 * by {@code benchmarks/runner/many.py} and driven by the C load generator {@code psk_many_c}:
 * an echo server on 127.0.0.1 that answers every 64-byte request with its bytes.
 *
 * <p>{@code ManyServer <impl>}, impl one of {@value Impls#PYSOCKET_NATIVE},
 * {@value Impls#PYSOCKET_JDK}, {@value Impls#NIO} (one thread, non-blocking sockets, a
 * selector) or {@value #VT_PYSOCKET_NATIVE}, {@value #VT_JAVA_NET} (a thread per connection on
 * virtual threads, Java 21+).
 *
 * <p>Control on stdin/stdout: prints {@code port <n>} once listening; a line {@code mem} is
 * answered {@code heap <bytes>}, the used heap after full collections (the runner reads the
 * RSS itself); {@code quit} or end of input exits.
 */
public final class ManyServer {
    static final String VT_PYSOCKET_NATIVE = "vt-pysocket-native";
    static final String VT_JAVA_NET = "vt-java.net";
    /** BACKLOG: 10,000 clients connect as fast as they can; the kernel caps it at somaxconn. */
    static final int BACKLOG = 4096;

    private ManyServer() {
    }

    /**
     * main: serves until told to quit.
     *
     * @param args the impl name
     * @throws Exception any failure of the server, which ends the process non-zero
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManyServer <impl>");
        }
        String impl = args[0];
        Runnable serve = switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK -> ManySelectorServers.pysocket(impl);
            case Impls.NIO -> ManySelectorServers.nio();
            case VT_PYSOCKET_NATIVE -> ManyThreadServers.pysocket(virtualThreads());
            case VT_JAVA_NET -> ManyThreadServers.javaNet(virtualThreads());
            default -> throw Impls.unknown(impl, "many");
        };
        Thread server = new Thread(() -> {
            try {
                serve.run();
            } catch (RuntimeException | Error e) {
                // A dead server must not leave the clients waiting: fail the whole run.
                e.printStackTrace();
                System.exit(1);
            }
        }, "many-" + impl);
        server.setDaemon(true);
        server.start();
        control();
    }

    /** announce: the line the runner waits for before it starts the clients. */
    static void announce(int port) {
        System.out.println("port " + port);
        System.out.flush();
    }

    /**
     * virtualThreads: Executors.newVirtualThreadPerTaskExecutor() (Java 21), looked up at run
     * time since this code is compiled for Java 17.
     */
    private static ExecutorService virtualThreads() throws ReflectiveOperationException {
        try {
            return (ExecutorService) java.util.concurrent.Executors.class
                    .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("virtual threads need Java 21+, this is "
                    + System.getProperty("java.version"), e);
        }
    }

    private static void control() throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // The first reading's own start-up (the management classes, the reader) leaves objects
        // that would count as the server's: one reading before any that counts.
        usedHeapAfterGc(memory);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            if (line.equals("mem")) {
                System.out.println("heap " + usedHeapAfterGc(memory));
                System.out.flush();
            }
        }
        System.exit(0);
    }

    /** usedHeapAfterGc: with -XX:+UseSerialGC (the runner's), System.gc() is a full collection. */
    private static long usedHeapAfterGc(MemoryMXBean memory) {
        // Two collections: the first may only queue finalizable/cleanable objects.
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }
}
