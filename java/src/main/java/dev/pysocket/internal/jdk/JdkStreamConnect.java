package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * JdkStreamConnect: connect() of a stream socket ({@link JdkSocket}) in the three modes
 * (R6): non-blocking raises EINPROGRESS once the handshake has begun, as Linux's
 * __inet_stream_connect does even when it is already done; timeout and blocking mode wait
 * for it through {@link JdkCall}.
 *
 * <p>A blocking AF_UNIX connect to a listener whose backlog is full is the exception: Linux
 * waits in the kernel until there is room, which no readiness event reports. It is made of
 * non-blocking attempts (each answers at once: connected, or EAGAIN while the backlog is full,
 * after which the JDK has closed the channel) with pauses between them, 1 ms doubling to
 * 8 ms, which close() ends.
 */
final class JdkStreamConnect {
    /**
     * PAUSE_MIN_NANOS: the pauses of a blocking AF_UNIX connect between attempts on a full backlog:
     * 1 ms, doubling to 8 ms.
     */
    private static final long PAUSE_MIN_NANOS = 1_000_000L;
    private static final long PAUSE_MAX_NANOS = 8_000_000L;

    private JdkStreamConnect() {
    }

    /** connect connects the socket whose channels are given to target, waiting in writes. */
    static void connect(JdkStreamChannels channels, JdkStreamFamily family, JdkWaiter writes, SocketAddress target,
            long timeoutNanos) throws OSError {
        SocketChannel ch = channels.connectable();
        if (family.connectsAtOnce() && timeoutNanos < 0) {
            connectWithPauses(channels, writes, ch, target);
            return;
        }
        try {
            if (ch.isConnected()) {
                throw OSError.of(Errno.EISCONN);
            }
            if (ch.isConnectionPending()) {
                // A connect already under way (R6): blocking waits for it; otherwise it is
                // reported done (None) or EALREADY, as Linux's __inet_stream_connect does.
                JdkCall.run(writes, ch, SelectionKey.OP_CONNECT, JdkStreamConnect::finish, null,
                        timeoutNanos < 0 ? -1 : 0, Errno.EALREADY);
                return;
            }
            if (ch.connect(target)) {
                return;
            }
            if (timeoutNanos == 0) {
                throw OSError.of(Errno.EINPROGRESS); // R3, R6
            }
            JdkCall.run(writes, ch, SelectionKey.OP_CONNECT, JdkStreamConnect::finish, null, timeoutNanos,
                    Errno.EINPROGRESS);
        } catch (IOException | RuntimeException e) {
            throw channels.failure(ch, e, Errno.ENOTCONN);
        }
    }

    /** finish: JdkCall's attempt: the connect is done (TRUE) or still under way (null). */
    private static Boolean finish(SocketChannel ch, Object unused) throws IOException {
        return ch.finishConnect() ? Boolean.TRUE : null;
    }

    /** connectWithPauses: a blocking AF_UNIX connect, attempt after attempt while the backlog is full. */
    private static void connectWithPauses(JdkStreamChannels channels, JdkWaiter writes, SocketChannel first,
            SocketAddress target) throws OSError {
        SocketChannel ch = first;
        long pause = PAUSE_MIN_NANOS;
        writes.lock(false, 0L);
        try {
            for (;;) {
                try {
                    if (ch.isConnected()) {
                        throw OSError.of(Errno.EISCONN);
                    }
                    if (!ch.connect(target)) {
                        JdkCall.run(writes, ch, SelectionKey.OP_CONNECT, JdkStreamConnect::finish, null, -1,
                                Errno.EINPROGRESS);
                    }
                    return;
                } catch (IOException | RuntimeException e) {
                    if (!(e instanceof SocketException) || JdkErrors.errnoOf(e) != Errno.EAGAIN) {
                        throw channels.failure(ch, e, Errno.ENOTCONN); // EBADF once close() has run (R16)
                    }
                }
                channels.drop(ch); // the JDK closed the channel that failed
                writes.pause(pause);
                pause = Math.min(2 * pause, PAUSE_MAX_NANOS);
                ch = channels.reopen();
            }
        } finally {
            writes.unlock();
        }
    }
}
