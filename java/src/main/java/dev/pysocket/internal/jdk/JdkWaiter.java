package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * JdkWaiter is the poll() of timeout mode (R2) for one direction of one socket: a lock,
 * a Selector opened on first need, and the socket's key in it.
 *
 * <p>A socket has two (reads/accept, writes/connect) because Selector.select holds the
 * selector's monitor: with one, a thread sending with a timeout would wait behind a reader's
 * whole select. Threads of one direction take {@link #lock} with their own deadline, so a
 * queued caller still times out on time. Costs the selector's descriptors (an epoll fd and a
 * wakeup pipe on Linux) per direction, only once a call actually had to wait.
 */
final class JdkWaiter {
    private static final Consumer<SelectionKey> IGNORE = k -> { };

    /** lock: held by the one thread using selector and key. */
    private final ReentrantLock lock = new ReentrantLock();
    /** selector: opened on first wait (guarded by this for open/close, used under lock). */
    private Selector selector;
    /** key: the registration of the channel last waited on (under lock; cancelled by any thread). */
    private volatile SelectionKey key;
    /** closed: set by close(); no selector is opened afterwards (guarded by this). */
    private boolean closed;

    /** lock takes the direction's lock before deadline (System.nanoTime), else TimeoutError. */
    void lock(long deadline) throws OSError {
        try {
            if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutError();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OSError.of(Errno.EINTR);
        }
    }

    void unlock() {
        lock.unlock();
    }

    /**
     * await waits (caller holds the lock) until ch is ready for ops, the deadline passes
     * (TimeoutError, R2 step 3) or the socket closes (EBADF, or the channel's own
     * ClosedChannelException for the caller to judge). A return means "try the call again",
     * not a promise that it will succeed (R2 step 6).
     */
    void await(SelectableChannel ch, int ops, long deadline) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new TimeoutError();
        }
        try {
            Selector sel = selector();
            SelectionKey k = key;
            if (k == null || !k.isValid() || k.channel() != ch) {
                if (k != null) {
                    k.cancel();
                }
                // Flush cancelled keys first: registering a channel whose cancelled key is
                // still in this selector throws CancelledKeyException.
                sel.selectNow(IGNORE);
                k = ch.register(sel, ops);
                key = k;
            } else if (k.interestOps() != ops) {
                k.interestOps(ops);
            }
            // Round up (R2 step 2): 0 would mean "forever" to Selector.select. Written
            // without an addition so a huge timeout cannot overflow.
            sel.select(IGNORE, remaining / 1_000_000 + (remaining % 1_000_000 == 0 ? 0 : 1));
        } catch (ClosedSelectorException e) {
            // Only close() closes the selector.
            OSError err = OSError.of(Errno.EBADF);
            err.initCause(e);
            throw err;
        } catch (CancelledKeyException | IllegalBlockingModeException e) {
            // setTimeoutMode switched the channel to blocking meanwhile: the caller's retry
            // then blocks in the kernel, as CPython's recv does after its poll.
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            // A Java interrupt plays the part of a signal handler that raises (R10).
            throw OSError.of(Errno.EINTR);
        }
    }

    /**
     * forget drops ch's registration so ch can go back to blocking mode or be closed for real
     * (a channel closes its descriptor only once deregistered).
     */
    void forget(SelectableChannel ch) {
        SelectionKey k = key;
        if (k == null || k.channel() != ch) {
            return;
        }
        k.cancel();
        if (lock.tryLock()) {
            try {
                Selector sel = selector;
                if (sel != null && sel.isOpen()) {
                    sel.selectNow(IGNORE);
                }
            } catch (IOException | ClosedSelectorException e) {
                // The key is cancelled either way; the next select flushes it.
            } finally {
                lock.unlock();
            }
        }
    }

    /** wakeup makes a thread in await return at once (its retry then sees the new state). */
    void wakeup() {
        Selector sel;
        synchronized (this) {
            sel = selector;
        }
        if (sel != null) {
            sel.wakeup();
        }
    }

    /** close wakes a thread in await (it raises EBADF) and closes the selector; idempotent. */
    void close() {
        Selector sel;
        synchronized (this) {
            closed = true;
            sel = selector;
        }
        if (sel != null) {
            try {
                // Selector.close wakes the selecting thread, then deregisters every key, which
                // lets a closed channel release its descriptor.
                sel.close();
            } catch (IOException e) {
                // Nothing to report: the socket is closed regardless (R16).
            }
        }
    }

    private Selector selector() throws IOException {
        synchronized (this) {
            if (closed) {
                throw new ClosedSelectorException();
            }
            if (selector == null) {
                selector = Selector.open();
            }
            return selector;
        }
    }
}
