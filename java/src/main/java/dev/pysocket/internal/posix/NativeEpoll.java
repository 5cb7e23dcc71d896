package dev.pysocket.internal.posix;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.FdHandle;
import java.nio.ByteBuffer;
import java.util.ArrayList;

/**
 * NativeEpoll: one epoll(7) descriptor (close-on-exec) for Python's {@code select.epoll}. Its
 * lifetime is an {@link FdHandle}, as a socket's (docs/close.md): every call holds the
 * descriptor, so its number is never reused under a call, and close() from another thread
 * wakes a thread blocked in {@link #waitFor} (the descriptor is pre-closed and the woken wait
 * ends with EBADF); a virtual thread parks instead of blocking. The event array lives in
 * native memory kept between waits; a second thread waiting at the same time gets memory of
 * its own for that wait.
 */
public final class NativeEpoll {
    /** ADD, MOD, DEL: epoll_ctl's operations. */
    public static final int ADD = Libpysocket.PSK_EPOLL_CTL_ADD;
    public static final int MOD = Libpysocket.PSK_EPOLL_CTL_MOD;
    public static final int DEL = Libpysocket.PSK_EPOLL_CTL_DEL;

    private final FdHandle handle;
    /** events: the kept event array (this), null while a wait uses it. */
    private NativeMemory events;

    private NativeEpoll(int fd) {
        this.handle = new FdHandle(fd, NativeSocket.CLOSER);
    }

    /** create makes a new epoll descriptor (epoll_create1(EPOLL_CLOEXEC)). */
    public static NativeEpoll create() throws OSError {
        int fd = Libpysocket.psk_epoll_create();
        if (fd < 0) {
            throw Errors.fromReturn(fd);
        }
        return new NativeEpoll(fd);
    }

    /**
     * adopt wraps a descriptor the caller names as this epoll's, as CPython's
     * {@code select.epoll.fromfd} does: no check and no dup, so closing this closes fd.
     */
    public static NativeEpoll adopt(int fd) {
        return new NativeEpoll(fd);
    }

    /** lifetime: the descriptor's owner (closed state, fileno, close). */
    public FdHandle lifetime() {
        return handle;
    }

    /** ctl: epoll_ctl(op, fd, events), the event's data being fd; the kernel's error as OSError. */
    public void ctl(int op, int fd, int eventMask) throws OSError {
        try (NativeThread t = NativeThread.open(handle)) {
            int rc = Libpysocket.psk_epoll_ctl(t.fd(), op, fd, eventMask);
            if (rc < 0) {
                throw handle.isClosed() ? OSError.of(Errno.EBADF) : Errors.fromReturn(rc);
            }
        }
    }

    /**
     * Event: makes one result entry of an (fd, events) pair the kernel reported.
     *
     * @param <T> the entry's type
     */
    @FunctionalInterface
    public interface Event<T> {
        /**
         * of: the entry for one reported event.
         *
         * @param fd the registered descriptor (the event's data)
         * @param events the ready EPOLL* bits
         * @return the entry
         */
        T of(int fd, int events);
    }

    /**
     * waitFor waits for up to maxevents events (timeoutNs &lt; 0: no limit, 0: just look; EINTR
     * retried with the time left) and appends each, made by event, to out: straight from the
     * native event array, so a wait allocates nothing sized by maxevents on the Java heap.
     *
     * @param <T> the entries' type
     * @param maxevents the most events to take
     * @param timeoutNs the wait's limit in nanoseconds
     * @param out the list the entries are appended to
     * @param event makes each entry
     * @return how many events were appended
     * @throws OSError EBADF when close() ran meanwhile, else the kernel's error
     */
    public <T> int waitFor(int maxevents, long timeoutNs, ArrayList<? super T> out, Event<T> event)
            throws OSError {
        NativeMemory mine = take(maxevents * Libpysocket.PSK_EPOLL_EVENT_SPACE);
        try {
            VirtualWait v = VirtualWait.begin(handle, timeoutNs);
            int n = v != null ? waitParking(v, mine, maxevents) : waitHere(mine, maxevents, timeoutNs);
            ByteBuffer b = mine.buffer();
            out.ensureCapacity(out.size() + n);
            for (int i = 0; i < n; i++) {
                out.add(event.of(b.getInt(i * 8), b.getInt(i * 8 + 4)));
            }
            return n;
        } finally {
            give(mine);
        }
    }

    /** waitHere: psk_epoll_wait on the calling thread, close() waking it (docs/close.md). */
    private int waitHere(NativeMemory out, int maxevents, long timeoutNs) throws OSError {
        try (NativeThread t = NativeThread.open(handle, timeoutNs)) {
            return checked(Libpysocket.psk_epoll_wait(t.fd(), out.address(), maxevents, timeoutNs));
        }
    }

    /**
     * waitParking: the wait of a virtual thread (docs/virtual-threads.md). An epoll descriptor
     * is itself pollable (readable while it has events to report, epoll(7)), so the thread
     * parks on it through {@link VirtualPoller} and takes the events with a timeout of 0; an
     * empty take (another thread took them, or an edge-triggered event was consumed) parks
     * again under the same deadline. close() unparks it, and the call raises EBADF.
     */
    private int waitParking(VirtualWait v, NativeMemory out, int maxevents) throws OSError {
        try (v) {
            for (;;) {
                int n;
                try (NativeThread t = NativeThread.open(handle)) {
                    n = checked(Libpysocket.psk_epoll_wait(t.fd(), out.address(), maxevents, 0));
                }
                if (n > 0) {
                    return n;
                }
                try {
                    v.await(VirtualPoller.EPOLLIN);
                } catch (TimeoutError e) {
                    return 0; // the timeout passed with nothing to report: no error in Python
                }
            }
        }
    }

    /** checked: n, or EBADF when close() ran meanwhile, or the kernel's error. */
    private int checked(int n) throws OSError {
        if (handle.isClosed()) {
            throw OSError.of(Errno.EBADF);
        }
        if (n < 0) {
            throw Errors.fromReturn(n);
        }
        return n;
    }

    /** take: the kept event memory if it is free and large enough, else a fresh block. */
    private NativeMemory take(int size) throws OSError {
        synchronized (this) {
            NativeMemory m = events;
            if (m != null && m.size() >= size) {
                events = null;
                return m;
            }
        }
        return NativeMemory.allocate(size);
    }

    /** give keeps m for the next wait, unless a larger block is kept already. */
    private void give(NativeMemory m) {
        NativeMemory drop = m;
        synchronized (this) {
            if (events == null || events.size() < m.size()) {
                drop = events;
                events = m;
            }
        }
        if (drop != null) {
            drop.close();
        }
    }
}
