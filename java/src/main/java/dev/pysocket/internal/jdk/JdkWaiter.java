package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * JdkWaiter is the poll() of one direction of one socket (R2): a lock that queues the
 * direction's threads, each with its own deadline or none (blocking mode), and the state the
 * {@link JdkPoller} it waits in keeps for the thread waiting now. A socket has two
 * (reads/accept, writes/connect), so a thread sending never waits behind a reader. What
 * {@code sun.nio.ch.SelChImpl.park} is to a blocking channel, for channels that are always
 * non-blocking.
 *
 * <p>A waiter opens no descriptor: all sockets wait in the process's few pollers ({@link JdkPollers}).
 */
final class JdkWaiter {
    /** lock: held by the one thread of this direction in await. */
    private final ReentrantLock lock = new ReentrantLock();

    // The poller's view of the thread in await (JdkPoller.await writes ops and resets the
    // flags before it publishes thread).
    /** thread: the thread in await now, or null. */
    volatile Thread thread;
    /** ops: what that thread waits for (read by the poller under the key's attachment lock). */
    int ops;
    /** ready: the poller saw ops ready. */
    volatile boolean ready;
    /** poked: the poller's release (a forgotten channel) asked the thread to try its call again. */
    volatile boolean poked;
    /** closed: set once by close(); every await then raises EBADF. */
    volatile boolean closed;
    /** key: the channel's key in the poller that this direction used last. */
    volatile SelectionKey key;
    /**
     * pollFirst: the last call of this direction found nothing at its first try, or slept
     * after polling first, so the next call polls before it tries (JdkCall): a reply in a
     * request-response exchange then costs an epoll_wait and a read, not a failed read more.
     * Read and written without the lock: a stale value costs one system call, nothing else.
     */
    boolean pollFirst;
    /** poller: the poller this direction waits in now, or waited in last (JdkPollers.choose). */
    volatile JdkPoller poller;

    JdkWaiter() {
        JdkPollers.prepare();
    }

    /**
     * lock takes the direction's lock: before deadline (System.nanoTime) when timed, else
     * TimeoutError; untimed (blocking mode) it waits as long as it takes. An interrupt
     * raises EINTR.
     */
    void lock(boolean timed, long deadline) throws OSError {
        try {
            if (!timed) {
                lock.lockInterruptibly();
            } else if (!lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TimeoutError();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // kept set, as a raising signal handler leaves it (R10)
            throw OSError.of(Errno.EINTR);
        }
    }

    void unlock() {
        lock.unlock();
    }

    /**
     * await waits (caller holds the lock) until ch is ready for ops, the deadline passes when
     * timed (TimeoutError, R2 step 3), the socket closes (EBADF, or the channel's own
     * ClosedChannelException for the caller to judge) or the thread is interrupted (EINTR).
     * A return means "try the call again", not a promise that it will succeed (R2 step 6).
     */
    void await(SelectableChannel ch, int ops, boolean timed, long deadline) throws IOException {
        if (timed && deadline - System.nanoTime() <= 0) {
            throw new TimeoutError();
        }
        if (closed) {
            throw OSError.of(Errno.EBADF);
        }
        try {
            JdkPollers.choose(this).await(this, ch, ops, timed, deadline);
        } catch (CancelledKeyException e) {
            // forget() dropped the key meanwhile (a channel swap): the retry sees the new state.
            return;
        }
        if (Thread.currentThread().isInterrupted()) {
            // A Java interrupt plays the part of a signal handler that raises (R10).
            throw OSError.of(Errno.EINTR);
        }
    }

    /**
     * pause parks the calling thread (which holds the lock) for about nanos, for a wait that no
     * readiness event ends (an AF_UNIX connect to a full backlog); close() ends it early.
     * Raises EBADF once closed, EINTR when the thread is interrupted.
     */
    void pause(long nanos) throws OSError {
        thread = Thread.currentThread();
        try {
            if (!closed && !poked) {
                LockSupport.parkNanos(this, nanos);
            }
        } finally {
            thread = null;
            poked = false;
        }
        if (closed) {
            throw OSError.of(Errno.EBADF);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw OSError.of(Errno.EINTR); // a Java interrupt plays a raising signal handler (R10)
        }
    }

    /** poke makes the thread in await, if any, return to try its call again. */
    void poke(JdkPoller p) {
        poked = true;
        Thread t = thread;
        if (t != null) {
            p.wake(t);
        }
    }

    /**
     * close wakes a thread in await or pause (it raises EBADF); idempotent. The keys the closed
     * channels leave in the pollers are dropped by {@link JdkPollers#flush}, which the socket
     * calls once for both directions.
     */
    void close() {
        closed = true;
        Thread t = thread;
        if (t == null) {
            return;
        }
        JdkPoller p = poller;
        if (p != null) {
            p.wake(t);
        } else {
            LockSupport.unpark(t); // a thread in pause
        }
    }
}
