package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.POLLHUP;
import static dev.pysocket.internal.Os.POLLIN;
import static dev.pysocket.internal.Os.POLLNVAL;
import static dev.pysocket.internal.Os.POLLOUT;
import static dev.pysocket.internal.Os.POLLRDNORM;
import static dev.pysocket.internal.Os.POLLWRNORM;

import dev.pysocket.OSError;
import dev.pysocket.internal.SocketImpl;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * JdkReadiness: poll(2) for jdk-backend sockets, on a java.nio {@link Selector} of its own for
 * the one call (Python's select.select and select.poll on the jdk backend). A socket's channel
 * is always non-blocking ({@link JdkSocket#selectableChannel}), so any Selector can take it
 * beside the process's own pollers.
 *
 * <p>What a Selector can tell: POLLIN is OP_READ (OP_ACCEPT for a listener), POLLOUT is OP_WRITE
 * (OP_CONNECT while a connect is in progress). A socket with no connection under way reports
 * POLLOUT|POLLHUP at once, as Linux reports a fresh TCP socket; a closed one POLLNVAL. POLLPRI,
 * POLLERR and POLLHUP of a peer that went away are not seen: the peer's close shows as POLLIN
 * (the next recv returns b"" or raises).
 */
public final class JdkReadiness {
    private static final int WANTS_IN = POLLIN | POLLRDNORM;
    private static final int WANTS_OUT = POLLOUT | POLLWRNORM;

    private JdkReadiness() {
    }

    /**
     * poll waits until one of the first n sockets is ready for its events (POLL* bits) or
     * timeoutNs passes (&lt; 0: no limit, 0: just look), and writes each one's revents.
     *
     * @return how many entries have revents
     * @throws OSError when no Selector can be opened (EMFILE, ...)
     */
    public static int poll(SocketImpl[] impls, int[] events, int n, long timeoutNs, int[] revents) throws OSError {
        try (Selector selector = Selector.open()) {
            Map<SelectableChannel, SelectionKey> keys = new IdentityHashMap<>();
            SelectionKey[] keyOf = new SelectionKey[n];
            int immediate = 0;
            for (int i = 0; i < n; i++) {
                revents[i] = 0;
                SelectableChannel ch = channelOf(impls[i]);
                if (impls[i].lifetime().isClosed() || (ch != null && !ch.isOpen())) {
                    revents[i] = POLLNVAL;
                } else if (idle(ch)) {
                    revents[i] = (events[i] & WANTS_OUT) | POLLHUP;
                } else {
                    int ops = interest(ch, events[i]);
                    if (ops != 0) {
                        keyOf[i] = register(selector, keys, ch, ops);
                    }
                }
                if (revents[i] != 0) {
                    immediate++;
                }
            }
            long deadline = timeoutNs > 0 ? System.nanoTime() + timeoutNs : 0;
            int ready = 0;
            for (;;) {
                if (immediate > 0 || timeoutNs == 0) {
                    selector.selectNow();
                } else if (timeoutNs < 0) {
                    selector.select();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left > 0) {
                        // select(0) would block forever: at least 1 ms, rounded up as CPython does.
                        selector.select(Math.max(1, (left + 999_999) / 1_000_000));
                    } else {
                        selector.selectNow();
                    }
                }
                ready = immediate;
                for (int i = 0; i < n; i++) {
                    if (keyOf[i] != null) {
                        revents[i] = readyEvents(keyOf[i], events[i]);
                        if (revents[i] != 0) {
                            ready++;
                        }
                    }
                }
                boolean timedOut = timeoutNs >= 0 && (timeoutNs == 0 || System.nanoTime() - deadline >= 0);
                if (ready > 0 || timedOut || Thread.currentThread().isInterrupted()) {
                    return ready;
                }
                // A wakeup with nothing of ours ready (a key of an interest we do not ask): wait on.
            }
        } catch (IOException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    /** channelOf: the channel behind a jdk socket now (null before one exists). */
    static SelectableChannel channelOf(SocketImpl impl) {
        if (impl instanceof JdkSocket) {
            return ((JdkSocket) impl).selectableChannel();
        }
        AbstractJdkSocket s = (AbstractJdkSocket) impl;
        Channel[] channels;
        synchronized (s.stateLock) {
            channels = s.channels();
        }
        for (Channel c : channels) {
            if (c instanceof SelectableChannel) {
                return (SelectableChannel) c;
            }
        }
        return null;
    }

    /** idle: a stream socket with no connection made or under way (or no channel yet). */
    static boolean idle(SelectableChannel ch) {
        if (ch == null) {
            return true;
        }
        if (ch instanceof SocketChannel) {
            SocketChannel sc = (SocketChannel) ch;
            return !sc.isConnected() && !sc.isConnectionPending();
        }
        return false;
    }

    /** interest: the Selector ops that stand for events on ch. */
    static int interest(SelectableChannel ch, int events) {
        int ops = 0;
        if ((events & WANTS_IN) != 0) {
            ops |= ch instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((events & WANTS_OUT) != 0 && !(ch instanceof ServerSocketChannel)) {
            boolean connecting = ch instanceof SocketChannel && ((SocketChannel) ch).isConnectionPending();
            ops |= connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops & ch.validOps();
    }

    /** register adds ops to ch's key in selector (one key per channel, however often it is listed). */
    private static SelectionKey register(Selector selector, Map<SelectableChannel, SelectionKey> keys,
            SelectableChannel ch, int ops) throws ClosedChannelException {
        SelectionKey key = keys.get(ch);
        if (key == null) {
            key = ch.register(selector, ops);
            keys.put(ch, key);
        } else {
            key.interestOps(key.interestOps() | ops);
        }
        return key;
    }

    /** readyEvents: the POLL* bits of events that key's ready set shows. */
    private static int readyEvents(SelectionKey key, int events) {
        if (!key.isValid()) {
            return POLLNVAL;
        }
        int ops = key.readyOps();
        int revents = 0;
        if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            revents |= events & WANTS_IN;
        }
        if ((ops & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            revents |= events & WANTS_OUT;
        }
        return revents;
    }
}
