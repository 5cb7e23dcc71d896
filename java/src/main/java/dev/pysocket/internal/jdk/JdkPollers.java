package dev.pysocket.internal.jdk;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.util.Arrays;

/**
 * JdkPollers: the few {@link JdkPoller}s all jdk-backend sockets wait in, opened together with
 * the first socket, while descriptors are free (a socket's first wait then needs none, R2).
 *
 * <p>Why more than one: a Selector lets one thread select at a time, so a second thread that
 * waits meanwhile is handed its readiness by the first (leader and followers), at the price
 * of a thread wake-up and one more select per wait. Two threads that take turns, a request
 * and its reply in one process, would pay it on every exchange; with a poller each, each
 * waits alone, as a thread blocked in the kernel does. A waiting thread takes the poller it
 * used last if nobody selects there, else any such poller; more waiting threads than pollers
 * share them as leaders and followers.
 */
final class JdkPollers {
    /** COUNT: how many pollers to open: one per CPU, from 2 to 4 (each costs two descriptors and a thread). */
    private static final int COUNT = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final JdkPoller[] NONE = new JdkPoller[0];

    private static final Object OPEN_LOCK = new Object();
    /** pool: the open pollers, null until the first socket. */
    private static volatile JdkPoller[] pool;

    private JdkPollers() {
    }

    /** prepare opens the pollers now if they are not open, quietly (the first wait tries again). */
    static void prepare() {
        if (pool == null) {
            try {
                open();
            } catch (IOException e) {
                // the first wait reports what fails then
            }
        }
    }

    /**
     * choose returns the poller for w to wait in: the one it used last if nobody selects
     * there, else one where nobody selects, else the one it used last (or the first).
     */
    static JdkPoller choose(JdkWaiter w) throws IOException {
        JdkPoller[] all = open();
        JdkPoller last = w.poller;
        if (last != null && !last.busy()) {
            return last;
        }
        for (JdkPoller p : all) {
            if (!p.busy()) {
                return p;
            }
        }
        return last != null ? last : all[0];
    }

    /**
     * forget drops ch from every poller (see {@link JdkPoller#release}), so that closing ch
     * closes its descriptor at once.
     */
    static void forget(SelectableChannel ch) {
        for (JdkPoller p : existing()) {
            p.release(ch);
        }
    }

    /**
     * deregister drops the keys of channels (about to close) from the pollers, without
     * waiting for a poller where another thread selects (it drops them on its wake-up).
     */
    static void deregister(Channel[] channels) {
        for (JdkPoller p : existing()) {
            p.deregister(channels);
        }
    }

    /**
     * flush makes the pollers that hold a key of one of channels (closed by now) drop it, so
     * that their descriptors close now. Only those: a poller where another thread selects
     * would be woken for nothing (an eventfd write, and a spurious epoll_wait return).
     */
    static void flush(Channel[] channels) {
        for (JdkPoller p : existing()) {
            if (p.holdsKeyOf(channels)) {
                p.flush();
            }
        }
    }

    private static JdkPoller[] existing() {
        JdkPoller[] all = pool;
        return all != null ? all : NONE;
    }

    /** open opens the pool on first use: at least one poller, the others as descriptors allow. */
    private static JdkPoller[] open() throws IOException {
        JdkPoller[] all = pool;
        if (all != null) {
            return all;
        }
        synchronized (OPEN_LOCK) {
            if (pool == null) {
                JdkPoller[] opened = new JdkPoller[COUNT];
                int n = 0;
                try {
                    for (; n < COUNT; n++) {
                        opened[n] = new JdkPoller(Selector.open(), "pysocket-jdk-deadlines-" + n);
                    }
                } catch (IOException e) {
                    if (n == 0) {
                        throw e;
                    }
                }
                pool = Arrays.copyOf(opened, n);
            }
            return pool;
        }
    }
}
