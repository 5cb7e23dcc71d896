package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.VirtualThreads;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PlatformOffload: runs, for a virtual thread, a call that can only block in the kernel on a
 * platform thread (a blocking-mode connect: connect(2) has no per-call "don't wait" flag, and
 * the descriptor's O_NONBLOCK must not change under its duplicates; a select(2) or poll(2) that
 * found nothing ready at once), while the virtual thread parks until it is done
 * (docs/virtual-threads.md). The JDK compensates for its own blocking file I/O on virtual
 * threads the same way, with another carrier.
 *
 * <p>The platform thread makes the call exactly as a platform caller would, registered with
 * the socket's FdHandle, so close() wakes it by the usual protocol (docs/close.md). Threads are
 * daemons, made on demand and ended after 60 idle seconds (Executors.newCachedThreadPool).
 */
final class PlatformOffload {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pysocket-blocking-call");
        t.setDaemon(true);
        return t;
    });

    private PlatformOffload() {
    }

    /** Call: the blocking call to make on the platform thread. */
    @FunctionalInterface
    interface Call {
        void run() throws OSError;
    }

    /** CountingCall: a blocking call that answers a count (select, poll). */
    @FunctionalInterface
    interface CountingCall {
        int run() throws OSError;
    }

    /**
     * wanted tells whether a wait of timeoutNanos (&lt; 0: no limit, 0: just look) made by the
     * calling thread should go to a platform thread: only a virtual thread's wait that may block.
     */
    static boolean wanted(long timeoutNanos) {
        return timeoutNanos != 0 && VirtualThreads.isVirtual(Thread.currentThread());
    }

    /** run makes c on a platform thread and parks the caller until it returns (see {@link #count}). */
    static void run(Call c) throws OSError {
        count(() -> {
            c.run();
            return 0;
        });
    }

    /**
     * count makes c on a platform thread and parks the caller until it returns, answering what
     * it answered or raising what it raised. An interrupt does not end the wait (as it does
     * not end a native call): the flag is set again when the call is over.
     */
    static int count(CountingCall c) throws OSError {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        POOL.execute(() -> {
            try {
                done.complete(c.run());
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        boolean interrupted = false;
        try {
            for (;;) {
                try {
                    return done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof OSError o) {
                        throw o;
                    }
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
