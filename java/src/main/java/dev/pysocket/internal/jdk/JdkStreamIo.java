package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.FileTransfer;
import dev.pysocket.internal.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * JdkStreamIo: recv, send and sendall of one stream socket ({@link JdkSocket}) on its
 * connected channel, in the three modes through {@link JdkCall} (R1-R3), with the flags a
 * channel can honour (R15).
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

    private final JdkStreamChannels channels;
    private final JdkStreamFamily family;
    private final JdkWaiter reads;
    private final JdkWaiter writes;

    JdkStreamIo(JdkStreamChannels channels, JdkStreamFamily family, JdkWaiter reads, JdkWaiter writes) {
        this.channels = channels;
        this.family = family;
        this.reads = reads;
        this.writes = writes;
    }

    /** recv reads into dst (position advances); 0 at end of stream (R11). Linux errnos per R13. */
    int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        if (flags != 0) {
            if ((flags & ~RECV_FLAGS_OK) != 0) {
                throw JdkBackend.INSTANCE.unsupported(Capability.STREAM_FLAGS, "recv flags other than MSG_DONTWAIT, MSG_WAITALL");
            }
            if ((flags & MSG_DONTWAIT) != 0) {
                return recvOnce(dst, 0); // R15: this call does not wait, the socket's mode stays
            }
            if (timeoutNanos < 0) {
                return recvAll(dst);
            }
            // MSG_WAITALL on a non-blocking descriptor (timeout mode, R1) returns what there is.
        }
        return recvOnce(dst, timeoutNanos);
    }

    /**
     * recvAll: MSG_WAITALL in blocking mode, as Linux's tcp_recvmsg: receives until dst is
     * full or the stream ends; an error after some data returns that data (R15).
     */
    private int recvAll(ByteBuffer dst) throws OSError {
        int total = 0;
        while (dst.hasRemaining()) {
            int n;
            try {
                n = recvOnce(dst, -1);
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

    private int recvOnce(ByteBuffer dst, long timeoutNanos) throws OSError {
        SocketChannel ch = channels.forData(family.notConnectedErrno(false)); // R13
        if (channels.resetReported() || !dst.hasRemaining()) {
            return 0;
        }
        try {
            int n = JdkCall.run(reads, ch, SelectionKey.OP_READ, JdkStreamIo::read, dst, timeoutNanos, Errno.EAGAIN);
            return n < 0 ? 0 : n; // R11: end of stream is 0, every time
        } catch (IOException | RuntimeException e) {
            throw channels.failure(ch, e, Errno.ENOTCONN);
        }
    }

    /**
     * send writes what fits now (timeout and non-blocking modes: once there is room, R12);
     * in blocking mode everything, as Linux's blocking tcp_sendmsg, or what went out before
     * an error.
     */
    int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        long timeout = sendTimeout(flags, timeoutNanos);
        SocketChannel ch = channels.forData(family.notConnectedErrno(true)); // R13
        if (timeout >= 0) {
            return sendOnce(ch, src, timeout);
        }
        int total = 0;
        do {
            try {
                total += sendOnce(ch, src, -1);
            } catch (OSError e) {
                if (total > 0 && e.errno() != Errno.EBADF) {
                    return total;
                }
                throw e;
            }
        } while (src.hasRemaining());
        return total;
    }

    /** sendall writes everything, advancing src's position as bytes go out (R5, R12). */
    void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        long timeout = sendTimeout(flags, timeoutNanos);
        SocketChannel ch = channels.forData(family.notConnectedErrno(true));
        // R5: one deadline for the whole call, checked before every chunk.
        long deadline = System.nanoTime() + timeout;
        boolean first = true;
        // At least one send, as CPython's loop: sendall(b'') after SHUT_WR is still EPIPE.
        do {
            long left = timeout;
            if (timeout > 0 && !first) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutError();
                }
            }
            first = false;
            sendOnce(ch, src, left); // non-blocking: EAGAIN, though bytes may already have gone (R5)
        } while (src.hasRemaining());
    }

    /**
     * sendfile: {@link FileChannel#transferTo} into the socket's channel (the JDK makes it
     * sendfile(2) for its own FileChannel), one deadline for all (R23). The channel is
     * non-blocking, so each transfer moves what fits and JdkCall waits for room between them.
     */
    void sendfile(FileTransfer t) throws OSError {
        SocketChannel ch = channels.forData(family.notConnectedErrno(true));
        while (!t.done()) {
            long left = t.timeLeft();
            long n;
            try {
                n = JdkCall.run(writes, ch, SelectionKey.OP_WRITE, JdkStreamIo::transfer, t, left, Errno.EAGAIN);
            } catch (NonReadableChannelException e) {
                throw e; // the file's fault, not the socket's (Python: io.UnsupportedOperation)
            } catch (IOException | RuntimeException e) {
                throw channels.failure(ch, e, Errno.EPIPE);
            }
            if (n == 0) {
                return; // end of file
            }
            t.advance(n);
        }
    }

    /** transfer: JdkCall's attempt: one transferTo; 0 at the end of the file, null while there is no room. */
    private static Long transfer(SocketChannel ch, FileTransfer t) throws IOException {
        if (ch.isConnectionPending() && !ch.finishConnect()) {
            return null;
        }
        FileChannel file = t.file();
        if (t.position() >= file.size()) {
            return 0L;
        }
        long n = file.transferTo(t.position(), t.block(), ch);
        return n > 0 ? n : null;
    }

    private int sendOnce(SocketChannel ch, ByteBuffer src, long timeoutNanos) throws OSError {
        try {
            return JdkCall.run(writes, ch, SelectionKey.OP_WRITE, JdkStreamIo::write, src, timeoutNanos, Errno.EAGAIN);
        } catch (IOException | RuntimeException e) {
            // A channel whose output the socket shut (SHUT_WR) is EPIPE, as Linux answers.
            throw channels.failure(ch, e, Errno.EPIPE);
        }
    }

    /** read: JdkCall's attempt: finish a connect under way, then one read; null while there is nothing. */
    private static Integer read(SocketChannel ch, ByteBuffer dst) throws IOException {
        if (ch.isConnectionPending() && !ch.finishConnect()) {
            return null; // Linux's recv waits for the handshake in SYN_SENT
        }
        int n = JdkBuffers.read(ch, dst);
        return n != 0 ? n : null;
    }

    /** write: JdkCall's attempt: finish a connect under way, then write one chunk; null while there is no room. */
    private static Integer write(SocketChannel ch, ByteBuffer src) throws IOException {
        if (ch.isConnectionPending() && !ch.finishConnect()) {
            return null;
        }
        int n = JdkBuffers.write(ch, src);
        return n > 0 || !src.hasRemaining() ? n : null;
    }

    /** sendTimeout refuses what a channel cannot do and returns the timeout the flags leave (R15). */
    private static long sendTimeout(int flags, long timeoutNanos) throws OSError {
        if ((flags & ~SEND_FLAGS_OK) != 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.STREAM_FLAGS, "send flags other than MSG_DONTWAIT, MSG_NOSIGNAL");
        }
        return (flags & MSG_DONTWAIT) != 0 ? 0 : timeoutNanos;
    }

    private static int flag(String name) {
        return Platform.has(name) ? Platform.constant(name) : 0;
    }
}
