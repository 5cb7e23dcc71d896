package dev.pysocket.internal;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * FdHandle owns one OS descriptor and makes close safe under concurrent use (DESIGN.md
 * "fd lifetime", after Go's internal/poll/fd_mutex.go): one atomic word holds a "closed"
 * bit and the count of operations in flight.
 *
 * <ul>
 *   <li>Every operation {@link #acquire()}s the descriptor (EBADF once closed) and
 *       {@link #release()}s it when done.</li>
 *   <li>{@link #close()} sets the closed bit. With nobody inside, it closes the descriptor
 *       at once. Otherwise it asks the owner to {@link Closer#wake wake} the blocked threads
 *       (the native backend shuts the socket down, which makes blocked recv/accept/poll
 *       return on Linux), and the last operation to leave closes the descriptor. So the
 *       number cannot be reused by another socket while a thread may still use it.</li>
 * </ul>
 */
public final class FdHandle {
    private static final long CLOSED = 1L << 62;
    /** DETACHED (with CLOSED): the descriptor was given away by detach(); nobody closes it. */
    private static final long DETACHED = 1L << 61;
    private static final long REFS = DETACHED - 1;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(FdHandle.class, "state", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Closer: what the owner does to wake blocked users and to finally close the descriptor. */
    public interface Closer {
        /** wake makes threads blocked on fd return (they then see the handle closed). */
        void wake(int fd);

        /** destroy closes fd for real; returns 0 or a negative errno. Called exactly once. */
        int destroy(int fd);
    }

    private final int fd;
    private final Closer closer;
    /** closed bit | operations in flight; changed only by CAS/getAndAdd. */
    @SuppressWarnings("unused")
    private volatile long state;

    public FdHandle(int fd, Closer closer) {
        this.fd = fd;
        this.closer = closer;
    }

    /** acquire returns the descriptor for one operation; raises EBADF once closed. */
    public int acquire() throws OSError {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            if ((s & CLOSED) != 0) {
                throw OSError.of(Errno.EBADF);
            }
            if ((s & REFS) == REFS) {
                throw new IllegalStateException("inconsistent FdHandle: too many references");
            }
            if (STATE.compareAndSet(this, s, s + 1)) {
                return fd;
            }
        }
    }

    /** release ends one operation; the last one out after close closes the descriptor. */
    public void release() {
        long s = (long) STATE.getAndAdd(this, -1L) - 1;
        if ((s & REFS) == REFS) {
            throw new IllegalStateException("inconsistent FdHandle: release without acquire");
        }
        if (s == CLOSED) {
            // The closer reports its own result only; a deferred close has no caller to tell.
            closer.destroy(fd);
        }
    }

    /**
     * detach marks the handle closed without ever closing the descriptor (Python's
     * {@code detach()}, R16): later operations raise EBADF, close() is a no-op, and
     * operations still in flight finish on the descriptor, which now belongs to the caller.
     * Returns the descriptor, or -1 when the handle was already closed.
     */
    public int detach() {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            if ((s & CLOSED) != 0) {
                return -1;
            }
            if (STATE.compareAndSet(this, s, s | CLOSED | DETACHED)) {
                return fd;
            }
        }
    }

    /** isClosed tells whether close() has been called (operations may still be in flight). */
    public boolean isClosed() {
        return ((long) STATE.getVolatile(this) & CLOSED) != 0;
    }

    /** fileno returns the descriptor, or -1 once closed. */
    public int fileno() {
        return isClosed() ? -1 : fd;
    }

    /**
     * close marks the handle closed. Returns the result of closing the descriptor when it
     * happened now (0 or -errno), 0 when it is deferred to the last user, and 1 when the
     * handle was already closed (so close is idempotent).
     */
    public int close() {
        for (;;) {
            long s = (long) STATE.getVolatile(this);
            if ((s & CLOSED) != 0) {
                return 1;
            }
            if ((s & REFS) == 0) {
                if (STATE.compareAndSet(this, s, CLOSED)) {
                    return closer.destroy(fd);
                }
            } else if (STATE.compareAndSet(this, s, (s | CLOSED) + 1)) {
                // close holds a reference of its own while waking, so the last user cannot
                // destroy the descriptor (and let its number be reused) under wake().
                try {
                    closer.wake(fd);
                } finally {
                    release();
                }
                return 0;
            }
        }
    }
}
