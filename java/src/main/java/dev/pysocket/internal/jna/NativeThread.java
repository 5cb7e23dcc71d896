package dev.pysocket.internal.jna;

import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.VirtualThreads;

/**
 * NativeThread: the kernel thread a blocking call runs on, as close() wakes it
 * (docs/close.md): psk_wake_thread sends the wake signal, the syscall fails with EINTR and
 * its retry meets the pre-closed descriptor (the JDK's sun.nio.ch.NativeThread, by kernel id).
 *
 * <p>A platform thread keeps its id for life, so it is looked up once per thread. A virtual
 * thread runs on whichever carrier mounts it, but cannot unmount inside a native call, so its
 * carrier's id is looked up on each call.
 */
final class NativeThread implements FdHandle.Waiter {
    private static final ThreadLocal<NativeThread> PLATFORM = ThreadLocal.withInitial(NativeThread::new);

    private final long tid = Libpysocket.psk_thread_id();

    private NativeThread() {
    }

    /** current returns the calling thread's record. */
    static NativeThread current() {
        return VirtualThreads.isVirtual(Thread.currentThread()) ? new NativeThread() : PLATFORM.get();
    }

    /** forTimeout: the record when a call with this timeout may block (Python's None or > 0), else null. */
    static NativeThread forTimeout(long timeoutNanos) {
        return timeoutNanos != 0 ? current() : null;
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
