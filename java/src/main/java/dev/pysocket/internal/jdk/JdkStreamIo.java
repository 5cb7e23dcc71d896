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
    private static final int MSG_DONTWAIT = flag("MSG_DONTWAIT");
    private static final int MSG_WAITALL = flag("MSG_WAITALL");
    /**
     * SEND_FLAGS_OK: MSG_NOSIGNAL is what the JDK does anyway (it never raises SIGPIPE);
     * MSG_DONTWAIT makes this one call non-blocking (R15).
     */
    private static final int SEND_FLAGS_OK = flag("MSG_NOSIGNAL") | MSG_DONTWAIT;
    /** RECV_FLAGS_OK: the recv flags a channel can honour (R15); MSG_PEEK and MSG_OOB it cannot. */
    private static final int RECV_FLAGS_OK = MSG_DONTWAIT | MSG_WAITALL;

    private JdkStreamIo() {
    }

    /** recv reads into dst (position advances); 0 at end of stream (R11). Linux errnos per R13. */
    static int recv(JdkSocket s, ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        s.checkOpen();
        if (flags != 0) {
            if ((flags & ~RECV_FLAGS_OK) != 0) {
                throw JdkErrors.unsupported(Errno.EOPNOTSUPP, "recv flags");
            }
            if ((flags & MSG_DONTWAIT) != 0) {
                return recvOnce(s, dst, 0); // R15: this call does not wait, the socket's mode stays
            }
            if (timeoutNanos < 0) {
                return recvAll(s, dst);
            }
            // MSG_WAITALL on a non-blocking descriptor (timeout mode, R1) returns what there is.
        }
        return recvOnce(s, dst, timeoutNanos);
    }

    /**
     * recvAll: MSG_WAITALL in blocking mode, as Linux's tcp_recvmsg: receives until dst is
     * full or the stream ends; an error after some data returns that data (R15).
     */
    private static int recvAll(JdkSocket s, ByteBuffer dst) throws OSError {
        int total = 0;
        while (dst.hasRemaining()) {
            int n;
            try {
                n = recvOnce(s, dst, -1);
            } catch (OSError e) {
                if (total > 0 && e.errno() != Errno.EBADF) {
                    return total;
                }
                throw e;
            }
            if (n == 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static int recvOnce(JdkSocket s, ByteBuffer dst, long timeoutNanos) throws OSError {
        SocketChannel ch = s.streamOr(s.notConnectedErrno(false)); // R13: recv unconnected is ENOTCONN
        if (s.resetReported) {
            return 0;
        }
        try {
            s.syncMode(ch, timeoutNanos);
            int n = s.connected(ch, s.notConnectedErrno(false)) ? JdkBuffers.read(ch, dst) : 0;
            if (n == 0) {
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN);
                }
                long deadline = System.nanoTime() + timeoutNanos;
                s.reads.lock(deadline);
                try {
                    do {
                        s.reads.await(ch, interest(ch, SelectionKey.OP_READ), deadline);
                        n = s.connected(ch, s.notConnectedErrno(false)) ? JdkBuffers.read(ch, dst) : 0;
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
        timeoutNanos = checkSendFlags(flags, timeoutNanos);
        SocketChannel ch = s.streamOr(s.notConnectedErrno(true)); // R13: send unconnected is EPIPE
        int len = src.remaining();
        try {
            s.syncMode(ch, timeoutNanos);
            int n = s.connected(ch, s.notConnectedErrno(true)) ? JdkBuffers.write(ch, src) : 0;
            if (n == 0 && len > 0) {
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN);
                }
                long deadline = System.nanoTime() + timeoutNanos;
                s.writes.lock(deadline);
                try {
                    do {
                        s.writes.await(ch, interest(ch, SelectionKey.OP_WRITE), deadline);
                        n = s.connected(ch, s.notConnectedErrno(true)) ? JdkBuffers.write(ch, src) : 0;
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
        timeoutNanos = checkSendFlags(flags, timeoutNanos);
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
                int n = s.connected(ch, s.notConnectedErrno(true)) ? JdkBuffers.write(ch, src) : 0;
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

    /** checkSendFlags refuses what a channel cannot do and returns the timeout the flags leave (R15). */
    private static long checkSendFlags(int flags, long timeoutNanos) throws OSError {
        if ((flags & ~SEND_FLAGS_OK) != 0) {
            throw JdkErrors.unsupported(Errno.EOPNOTSUPP, "send flags");
        }
        return (flags & MSG_DONTWAIT) != 0 ? 0 : timeoutNanos;
    }

    private static int flag(String name) {
        return Platform.has(name) ? Platform.constant(name) : 0;
    }

    private static int interest(SocketChannel ch, int ops) {
        return ch.isConnectionPending() ? SelectionKey.OP_CONNECT : ops;
    }
}
