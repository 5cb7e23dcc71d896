package dev.pysocket.bench;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Watchdog bounds the calls that have no timeout of their own (pysocket and NIO in blocking
 * mode: a timeout there would change what is measured). If the peer makes no progress for
 * 60 s (-Dpysocket.bench.stallSeconds) it closes the trial's sockets, which wakes every
 * blocked call with an exception, so a hung trial fails instead of hanging the run. Progress,
 * not trial age, because the runner may ask for long trials.
 */
final class Watchdog implements Closeable {
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(Long.getLong("pysocket.bench.stallSeconds", 60));
    private static final long CHECK_MILLIS = 1_000;

    private final Thread thread;
    private volatile boolean stopped;

    private Watchdog(String name, Peer peer, Closeable[] victims) {
        thread = new Thread(() -> watch(peer, victims), name + "-watchdog");
        thread.setDaemon(true);
    }

    /** start watches peer and closes victims if it stalls. */
    static Watchdog start(String name, Peer peer, Closeable... victims) {
        Watchdog w = new Watchdog(name, peer, victims.clone());
        w.thread.start();
        return w;
    }

    private void watch(Peer peer, Closeable[] victims) {
        long seen = peer.steps();
        long since = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                return; // close() interrupts: the trial ended normally
            }
            long now = System.nanoTime();
            long steps = peer.steps();
            if (steps != seen) {
                seen = steps;
                since = now;
            } else if (now - since > STALL_NANOS && !stopped) {
                System.err.println(thread.getName() + ": no progress for "
                        + TimeUnit.NANOSECONDS.toSeconds(now - since) + " s, closing the trial's sockets");
                for (Closeable c : victims) {
                    try {
                        c.close();
                    } catch (IOException | RuntimeException e) {
                        System.err.println(thread.getName() + ": close failed: " + e);
                    }
                }
                return;
            }
        }
    }

    /** close stops watching (bounded wait). */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
