package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.VirtualThreads;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * NativeThread: the native side of the thread making a call: its kernel thread id, which
 * close() signals to wake the call (docs/close.md; the JDK's sun.nio.ch.NativeThread), and the
 * {@link Scratch} memory the call copies through (docs/native-memory.md), and for a call on a
 * socket the descriptor it holds. Use it for one call:
 * {@code try (NativeThread t = NativeThread.open(handle, timeoutNanos)) { ... t.fd() ... }}
 * on a socket, {@code try (NativeThread t = NativeThread.enter()) { ... }} for scratch memory
 * alone. It is the one place that acquires and releases a socket's descriptor for the native
 * backend ({@link FdHandle}, docs/close.md); a platform thread's record is reused, so a call
 * allocates nothing for it.
 *
 * <p>A platform thread has one for life (a thread-local; its memory is freed when the thread
 * is gone). A virtual thread runs on whichever carrier mounts it and may be one of many
 * thousands, so each call takes a fresh record: the carrier's id (a virtual thread cannot
 * unmount inside a native call) and scratch memory leased from a small pool, returned at the
 * end of the call. So memory follows the calls in progress, not the threads alive. A virtual
 * thread whose socket is not ready ends its record before it parks ({@link VirtualWait},
 * docs/virtual-threads.md), so a parked thread holds none.
 */
final class NativeThread implements FdHandle.Waiter, AutoCloseable {
    private static final ThreadLocal<NativeThread> PLATFORM = new ThreadLocal<>();
    /** POOL: scratch memory between virtual-thread calls; at most POOL_MAX kept, the rest freed. */
    private static final ConcurrentLinkedQueue<Scratch> POOL = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger POOLED = new AtomicInteger();
    private static final int POOL_MAX = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());

    private final long tid = Libpysocket.psk_thread_id();
    private final Scratch scratch;
    private final boolean leased;
    /** handle: the socket of the call in progress (null: none, or scratch memory only), and what it holds. */
    private FdHandle handle;
    private FdHandle.Waiter waiter;
    private int fd;

    private NativeThread(Scratch scratch, boolean leased) {
        this.scratch = scratch;
        this.leased = leased;
    }

    /** enter returns the calling thread's record for one call; ENOMEM when no memory can be had. */
    static NativeThread enter() throws OSError {
        if (VirtualThreads.isVirtual(Thread.currentThread())) {
            Scratch s = POOL.poll();
            if (s != null) {
                POOLED.decrementAndGet();
            } else {
                s = new Scratch();
            }
            return new NativeThread(s, true);
        }
        NativeThread t = PLATFORM.get();
        if (t == null) {
            t = new NativeThread(new Scratch(), false);
            PLATFORM.set(t);
        }
        return t;
    }

    /**
     * open begins one call on handle's socket that does not block: the thread's record with the
     * descriptor acquired (EBADF once closed) until {@link #close()}.
     */
    static NativeThread open(FdHandle handle) throws OSError {
        return open(handle, 0);
    }

    /**
     * open begins one call on handle's socket with this timeout: the thread's record with the
     * descriptor acquired (EBADF once closed) until {@link #close()}, the thread registered as
     * the handle's waiter, so that close() wakes it, unless the call cannot block (timeout 0.0).
     */
    static NativeThread open(FdHandle handle, long timeoutNanos) throws OSError {
        NativeThread t = enter();
        if (t.handle != null) {
            // Only a platform thread's record can be busy (a virtual thread's is new), and no
            // operation calls another: this would be a bug, and the record stays the outer call's.
            throw new IllegalStateException("a native call is already in progress on this thread");
        }
        FdHandle.Waiter w = timeoutNanos != 0 ? t : null;
        try {
            t.fd = handle.acquire(w);
        } catch (OSError | RuntimeException e) {
            t.close();
            throw e;
        }
        t.handle = handle;
        t.waiter = w;
        return t;
    }

    /** fd: the descriptor this call holds (after {@link #open}). */
    int fd() {
        return fd;
    }

    /** scratch: the memory this call copies through. */
    Scratch scratch() {
        return scratch;
    }

    /**
     * close ends the call: the descriptor is released (the last release after close() closes
     * it), and a virtual thread's leased memory goes back to the pool (or is freed).
     */
    @Override
    public void close() {
        FdHandle h = handle;
        if (h != null) {
            handle = null;
            h.release(waiter);
            waiter = null;
        }
        if (!leased) {
            return;
        }
        if (POOLED.incrementAndGet() <= POOL_MAX) {
            POOL.offer(scratch);
        } else {
            POOLED.decrementAndGet();
            scratch.free();
        }
    }

    /**
     * wake interrupts the thread's syscall. ESRCH (the thread is gone) cannot happen while it
     * is registered in an FdHandle; any failure only means there was nothing to interrupt.
     */
    @Override
    public void wake() {
        Libpysocket.psk_wake_thread(tid);
    }
}
