package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * JdkStreamIo: recv, send and sendall of a {@link JdkSocket}, in the three modes (R1):
 * blocking calls block in the channel; non-blocking ones try once (EAGAIN, R3); timeout
 * mode tries, then waits in the socket's {@link JdkWaiter} until its deadline (R2). The try
 * comes first, so a call with data at hand never touches a lock or a selector.
 */
final class JdkStreamIo {
    /** SEND_FLAGS_OK: MSG_NOSIGNAL is what the JDK does anyway (it never raises SIGPIPE). */
    private static final int SEND_FLAGS_OK = Platform.has("MSG_NOSIGNAL") ? Platform.constant("MSG_NOSIGNAL") : 0;

    private JdkStreamIo() {
    }

    /** recv reads into dst (position advances); 0 at end of stream (R11). Linux errnos per R13. */
    static int recv(JdkSocket s, ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        s.checkOpen();
        if (flags != 0) {
            throw JdkErrors.unsupported(Errno.EOPNOTSUPP, "recv flags");
        }
        SocketChannel ch = s.streamOr(s.notConnectedErrno(false)); // R13: recv unconnected is ENOTCONN
        if (s.resetReported) {
            return 0;
        }
        try {
            s.syncMode(ch, timeoutNanos);
            int n = s.connected(ch, s.notConnectedErrno(false)) ? ch.read(dst) : 0;
            if (n == 0) {
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN);
                }
                long deadline = System.nanoTime() + timeoutNanos;
                s.reads.lock(deadline);
                try {
                    do {
                        s.reads.await(ch, interest(ch, SelectionKey.OP_READ), deadline);
                        n = s.connected(ch, s.notConnectedErrno(false)) ? ch.read(dst) : 0;
                    } while (n == 0);
                } finally {
                    s.reads.unlock();
                }
            }
            return n < 0 ? 0 : n; // R11: end of stream is 0, every time
        } catch (IOException | IllegalStateException e) {
            throw s.streamFailed(ch, e, Errno.ENOTCONN);
        }
    }

    /** send writes what fits now (or once ready, in timeout mode) and returns the count (R12). */
    static int send(JdkSocket s, ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        s.checkOpen();
        checkSendFlags(flags);
        SocketChannel ch = s.streamOr(s.notConnectedErrno(true)); // R13: send unconnected is EPIPE
        int len = src.remaining();
        try {
            s.syncMode(ch, timeoutNanos);
            int n = s.connected(ch, s.notConnectedErrno(true)) ? ch.write(src) : 0;
            if (n == 0 && len > 0) {
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN);
                }
                long deadline = System.nanoTime() + timeoutNanos;
                s.writes.lock(deadline);
                try {
                    do {
                        s.writes.await(ch, interest(ch, SelectionKey.OP_WRITE), deadline);
                        n = s.connected(ch, s.notConnectedErrno(true)) ? ch.write(src) : 0;
                    } while (n == 0);
                } finally {
                    s.writes.unlock();
                }
            }
            return n;
        } catch (IOException | IllegalStateException e) {
            throw s.streamFailed(ch, e, Errno.EPIPE);
        }
    }

    /** sendall writes everything, advancing src's position as bytes go out (R5, R12). */
    static void sendall(JdkSocket s, ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        s.checkOpen();
        checkSendFlags(flags);
        SocketChannel ch = s.streamOr(s.notConnectedErrno(true));
        // R5: one deadline for the whole call, checked before every chunk.
        long deadline = System.nanoTime() + timeoutNanos;
        boolean locked = false;
        try {
            s.syncMode(ch, timeoutNanos);
            boolean first = true;
            // At least one send, as CPython's loop: sendall(b'') after SHUT_WR is still EPIPE.
            do {
                if (timeoutNanos > 0 && !first && deadline - System.nanoTime() <= 0) {
                    throw new TimeoutError();
                }
                first = false;
                int n = s.connected(ch, s.notConnectedErrno(true)) ? ch.write(src) : 0;
                if (n > 0 || !src.hasRemaining()) {
                    continue;
                }
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN); // R5: bytes may already have gone
                }
                if (!locked) {
                    s.writes.lock(deadline);
                    locked = true;
                }
                s.writes.await(ch, interest(ch, SelectionKey.OP_WRITE), deadline);
            } while (src.hasRemaining());
        } catch (IOException | IllegalStateException e) {
            throw s.streamFailed(ch, e, Errno.EPIPE);
        } finally {
            if (locked) {
                s.writes.unlock();
            }
        }
    }

    private static void checkSendFlags(int flags) throws OSError {
        if ((flags & ~SEND_FLAGS_OK) != 0) {
            throw JdkErrors.unsupported(Errno.EOPNOTSUPP, "send flags");
        }
    }

    private static int interest(SocketChannel ch, int ops) {
        return ch.isConnectionPending() ? SelectionKey.OP_CONNECT : ops;
    }
}
