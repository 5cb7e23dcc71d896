package dev.pysocket.internal.jdk;

import dev.pysocket.OSError;
import java.io.IOException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * JdkCall runs one call on a non-blocking channel in the mode Python's socket is in (R1),
 * the shape of {@code sun.nio.ch.SocketChannelImpl.implRead}: try; while the try finds
 * nothing to do, park until the channel is ready ({@code SelChImpl.park}), then try again.
 *
 * <ul>
 * <li>non-blocking ({@code timeoutNanos == 0}): one try, then the errno Linux gives (EAGAIN,
 * EINPROGRESS for connect; R3);
 * <li>timeout ({@code > 0}): tries and waits until one deadline (R2), then TimeoutError;
 * <li>blocking ({@code < 0}): tries and waits without a deadline. The channel stays
 * non-blocking, so it can also be registered with any Selector, and close() ends the wait
 * as it ends a timed one.
 * </ul>
 *
 * <p>The try comes first, so a call with data at hand never touches a lock or the selector,
 * except after a call of the same direction that had to wait: a read or accept then polls
 * first (as CPython's timeout mode always does), since the try would most likely find nothing
 * again, and a failed try costs a system call, about a microsecond on a VM. While it waits,
 * a thread holds the socket's {@link JdkWaiter} for the direction, so the threads of one
 * direction wait in turn, each with its own deadline. A wait ends early with EBADF when the
 * socket closes and with EINTR when the thread is interrupted.
 */
final class JdkCall {
    /**
     * POLL_FIRST_OPS: the waits that may poll before the first try: readiness to read or
     * accept, which stays armed in the poller between waits, so polling first costs one
     * epoll_wait and no epoll_ctl.
     */
    private static final int POLL_FIRST_OPS = SelectionKey.OP_READ | SelectionKey.OP_ACCEPT;
    /**
     * AT_ONCE_NANOS: a wait shorter than this found its channel ready when it began (a select
     * whose epoll_wait did not sleep costs about 2 us on a 2-CPU VM); a longer one slept,
     * which a thread woken by another takes more than (two context switches and the other
     * thread's system calls). A wrong guess costs one system call.
     */
    private static final long AT_ONCE_NANOS = 5_000L;

    private JdkCall() {
    }

    /**
     * Attempt: one non-blocking try of a call on channel with arg; null means "nothing
     * yet" (the channel would block, {@code IOStatus.UNAVAILABLE}). Implementations are
     * static methods, so that a call allocates no closure.
     */
    @FunctionalInterface
    interface Attempt<C, A, T> {
        T attempt(C channel, A arg) throws IOException;
    }

    /**
     * run tries attempt on ch with arg in the mode timeoutNanos says, waiting in waiter for
     * ops (OP_CONNECT instead while a connect is pending) between tries; in non-blocking
     * mode "nothing yet" raises wouldBlockErrno. Failures come out as the JDK threw them,
     * for the socket to map with its state ({@link JdkErrors}).
     */
    static <C extends SelectableChannel, A, T> T run(JdkWaiter waiter, C ch, int ops, Attempt<C, A, T> attempt,
            A arg, long timeoutNanos, int wouldBlockErrno) throws IOException {
        if (timeoutNanos == 0) {
            T result = attempt.attempt(ch, arg);
            if (result == null) {
                throw OSError.of(wouldBlockErrno);
            }
            return result;
        }
        boolean pollFirst = waiter.pollFirst && (ops & ~POLL_FIRST_OPS) == 0;
        if (!pollFirst) {
            T result = attempt.attempt(ch, arg);
            if (result != null) {
                return result;
            }
        }
        return waitAndRun(waiter, ch, ops, attempt, arg, timeoutNanos, pollFirst);
    }

    /**
     * waitAndRun: run's waits, after a first try that found nothing or, when pollFirst, before
     * any try. A wait that ends at once after pollFirst means data was at hand: the next call
     * tries first again.
     */
    private static <C extends SelectableChannel, A, T> T waitAndRun(JdkWaiter waiter, C ch, int ops,
            Attempt<C, A, T> attempt, A arg, long timeoutNanos, boolean pollFirst) throws IOException {
        boolean timed = timeoutNanos > 0;
        long start = System.nanoTime();
        long deadline = timed ? start + timeoutNanos : 0L;
        try {
            waiter.lock(timed, deadline);
        } catch (OSError e) {
            return pollFirst ? orThrow(attempt.attempt(ch, arg), e) : orThrow(null, e);
        }
        try {
            boolean first = true;
            while (true) {
                try {
                    waiter.await(ch, readyOps(ch, ops), timed, deadline);
                } catch (OSError e) {
                    return first && pollFirst ? orThrow(attempt.attempt(ch, arg), e) : orThrow(null, e);
                }
                T result = attempt.attempt(ch, arg);
                if (first) {
                    first = false;
                    waiter.pollFirst = !pollFirst || System.nanoTime() - start > AT_ONCE_NANOS;
                }
                if (result != null) {
                    return result;
                }
            }
        } finally {
            waiter.unlock();
        }
    }

    /**
     * orThrow: after polling first, a wait that ends in EINTR, EBADF or TimeoutError before the
     * call was tried has it tried (result): with data at hand the call returns it, as the try
     * first (and CPython's recv, whose read(2) succeeds) would; else the wait's error e.
     */
    private static <T> T orThrow(T result, OSError e) throws OSError {
        if (result == null) {
            throw e;
        }
        return result;
    }

    /** readyOps: what to wait for: OP_CONNECT while a connect is under way, else ops. */
    private static int readyOps(SelectableChannel ch, int ops) {
        return ch instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : ops;
    }
}
