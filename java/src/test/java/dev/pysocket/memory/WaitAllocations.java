package dev.pysocket.memory;

import static dev.pysocket.support.ThreadAllocations.CALLS;
import static dev.pysocket.selectors.BaseSelector.EVENT_READ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.support.ThreadAllocations;
import java.util.ArrayList;
import java.util.List;

/**
 * WaitAllocations: the bytes one steady-state wait of a poller (a selector's select, a poll
 * object's poll) allocates over {@value #FEW} and over {@value #MANY} registered sockets, one of
 * them readable, counted by {@link ThreadAllocations}: what a wait allocates must not grow
 * with the number registered.
 */
final class WaitAllocations {
    static final int FEW = 10;
    static final int MANY = 1000;
    /** SLACK: bytes per call the two counts may differ by (the counter's own noise, well below one array). */
    private static final double SLACK = 8;
    /** POLL_CEILING: epoll.poll's list and one (fd, events) pair, with room to spare. */
    static final double POLL_CEILING = 256;
    /** SELECT_CEILING: a selector's list of one (key, events) pair and what it is made from. */
    static final double SELECT_CEILING = 1024;

    /** Waiter: one steady-state wait over the registered sockets, which must report exactly one ready. */
    interface Waiter {
        int readyCount() throws Exception;
    }

    /** Opener: a poller over the given sockets (all registered for reading); the Waiter waits on it. */
    interface Opener {
        Waiter open(List<Socket> sockets, List<AutoCloseable> toClose) throws Exception;
    }

    /**
     * bytesPerWait: registered sockets (socketpairs, both ends), one of them readable; the bytes a
     * wait allocates, averaged over {@link ThreadAllocations#CALLS} waits.
     */
    static double bytesPerWait(int registered, Opener opener) throws Exception {
        List<AutoCloseable> toClose = new ArrayList<>();
        try {
            List<Socket> sockets = new ArrayList<>();
            SocketPair ready = null;
            for (int i = 0; i < registered / 2; i++) {
                SocketPair p = Sockets.socketpair();
                toClose.add(p);
                sockets.add(p.first());
                sockets.add(p.second());
                if (ready == null) {
                    ready = p;
                }
            }
            Waiter waiter = opener.open(sockets, toClose);
            ready.second().send(new byte[] {1}); // level-triggered: first() stays readable
            assertEquals(1, waiter.readyCount(), "one registered socket is readable");
            return ThreadAllocations.during(() -> {
                int n = waiter.readyCount();
                if (n != 1) {
                    throw new AssertionError(n + " ready, expected 1");
                }
            }) / (double) CALLS;
        } finally {
            for (int i = toClose.size() - 1; i >= 0; i--) {
                toClose.get(i).close();
            }
        }
    }

    /**
     * assertFlat: a wait over {@value #MANY} registered sockets allocates as much as one over
     * {@value #FEW}, and at most ceiling bytes (the result with its one entry, and the boxing
     * of a large descriptor number).
     */
    static void assertFlat(String what, double ceiling, Opener opener) throws Exception {
        double few = bytesPerWait(FEW, opener);
        double many = bytesPerWait(MANY, opener);
        System.out.printf("%s: %.1f bytes per call at %d registered, %.1f at %d%n", what, few, FEW, many, MANY);
        assertTrue(many - few <= SLACK, () -> what + " allocates " + few + " bytes per call at " + FEW
                + " registered sockets but " + many + " at " + MANY);
        assertTrue(many <= ceiling, () -> what + " allocates " + many + " bytes per call, more than " + ceiling);
    }

    /** Opens a selector of one kind; an interface, as the constructors throw OSError. */
    interface SelectorKind {
        BaseSelector open() throws Exception;
    }

    /** selector: a selector of kind with every socket registered for reading; a wait is select(0). */
    static WaitAllocations.Opener selector(SelectorKind kind) {
        return (sockets, toClose) -> {
            BaseSelector s = kind.open();
            toClose.add(s);
            for (Socket sock : sockets) {
                s.register(sock, EVENT_READ, null);
            }
            return () -> s.select(0.0).size();
        };
    }

    private WaitAllocations() {
    }
}
