package dev.pysocket.internal.posix;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.VirtualThreads;
import java.util.concurrent.locks.LockSupport;

/**
 * VirtualWait: one blocking operation of a virtual thread on the native backend
 * (docs/virtual-threads.md). The operation tries its call without blocking and, when the
 * descriptor is not ready, calls {@link #await}, which parks the virtual thread, unmounting it
 * from its carrier, until {@link VirtualPoller} reports the descriptor ready, the operation's
 * deadline passes, or close() unparks it. While parked the thread holds no native memory: its
 * scratch memory went back to the pool when the try ended.
 *
 * <p>Thread.interrupt() does not end the wait, as it does not end a native call on a platform
 * thread (README, "interrupt is no signal"): a parked thread that finds its interrupt flag set
 * clears it so that it does not spin, waits on, and sets it again when the operation ends.
 */
final class VirtualWait implements AutoCloseable {
    private final FdHandle handle;
    /** deadline: System.nanoTime() at which the operation times out; meaningful only when timed. */
    private final long deadline;
    private final boolean timed;
    private boolean interrupted;

    private VirtualWait(FdHandle handle, long timeoutNanos) {
        this.handle = handle;
        this.timed = timeoutNanos > 0;
        this.deadline = timed ? System.nanoTime() + timeoutNanos : 0;
    }

    /**
     * begin returns the wait of one operation with this timeout, or null when the caller blocks
     * in the kernel as before: a platform thread, a call that cannot block (timeout 0.0, the
     * non-blocking mode), or no poller (no epoll on this system).
     */
    static VirtualWait begin(FdHandle handle, long timeoutNanos) {
        if (timeoutNanos == 0 || !VirtualThreads.isVirtual(Thread.currentThread()) || VirtualPoller.get() == null) {
            return null;
        }
        return new VirtualWait(handle, timeoutNanos);
    }

    /** timeLeft: the operation's time left (negative: none; only when timed), for a sendall's next chunk. */
    long timeLeft() {
        return deadline - System.nanoTime();
    }

    /** timed: the operation has a deadline (a timeout, not the blocking mode). */
    boolean timed() {
        return timed;
    }

    /**
     * await parks until the descriptor is ready for events ({@link VirtualPoller#EPOLLIN},
     * {@link VirtualPoller#EPOLLOUT}), or may be (an error, a hangup, a spurious wakeup: the
     * caller tries again). TimeoutError when the deadline passes first, OSError 9 when close()
     * ran. The descriptor is held, and the thread registered with its handle, for the whole
     * wait: close() pre-closes and unparks it (docs/close.md), and the number cannot be reused
     * under the registration.
     */
    void await(int events) throws OSError {
        VirtualPoller poller = VirtualPoller.get();
        Thread me = Thread.currentThread();
        VirtualPoller.Waiting waiting = new VirtualPoller.Waiting(me, events);
        FdHandle.Waiter waker = () -> LockSupport.unpark(me);
        int fd = handle.acquire(waker);
        try {
            // close() sets CLOSED before it takes the waiters out: one that did not see this
            // waiter is seen here, so the thread never parks after close() looked.
            if (!handle.isClosed()) {
                poller.register(fd, waiting);
                try {
                    park(waiting);
                } finally {
                    poller.deregister(fd, waiting);
                }
            }
        } finally {
            handle.release(waker);
        }
        if (handle.isClosed()) {
            throw OSError.of(Errno.EBADF);
        }
        if (!waiting.fired && timed && timeLeft() <= 0) {
            throw new TimeoutError();
        }
    }

    /** park: until the poller fired, close() ran, or the deadline passed; spurious unparks park again. */
    private void park(VirtualPoller.Waiting waiting) {
        while (!waiting.fired && !handle.isClosed()) {
            if (timed) {
                long left = timeLeft();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
            } else {
                LockSupport.park(this);
            }
            if (Thread.interrupted()) {
                interrupted = true;
            }
        }
    }

    /** close ends the operation: an interrupt that arrived while parked is set again. */
    @Override
    public void close() {
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
