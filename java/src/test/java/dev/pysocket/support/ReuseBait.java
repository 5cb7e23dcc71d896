package dev.pysocket.support;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * ReuseBait: a thread that keeps opening {@link BaitGroup}s and retiring them (a few alive at
 * a time), so a descriptor number freed by a close is taken by a socket holding bait data at
 * once, whenever the close happens (also the close deferred to the last thread leaving). A
 * call that still uses a freed number then returns bait, or changes a bait socket, which
 * {@link #takeWrong()} reports.
 */
public final class ReuseBait implements AutoCloseable {
    private static final int ALIVE = 4;
    /** PAUSE_NANOS between groups: keeps the bait from taking a whole core of this 2-core machine. */
    private static final long PAUSE_NANOS = 300_000;

    private final Socket listener;
    private final Thread thread;
    private final List<String> wrong = new ArrayList<>();
    private volatile boolean stop;
    private int groups;

    private ReuseBait(Socket listener) {
        this.listener = listener;
        this.thread = new Thread(this::run, "reuse-bait");
        this.thread.setDaemon(true);
    }

    /** start opens the bait listener (current backend) and starts the thread. */
    public static ReuseBait start() throws OSError {
        Socket l = Sockets.socket();
        try {
            l.bind(Address.of("127.0.0.1", 0));
            l.listen();
        } catch (OSError | RuntimeException e) {
            l.close();
            throw e;
        }
        ReuseBait b = new ReuseBait(l);
        b.thread.start();
        return b;
    }

    private void run() {
        Deque<BaitGroup> alive = new ArrayDeque<>();
        try {
            while (!stop) {
                try {
                    alive.add(BaitGroup.open(listener));
                    groups++;
                } catch (OSError | RuntimeException e) {
                    record(List.of("opening a bait group failed: " + e));
                }
                if (alive.size() > ALIVE) {
                    record(alive.poll().checkAndClose());
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        } finally {
            while (!alive.isEmpty()) {
                record(alive.poll().checkAndClose());
            }
        }
    }

    private void record(List<String> found) {
        if (!found.isEmpty()) {
            synchronized (wrong) {
                wrong.addAll(found);
            }
        }
    }

    /** takeWrong returns what the bait found wrong since the last call, and forgets it. */
    public List<String> takeWrong() {
        synchronized (wrong) {
            List<String> out = new ArrayList<>(wrong);
            wrong.clear();
            return out;
        }
    }

    /** close stops the thread (checking the groups still alive) and closes the listener; returns the groups opened. */
    @Override
    public void close() throws OSError {
        stop = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.close();
        if (thread.isAlive()) {
            throw new AssertionError("the reuse-bait thread did not stop");
        }
    }

    /** groups: how many bait groups the thread opened (read after close). */
    public int groups() {
        return groups;
    }
}
