package dev.pysocket.memory;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * LargeReceiveProbe: a child-JVM main for {@link ThreadMemoryTest}. THREADS threads each make
 * one recv(4 MiB) and one non-blocking send(4 MiB) on their own loopback connection, then stay alive
 * while the JVM reports how many calls failed and how much direct memory the threads keep.
 * Prints {@code failures=N directDelta=BYTES}.
 */
public final class LargeReceiveProbe {
    private static final int THREADS = 64;
    private static final int SIZE = 4 << 20;

    private LargeReceiveProbe() {
    }

    public static void main(String[] args) throws Exception {
        long before = directUsed();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(THREADS);
        CountDownLatch exit = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        try (Socket listener = Sockets.createServer(Address.of("127.0.0.1", 0))) {
            for (int i = 0; i < THREADS; i++) {
                Socket client = Sockets.createConnection(listener.getsockname());
                Accepted a = listener.accept();
                Thread t = new Thread(() -> {
                    try (Socket c = client; Socket server = a.conn()) {
                        server.sendall(new byte[SIZE / 8]); // something to receive, without blocking
                        c.recv(SIZE);
                        c.setblocking(false); // takes what fits, and nobody reads it
                        c.send(new byte[SIZE]);
                    } catch (Throwable e) {
                        failures.incrementAndGet();
                        System.err.println(e);
                    } finally {
                        done.countDown();
                    }
                    try {
                        exit.await(); // alive: what the thread keeps is still kept
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.start();
                threads.add(t);
            }
            done.await();
            System.out.println("failures=" + failures.get() + " directDelta=" + (directUsed() - before));
        } finally {
            exit.countDown();
            for (Thread t : threads) {
                t.join();
            }
        }
    }

    private static long directUsed() {
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                return pool.getMemoryUsed();
            }
        }
        throw new IllegalStateException("no direct buffer pool");
    }
}
