package dev.pysocket.internal;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * FdHandle: the one owner of a socket's lifetime (docs/close.md). Nobody else keeps a
 * "closed" flag: the facade, both backends and the files made by makefile ask this object.
 *
 * <p>The descriptor (after Go's internal/poll/fd_mutex.go): one atomic word holds a "closed"
 * bit and the count of operations in flight.
 * <ul>
 *   <li>Every operation {@link #acquire}s the descriptor (EBADF once closed) and
 *       {@link #release}s it when done. An operation that may block names its thread as a
 *       {@link Waiter} while it is inside.</li>
 *   <li>{@link #close()} sets the closed bit. With nobody inside, it closes the descriptor at
 *       once. Otherwise it has the owner {@link Closer#preClose pre-close} the descriptor
 *       (the number now names a dead socket, so a thread that enters a syscall from now on
 *       fails at once; a duplicate of the socket sees nothing), then {@link Waiter#wake wakes}
 *       each thread registered as inside, and the last operation to leave closes the
 *       descriptor. So the number is never reused while a thread may still use it.</li>
 * </ul>
 *
 * <p>The socket object and its files (Python's {@code _io_refs}, Lib/socket.py): the socket's
 * own {@link #closeSocket()} closes the descriptor only when no file made from the socket is
 * open; the last file to close does it then ({@link #retainIo()}, {@link #releaseIo()}).
 */
public final class FdHandle {
    private static final long CLOSED = 1L << 62;
    /** DETACHED (with CLOSED): the descriptor was given away by detach(); nobody closes it. */
    private static final long DETACHED = 1L << 61;
    private static final long REFS = DETACHED - 1;
    /** SEALED: in a waiter slot once close() took the waiters out; registering is then moot. */
    private static final Object SEALED = new Object();
    private static final VarHandle STATE;
    private static final VarHandle SLOT0;
    private static final VarHandle SLOT1;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            STATE = l.findVarHandle(FdHandle.class, "state", long.class);
            SLOT0 = l.findVarHandle(FdHandle.class, "slot0", Object.class);
            SLOT1 = l.findVarHandle(FdHandle.class, "slot1", Object.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Waiter: a thread that may be blocked in a syscall on the descriptor. */
    public interface Waiter {
        /** wake makes the thread's syscall return (EINTR), or unparks it; never throws. */
        void wake();
    }

    /** Closer: what the owner does to retire the descriptor. */
    public interface Closer {
        /**
         * preClose makes fd unusable without freeing its number (a dead socket dup'ed over it):
         * called once, while operations are in flight, before their threads are woken.
         */
        void preClose(int fd);

        /** destroy closes fd for real; returns 0 or a negative errno. Called exactly once. */
        int destroy(int fd);
    }

    private final int fd;
    private final Closer closer;
    /** state: closed bit | operations in flight; changed only by CAS/getAndAdd. */
    @SuppressWarnings("unused")
    private volatile long state;
    /**
     * slot0, slot1: the Waiters inside a blocking call, null, or SEALED; changed by CAS. Two
     * slots serve the common cases (a reader, or a reader and a writer) without allocating;
     * more go to overflow.
     */
    @SuppressWarnings("unused")
    private volatile Object slot0;
    @SuppressWarnings("unused")
    private volatile Object slot1;
    /** overflow: Waiters beyond the two slots (this); null once sealed. */
    private List<Waiter> overflow = new ArrayList<>(0);
    /** ioRefs: files made from the socket and not closed yet (this). */
    private int ioRefs;
    /** socketClosed: the socket object's close() ran (this to write). */
    private volatile boolean socketClosed;

    public FdHandle(int fd, Closer closer) {
        this.fd = fd;
        this.closer = closer;
    }

    /** acquire returns the descriptor for one operation that does not block; EBADF once closed. */
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

    /**
     * acquire returns the descriptor for one operation that may block in thread w (null: it
     * does not block); close() wakes w until the matching {@link #release(Waiter)}.
     */
    public int acquire(Waiter w) throws OSError {
        int result = acquire();
        if (w != null) {
            enter(w);
        }
        return result;
    }

    /** release ends one operation of {@link #acquire(Waiter)} made with the same w. */
    public void release(Waiter w) {
        if (w != null) {
            leave(w);
        }
        release();
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
     * enter registers w before its syscall. Order matters (docs/close.md): close() pre-closes
     * and then takes the waiters out, so a w it does not see entered after the pre-close and
     * its syscall meets the dead socket.
     */
    void enter(Waiter w) {
        if (!SLOT0.compareAndSet(this, null, w) && !SLOT1.compareAndSet(this, null, w)) {
            enterSlowly(w);
        }
    }

    private synchronized void enterSlowly(Waiter w) {
        if (overflow == null) {
            return; // sealed: the syscall will meet the dead socket
        }
        if (!SLOT0.compareAndSet(this, null, w) && !SLOT1.compareAndSet(this, null, w)) {
            overflow.add(w);
        }
    }

    /**
     * leave unregisters w. When close() has taken w out of its slot, leaving waits (on this
     * object's monitor) until close() has finished waking, so close never signals a thread
     * that has moved on.
     */
    void leave(Waiter w) {
        if (!SLOT0.compareAndSet(this, w, null) && !SLOT1.compareAndSet(this, w, null)) {
            leaveSlowly(w);
        }
    }

    private synchronized void leaveSlowly(Waiter w) {
        if (overflow != null) {
            overflow.remove(w);
        }
    }

    /** wakeWaiters seals the slots and wakes every thread that was registered (this). */
    private synchronized void wakeWaiters() {
        Object a = SLOT0.getAndSet(this, SEALED);
        Object b = SLOT1.getAndSet(this, SEALED);
        List<Waiter> more = overflow;
        overflow = null;
        if (a instanceof Waiter w) {
            w.wake();
        }
        if (b instanceof Waiter w) {
            w.wake();
        }
        if (more != null) {
            for (Waiter w : more) {
                w.wake();
            }
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
                socketClosed = true;
                return fd;
            }
        }
    }

    /** isClosed tells whether the descriptor is closed (operations may still be in flight). */
    public boolean isClosed() {
        return ((long) STATE.getVolatile(this) & CLOSED) != 0;
    }

    /**
     * isSocketClosed tells whether the socket object is closed (its close() or detach() ran),
     * though files made from it may keep the descriptor open (R17).
     */
    public boolean isSocketClosed() {
        return socketClosed || isClosed();
    }

    /** fileno returns the descriptor, or -1 once it is closed. */
    public int fileno() {
        return isClosed() ? -1 : fd;
    }

    /**
     * close closes the descriptor, whatever files are open (the socket is gone: the Cleaner,
     * or a failed construction). Returns the result of closing it when that happened now
     * (0 or -errno), 0 when it is deferred to the last operation in flight, and 1 when it was
     * already closed (so close is idempotent).
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
                // destroy the descriptor (and let its number be reused) under preClose().
                try {
                    closer.preClose(fd);
                    wakeWaiters();
                } finally {
                    release();
                }
                return 0;
            }
        }
    }

    /**
     * closeSocket: the socket object's close() (Lib/socket.py {@code close}): marks it closed
     * and closes the descriptor unless files made from it are still open. Returns as
     * {@link #close()}; 0 when deferred to the last file.
     */
    public int closeSocket() {
        synchronized (this) {
            if (socketClosed) {
                return 1;
            }
            socketClosed = true;
            if (ioRefs > 0) {
                return 0;
            }
        }
        return close();
    }

    /** retainIo counts one more file made from the socket (makefile; Python's {@code _io_refs}). */
    public synchronized void retainIo() {
        ioRefs++;
    }

    /**
     * releaseIo: a file made from the socket closed; the last one closes the descriptor if the
     * socket object is closed already. Returns as {@link #close()}, 0 when nothing closed.
     */
    public int releaseIo() {
        synchronized (this) {
            if (ioRefs <= 0) {
                throw new IllegalStateException("inconsistent FdHandle: releaseIo without retainIo");
            }
            if (--ioRefs > 0 || !socketClosed) {
                return 0;
            }
        }
        return close();
    }
}
