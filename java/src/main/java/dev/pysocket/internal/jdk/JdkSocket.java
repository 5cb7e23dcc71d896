package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.SHUT_RD;
import static dev.pysocket.internal.Os.SHUT_WR;
import static dev.pysocket.internal.Os.SOCK_STREAM;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.FileTransfer;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * JdkSocket: a stream socket on java.nio channels: TCP over AF_INET or AF_INET6, or an
 * AF_UNIX stream on path names; what differs by family is its {@link JdkStreamFamily}.
 *
 * <p>Its channels and their swap at listen() are {@link JdkStreamChannels}; recv and send are
 * {@link JdkStreamIo}, connect {@link JdkStreamConnect}. Every channel is non-blocking, and
 * Python's modes (R1) are how long {@link JdkCall} waits for it: not at all, until a deadline,
 * or without one, in the process's pollers ({@link JdkPollers}), which close() wakes. Errnos are the
 * ones Linux gives (R13, R19); JDK exceptions go through {@link JdkErrors}.
 *
 * <p>Known differences: fileno() is a synthetic handle; listen(0) queues like listen(1)
 * (the JDK turns 0 into 50); listen() after bind() closes the bound channel and binds its
 * address again on a server channel, so for a moment the address is free (an AF_UNIX path
 * does not exist).
 */
public final class JdkSocket extends AbstractJdkSocket {

    private final JdkStreamFamily addressFamily;
    private final JdkStreamChannels channels;
    private final JdkStreamIo io;
    /**
     * unnamed: an end of the jdk socketpair() ({@link JdkSocketPair}): it reports the unnamed
     * address for itself and its peer, as the ends of Linux's socketpair(2) do. Set once,
     * before the socket is handed out.
     */
    private volatile boolean unnamed;

    JdkSocket(JdkStreamFamily addressFamily) {
        this(addressFamily, null, new JdkOptions.Memo());
    }

    private JdkSocket(JdkStreamFamily addressFamily, SocketChannel accepted, JdkOptions.Memo memo) {
        super(addressFamily.family(), SOCK_STREAM, addressFamily.protocol(), memo);
        this.addressFamily = addressFamily;
        this.channels = new JdkStreamChannels(stateLock, lifetime(), memo, addressFamily, accepted);
        this.io = new JdkStreamIo(channels, addressFamily, reads, writes);
    }

    /**
     * selectableChannel returns the channel currently behind this socket (null before one
     * exists), for a jdk-backend select. It is non-blocking whatever the socket's mode, so
     * any Selector can register it.
     */
    public SelectableChannel selectableChannel() {
        ServerSocketChannel s = channels.listener();
        return s != null ? s : channels.stream();
    }

    @Override
    public void bind(SockAddr address) throws OSError {
        SocketAddress local = addressFamily.toJdk(address, false);
        synchronized (stateLock) {
            channels.bind(local);
        }
    }

    @Override
    public void listen(int backlog) throws OSError {
        synchronized (stateLock) {
            channels.listen(backlog);
        }
    }

    @Override
    public Accept accept(long timeoutNanos, boolean childNonBlocking) throws OSError {
        checkOpen();
        ServerSocketChannel s = channels.listener();
        if (s == null) {
            throw OSError.of(Errno.EINVAL); // not listening (Linux inet_accept)
        }
        SocketChannel c;
        try {
            c = JdkCall.run(reads, s, SelectionKey.OP_ACCEPT, AcceptTry::attempt, AcceptTry.forMode(timeoutNanos),
                    timeoutNanos, Errno.EAGAIN);
        } catch (IOException | RuntimeException e) {
            // A listener closed by shutdown() while we waited: EINVAL, as R18 observes.
            throw failure(e, Errno.EINVAL);
        }
        return adopt(c);
    }

    /**
     * adopt makes the socket of an accepted channel. Linux copies the listener's options onto
     * accepted sockets; the JDK only keeps those it set on the listening descriptor.
     */
    private Accept adopt(SocketChannel c) throws OSError {
        try {
            JdkOptions.Memo inherited;
            synchronized (stateLock) {
                inherited = memo.copy();
            }
            c.configureBlocking(false);
            inherited.applyTo(c);
            SockAddr peer = addressFamily.fromJdk(c.getRemoteAddress());
            return new Accept(new JdkSocket(addressFamily, c, inherited), peer);
        } catch (IOException | RuntimeException e) {
            JdkChannels.closeQuietly(c);
            throw failure(e, Errno.EBADF);
        }
    }

    /**
     * AcceptTry: accept's attempt for JdkCall. Linux's accept4 takes the new descriptor before
     * it looks at the queue, so with the table full it fails with EMFILE even when nobody
     * connects; CPython's timeout mode polls first there, and times out. So in timeout mode
     * the first try counts a full table as "nothing yet": the wait decides, and the accept
     * after it raises EMFILE as CPython's would. Blocking and non-blocking accepts raise it
     * at once, as Linux does.
     */
    private static final class AcceptTry {
        private static final AcceptTry AT_ONCE = new AcceptTry(false);
        private boolean pollFirst;

        private AcceptTry(boolean pollFirst) {
            this.pollFirst = pollFirst;
        }

        static AcceptTry forMode(long timeoutNanos) {
            return timeoutNanos > 0 ? new AcceptTry(true) : AT_ONCE;
        }

        static SocketChannel attempt(ServerSocketChannel s, AcceptTry how) throws IOException {
            if (!how.pollFirst) {
                return s.accept();
            }
            how.pollFirst = false;
            try {
                return s.accept();
            } catch (IOException e) {
                int errno = JdkErrors.errnoOf(e);
                if (errno == Errno.EMFILE || errno == Errno.ENFILE) {
                    return null;
                }
                throw e;
            }
        }
    }

    @Override
    public void connect(SockAddr address, long timeoutNanos) throws OSError {
        SocketAddress target = addressFamily.toJdk(address, true);
        JdkStreamConnect.connect(channels, addressFamily, writes, target, timeoutNanos);
    }

    @Override
    public int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        return io.recv(dst, flags, timeoutNanos);
    }

    @Override
    public int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        return io.send(src, flags, timeoutNanos);
    }

    @Override
    public void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        io.sendall(src, flags, timeoutNanos);
    }

    @Override
    public void sendfile(FileTransfer transfer) throws OSError {
        checkOpen();
        io.sendfile(transfer);
    }

    /** sendto on TCP: Linux ignores the address of a connected stream; unconnected is EPIPE (R13). */
    @Override
    public int sendto(byte[] buf, int off, int len, int flags, SockAddr address, long timeoutNanos) throws OSError {
        return send(buf, off, len, flags, timeoutNanos);
    }

    /**
     * recvfrom on TCP: recv with no address (R27: Python's None). recvfrom(0) returns at once
     * here, where Linux would wait for data to arrive.
     */
    @Override
    public Received recvfrom(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        if (len == 0) {
            checkOpen();
            return new Received(0, SockAddr.NONE);
        }
        return new Received(recv(buf, off, len, flags, timeoutNanos), SockAddr.NONE);
    }

    @Override
    public void shutdown(int how) throws OSError {
        checkOpen();
        checkHow(how);
        ServerSocketChannel s = channels.listener();
        if (s != null) {
            if (how != SHUT_WR) {
                channels.stopListening(s);
            }
            return; // Linux ignores SHUT_WR on a listener
        }
        SocketChannel ch = channels.stream();
        try {
            if (ch == null || !(ch.isConnected() || ch.isConnectionPending() && ch.finishConnect())) {
                throw OSError.of(Errno.ENOTCONN); // R19: unconnected
            }
            // A thread waiting to read wakes (the kernel reports the socket readable) and sees
            // end of stream (R18).
            if (how != SHUT_WR) {
                ch.shutdownInput();
            }
            if (how != SHUT_RD) {
                ch.shutdownOutput();
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e, Errno.ENOTCONN);
        }
    }

    @Override
    public SockAddr getsockname() throws OSError {
        checkOpen();
        if (unnamed) {
            return addressFamily.fromJdk(null);
        }
        try {
            ServerSocketChannel s = channels.listener();
            SocketChannel ch = channels.stream();
            SocketAddress a = s != null ? s.getLocalAddress() : ch != null ? ch.getLocalAddress() : null;
            // Unbound: the wildcard with port 0 (docs/python-semantics.md §4, scenario 9).
            return addressFamily.fromJdk(a != null ? a : channels.bound());
        } catch (IOException | RuntimeException e) {
            throw failure(e, Errno.EBADF);
        }
    }

    @Override
    public SockAddr getpeername() throws OSError {
        checkOpen();
        SocketChannel ch = channels.stream();
        if (ch == null || channels.listener() != null) {
            throw OSError.of(Errno.ENOTCONN);
        }
        try {
            if (!ch.isConnected() && ch.isConnectionPending()) {
                channels.settle(ch);
            }
            if (!ch.isConnected()) {
                throw OSError.of(Errno.ENOTCONN);
            }
            return addressFamily.fromJdk(unnamed ? null : ch.getRemoteAddress());
        } catch (IOException | RuntimeException e) {
            throw failure(e, Errno.ENOTCONN);
        }
    }

    /** unname: this socket is an end of a socketpair() and names itself and its peer as unnamed. */
    void unname() {
        unnamed = true;
    }

    @Override
    Channel[] channels() {
        return channels.all();
    }

    @Override
    NetworkChannel optionChannel() throws OSError {
        ServerSocketChannel s = channels.listener();
        return s != null ? s : channels.openStream();
    }

    @Override
    boolean listening() {
        return channels.listener() != null;
    }

    @Override
    int soError() {
        return channels.soError();
    }

    @Override
    boolean isBound() {
        return channels.isBound();
    }
}
