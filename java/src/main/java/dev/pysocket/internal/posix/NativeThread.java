package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.VirtualThreads;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * NativeThread: the native side of the thread making a call: its kernel thread id, which
 * close() signals to wake the call (docs/close.md; the JDK's sun.nio.ch.NativeThread), and the
 * {@link Scratch} memory the call copies through (docs/native-memory.md). Use it for one call:
 * {@code try (NativeThread t = NativeThread.enter()) { ... }}.
 *
 * <p>A platform thread has one for life (a thread-local; its memory is freed when the thread
 * is gone). A virtual thread runs on whichever carrier mounts it and may be one of many
 * thousands, so each call takes a fresh record: the carrier's id (a virtual thread cannot
 * unmount inside a native call) and scratch memory leased from a small pool, returned at the
 * end of the call. So memory follows the calls in progress, not the threads alive.
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

    /** scratch: the memory this call copies through. */
    Scratch scratch() {
        return scratch;
    }

    /** waiterFor: this thread as the FdHandle waiter of a call with this timeout, or null when it cannot block (0.0). */
    FdHandle.Waiter waiterFor(long timeoutNanos) {
        return timeoutNanos != 0 ? this : null;
    }

    /** close ends the call: a virtual thread's leased memory goes back to the pool (or is freed). */
    @Override
    public void close() {
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
