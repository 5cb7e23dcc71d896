package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.POLLHUP;
import static dev.pysocket.internal.Os.POLLIN;
import static dev.pysocket.internal.Os.POLLOUT;

import dev.pysocket.OSError;
import dev.pysocket.internal.SocketImpl;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * JdkSelection: a java.nio {@link Selector} kept open for the life of a jdk-backend selector
 * (Python's selectors.DefaultSelector on the jdk backend), so that a select costs the ready
 * channels, not a registration of every socket as {@link JdkReadiness} makes per call.
 *
 * <p>A jdk socket's channel can appear or change after registration (connect, listen), so each
 * select first brings every entry's key up to date with the channel behind the socket now. A
 * socket with no connection made or under way is ready at once with POLLOUT|POLLHUP, as Linux
 * reports a fresh TCP socket; a closed one is dropped silently, as epoll(7) drops a closed
 * descriptor. {@link #close()} from another thread wakes a select, which then returns null.
 */
public final class JdkSelection implements AutoCloseable {
    /**
     * Entry: one registered socket: its number for the caller, POLL* interest, current key
     * (whose attachment is this entry), and whether the last refresh left that key to report.
     */
    private static final class Entry {
        final SocketImpl impl;
        final int fd;
        int events;
        SelectionKey key;
        /** watched: the last refresh found the socket open, not idle, and its key current. */
        volatile boolean watched;

        Entry(SocketImpl impl, int fd, int events) {
            this.impl = impl;
            this.fd = fd;
            this.events = events;
        }
    }

    private final Selector selector;
    /** entries: the registered sockets by identity (this). */
    private final Map<SocketImpl, Entry> entries = new IdentityHashMap<>();

    private JdkSelection(Selector selector) {
        this.selector = selector;
    }

    /**
     * open: a selection on a new Selector.
     *
     * @throws OSError when no Selector can be opened (EMFILE, ...)
     */
    public static JdkSelection open() throws OSError {
        try {
            return new JdkSelection(Selector.open());
        } catch (IOException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    /** put registers impl (reported as fd) for POLLIN/POLLOUT events, or changes its events. */
    public synchronized void put(SocketImpl impl, int fd, int events) {
        Entry e = entries.get(impl);
        if (e == null) {
            entries.put(impl, new Entry(impl, fd, events));
        } else {
            e.events = events;
        }
        selector.wakeup(); // a select under way takes the change into account
    }

    /** remove forgets impl; its key is cancelled (the Selector drops it at its next select). */
    public synchronized void remove(SocketImpl impl) {
        Entry e = entries.remove(impl);
        if (e != null && e.key != null) {
            e.key.cancel();
        }
    }

    /**
     * select waits until a registered socket is ready or timeoutNs passes (&lt; 0: no limit,
     * 0: just look).
     *
     * @return (fd, POLL* events) of the ready sockets; null when the selection was closed
     * @throws OSError the Selector's error
     */
    public List<int[]> select(long timeoutNs) throws OSError {
        long deadline = timeoutNs > 0 ? System.nanoTime() + timeoutNs : 0;
        try {
            for (;;) {
                List<int[]> ready = new ArrayList<>();
                synchronized (this) {
                    if (!selector.isOpen()) {
                        return null;
                    }
                    refresh(ready);
                }
                if (!ready.isEmpty() || timeoutNs == 0) {
                    selector.selectNow();
                } else if (timeoutNs < 0) {
                    selector.select();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        selector.selectNow();
                    } else {
                        // select(0) would block forever: at least 1 ms, rounded up.
                        selector.select(Math.max(1, (left + 999_999) / 1_000_000));
                    }
                }
                for (SelectionKey k : selector.selectedKeys()) {
                    Entry e = (Entry) k.attachment();
                    if (e != null && e.watched && e.key == k && k.isValid()) {
                        int revents = readyEvents(k.readyOps(), e.events);
                        if (revents != 0) {
                            ready.add(new int[] {e.fd, revents});
                        }
                    }
                }
                selector.selectedKeys().clear();
                boolean timedOut = timeoutNs == 0 || (timeoutNs > 0 && System.nanoTime() - deadline >= 0);
                if (!ready.isEmpty() || timedOut || Thread.currentThread().isInterrupted()) {
                    return ready;
                }
            }
        } catch (ClosedSelectorException e) {
            return null;
        } catch (IOException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    /**
     * refresh brings every key up to date with its socket's channel now; idle sockets go to
     * ready. It walks the entries themselves (values(), whose iterator makes no object per
     * entry) and marks the keys to report in them, so that a select allocates nothing per
     * registered socket.
     */
    private void refresh(List<int[]> ready) throws IOException {
        for (Entry e : entries.values()) {
            SocketImpl impl = e.impl;
            e.watched = false;
            SelectableChannel ch = impl.lifetime().isClosed() ? null : JdkReadiness.channelOf(impl);
            if (e.key != null && e.key.channel() != ch) {
                e.key.cancel();
                e.key = null;
            }
            if (impl.lifetime().isClosed() || (ch != null && !ch.isOpen())) {
                continue;
            }
            if (JdkReadiness.idle(ch)) {
                ready.add(new int[] {e.fd, (e.events & POLLOUT) | POLLHUP});
                continue;
            }
            int ops = JdkReadiness.interest(ch, e.events);
            if (e.key == null) {
                e.key = registerFresh(ch, ops, e);
            } else if (e.key.interestOps() != ops) {
                e.key.interestOps(ops);
            }
            e.watched = true;
        }
    }

    /** registerFresh registers ch, flushing a cancelled key of it first (unregister then register). */
    private SelectionKey registerFresh(SelectableChannel ch, int ops, Entry entry) throws IOException {
        try {
            return ch.register(selector, ops, entry);
        } catch (CancelledKeyException e) {
            selector.selectNow(); // deregisters cancelled keys
            selector.selectedKeys().clear();
            return ch.register(selector, ops, entry);
        }
    }

    private static int readyEvents(int ops, int events) {
        int revents = 0;
        if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            revents |= events & POLLIN;
        }
        if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            revents |= events & POLLOUT;
        }
        return revents;
    }

    /** isOpen: false once closed. */
    public boolean isOpen() {
        return selector.isOpen();
    }

    /** close closes the Selector (waking a select under way); idempotent. */
    @Override
    public void close() throws OSError {
        try {
            selector.close();
        } catch (IOException e) {
            throw JdkErrors.toOSError(e);
        }
        synchronized (this) {
            entries.clear();
        }
    }
}
