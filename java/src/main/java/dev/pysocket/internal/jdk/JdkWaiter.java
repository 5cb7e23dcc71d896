package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * JdkWaiter is the poll() of timeout mode (R2) for one direction of one socket: a lock that
 * queues the direction's threads with their own deadlines, and the state the process-wide
 * {@link JdkPoller} keeps for the thread waiting now. A socket has two (reads/accept,
 * writes/connect), so a thread sending with a timeout never waits behind a reader.
 *
 * <p>A waiter opens no descriptor: all sockets wait in the poller's one selector.
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
    /** poked: wakeup() or forget asked the thread to try its call again. */
    volatile boolean poked;
    /** closed: set once by close(); every await then raises EBADF. */
    volatile boolean closed;
    /** key: the channel's key in the poller that this direction used last. */
    volatile SelectionKey key;

    JdkWaiter() {
        JdkPoller.prepare();
    }

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

    /** lock takes the direction's lock with no deadline (blocking mode). */
    void lock() throws OSError {
        try {
            lock.lockInterruptibly();
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
        if (deadline - System.nanoTime() <= 0) {
            throw new TimeoutError();
        }
        if (closed) {
            throw OSError.of(Errno.EBADF);
        }
        try {
            JdkPoller.get().await(this, ch, ops, deadline);
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
     * pause parks the calling thread (which holds the lock) for about nanos, for a wait that no
     * readiness event ends (an AF_UNIX connect to a full backlog); close() and wakeup() end it
     * early. Raises EBADF once closed, EINTR when the thread is interrupted.
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

    /**
     * forget drops ch from the poller so ch can go back to blocking mode or close for real
     * (a channel closes its descriptor only once deregistered); a thread waiting on it
     * returns to try its call again.
     */
    void forget(SelectableChannel ch) {
        JdkPoller p = JdkPoller.existing();
        if (p != null) {
            p.release(ch);
        }
    }

    /** wakeup makes a thread in await return at once (its retry then sees the new state). */
    void wakeup() {
        JdkPoller p = JdkPoller.existing();
        if (p != null) {
            poke(p);
        }
    }

    /** poke: wakeup, given the poller. */
    void poke(JdkPoller p) {
        poked = true;
        Thread t = thread;
        if (t != null) {
            p.wake(t);
        }
    }

    /**
     * close wakes a thread in await (it raises EBADF) and has the poller drop the keys the
     * closed channels leave, so their descriptors close now; idempotent.
     */
    void close() {
        closed = true;
        Thread t = thread;
        JdkPoller p = JdkPoller.existing();
        if (p == null) {
            LockSupport.unpark(t); // a thread in pause
            return;
        }
        if (t != null) {
            p.wake(t);
        }
        if (key != null) {
            p.flush();
        }
    }
}
