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
 * <p>The try comes first, so a call with data at hand never touches a lock or the selector.
 * While it waits, a thread holds the socket's {@link JdkWaiter} for the direction, so the
 * threads of one direction wait in turn, each with its own deadline. A wait ends early with
 * EBADF when the socket closes and with EINTR when the thread is interrupted.
 */
final class JdkCall {
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
        T result = attempt.attempt(ch, arg);
        if (result != null) {
            return result;
        }
        if (timeoutNanos == 0) {
            throw OSError.of(wouldBlockErrno);
        }
        boolean timed = timeoutNanos > 0;
        long deadline = timed ? System.nanoTime() + timeoutNanos : 0L;
        waiter.lock(timed, deadline);
        try {
            do {
                waiter.await(ch, readyOps(ch, ops), timed, deadline);
                result = attempt.attempt(ch, arg);
            } while (result == null);
            return result;
        } finally {
            waiter.unlock();
        }
    }

    /** readyOps: what to wait for: OP_CONNECT while a connect is under way, else ops. */
    private static int readyOps(SelectableChannel ch, int ops) {
        return ch instanceof SocketChannel s && s.isConnectionPending() ? SelectionKey.OP_CONNECT : ops;
    }
}
