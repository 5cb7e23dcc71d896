package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Platform;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JdkSocket: a TCP socket (AF_INET, AF_INET6) or an AF_UNIX stream socket (path names,
 * {@link JdkUnixAddresses}) on java.nio channels.
 *
 * <p>A Python socket is born unbound and becomes a client or a server later; the JDK fixes
 * that at creation. So a JdkSocket holds a SocketChannel (opened on first need: bind,
 * connect, an option) until listen(), which closes it and opens a ServerSocketChannel on the
 * same local address, carrying the options set so far ({@link JdkOptions.Memo}).
 *
 * <p>Modes (R1): blocking sockets use blocking channels, so the kernel blocks and close()
 * wakes the thread through the JDK's own protocol (AsynchronousCloseException, raised as
 * EBADF). Timeout and non-blocking modes use non-blocking channels; timeout mode waits in a
 * {@link JdkWaiter} per direction (R2), in the process-wide {@link JdkPoller}, which close()
 * also wakes. Errnos are the ones Linux gives (R13, R19); JDK exceptions go through
 * {@link JdkErrors}.
 *
 * <p>Known differences: fileno() is a synthetic handle; listen(0) queues like listen(1)
 * (the JDK turns 0 into 50); setTimeoutMode waits while another thread is blocked in this
 * socket in blocking mode (the JDK takes the channel's read and write locks to change it).
 * AF_UNIX: listen() after bind() removes the socket file and binds the path again on the
 * server channel, so for a moment the path does not exist.
 */
public final class JdkSocket extends AbstractJdkSocket {
    private static final int SOCK_STREAM = Platform.constant("SOCK_STREAM");
    /** The pauses of a blocking AF_UNIX connect between attempts on a full backlog: 1 ms, doubling to 8 ms. */
    private static final long PAUSE_MIN_NANOS = 1_000_000L;
    private static final long PAUSE_MAX_NANOS = 8_000_000L;

    // reads waits for recv and accept, writes for send and connect; stateLock also guards
    // the transitions below.
    /** stream: the client-side channel, or null before first need, after listen and after a failed connect. */
    private volatile SocketChannel stream;
    /** listener: the channel after listen(); null again after shutdown(SHUT_RD) of a listener. */
    private volatile ServerSocketChannel listener;
    /** bound: the explicit bind or the listening address, kept across channel swaps (stateLock to write). */
    private volatile SocketAddress bound;
    /** blocking: R1 mode for channels opened from now on (stateLock to write). */
    private volatile boolean blocking;
    /** resetReported: ECONNRESET was raised once; later recv gives EOF and send EPIPE, as on Linux (R13). */
    volatile boolean resetReported;
    /** pendingError: a connect failure found outside connect, for SO_ERROR or the next call (R6). */
    private final AtomicInteger pendingError = new AtomicInteger();

    JdkSocket(int family) {
        this(family, null, new JdkOptions.Memo(), true);
    }

    private JdkSocket(int family, SocketChannel accepted, JdkOptions.Memo memo, boolean blocking) {
        // SO_PROTOCOL: Linux reports 0 for an AF_UNIX stream.
        super(family, SOCK_STREAM, family == JdkUnixAddresses.AF_UNIX ? 0 : JdkOptions.IPPROTO_TCP, memo);
        this.blocking = blocking;
        this.stream = accepted;
    }

    /**
     * selectableChannel returns the channel currently behind this socket (null before one
     * exists), for a jdk-backend select. A channel registered elsewhere cannot go back to
     * blocking mode, so such a caller must deregister before the socket blocks again.
     */
    public SelectableChannel selectableChannel() {
        ServerSocketChannel s = listener;
        return s != null ? s : stream;
    }

    @Override
    public void setTimeoutMode(long timeoutNanos) throws OSError {
        SelectableChannel a;
        SelectableChannel b;
        synchronized (stateLock) {
            checkOpen();
            blocking = timeoutNanos < 0;
            a = stream;
            b = listener;
        }
        // Outside stateLock: configureBlocking waits for a thread blocked in the channel.
        try {
            syncMode(a, timeoutNanos);
            syncMode(b, timeoutNanos);
        } catch (IOException | IllegalStateException e) {
            throw fail(e);
        }
    }

    @Override
    public void bind(SockAddr address) throws OSError {
        SocketAddress local = toJdk(address, false);
        synchronized (stateLock) {
            checkOpen();
            SocketChannel ch = listener == null && bound == null ? openStream() : null;
            if (ch == null || ch.isConnected() || ch.isConnectionPending()) {
                // Bound already, explicitly or by connect/listen (Linux inet_bind: EINVAL).
                throw OSError.of(Errno.EINVAL);
            }
            try {
                ch.bind(local);
                bound = ch.getLocalAddress();
            } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                throw fail(e, Errno.EINVAL);
            }
        }
    }

    @Override
    public void listen(int backlog) throws OSError {
        synchronized (stateLock) {
            checkOpen();
            if (listener != null) {
                return; // Linux only updates the backlog; the JDK cannot.
            }
            SocketChannel old = stream;
            if (old != null && (old.isConnected() || old.isConnectionPending())) {
                throw OSError.of(Errno.EINVAL);
            }
            if (isUnix() && bound == null) {
                throw OSError.of(Errno.EINVAL); // Linux's unix_listen: no listen on an unbound socket
            }
            // Unbound: bind the wildcard and an ephemeral port, as Linux's listen does.
            SocketAddress local = bound != null ? bound : JdkAddresses.wildcard(family);
            ServerSocketChannel s = null;
            try {
                if (old != null) {
                    // Release the port the bound SocketChannel holds, then take it again. First,
                    // so that listen needs no second descriptor (CPython's needs none): a
                    // failure below leaves the socket unconnected with its address in bound,
                    // which openStream binds again.
                    stream = null;
                    forget(old);
                    old.close();
                }
                s = ServerSocketChannel.open(protocolFamily());
                // The JDK turns SO_REUSEADDR on for server channels; Python leaves it as set.
                Object reuse = memo.get(StandardSocketOptions.SO_REUSEADDR);
                if (!isUnix()) {
                    s.setOption(StandardSocketOptions.SO_REUSEADDR, reuse instanceof Boolean r && r);
                }
                memo.applyTo(s);
                s.configureBlocking(blocking);
                if (isUnix()) {
                    releaseUnixName(local);
                }
                // The JDK replaces a backlog < 1 with 50; 1 is the closest to Linux's 0.
                s.bind(local, Math.max(1, backlog));
                bound = s.getLocalAddress();
                listener = s;
            } catch (IOException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
                closeQuietly(s);
                throw fail(e, Errno.EINVAL);
            }
        }
    }

    /** isUnix: an AF_UNIX stream on the JDK's UNIX channels (path names only). */
    boolean isUnix() {
        return family == JdkUnixAddresses.AF_UNIX;
    }

    /** toJdk converts a facade address for this socket's family (connect: any-address is loopback). */
    private SocketAddress toJdk(SockAddr address, boolean connecting) throws OSError {
        if (isUnix()) {
            return JdkUnixAddresses.toJdk(address);
        }
        return connecting ? JdkAddresses.toConnectTarget(family, address) : JdkAddresses.toInet(family, address);
    }

    /** fromJdk converts what the JDK reports for this socket's family. */
    private SockAddr fromJdk(SocketAddress a) {
        return isUnix() ? JdkUnixAddresses.fromJdk(a) : JdkAddresses.fromInet(family, a);
    }

    /**
     * releaseUnixName removes the socket file this socket's bind() created, so that listen()
     * can bind the same path on a ServerSocketChannel (the JDK fixes a channel's role at
     * creation; Linux's bind then listen keeps one socket). Between the two, for a moment,
     * the path does not exist.
     */
    private static void releaseUnixName(SocketAddress local) throws IOException {
        java.nio.file.Path path = JdkUnixAddresses.pathOf(local);
        if (path != null) {
            java.nio.file.Files.deleteIfExists(path);
        }
    }

    /**
     * notConnectedErrno: what Linux answers for data calls on a socket with no connection:
     * recv is ENOTCONN and send EPIPE on TCP (R13); recv is EINVAL and send ENOTCONN on
     * AF_UNIX streams.
     */
    int notConnectedErrno(boolean sending) {
        if (isUnix()) {
            return sending ? Errno.ENOTCONN : Errno.EINVAL;
        }
        return sending ? Errno.EPIPE : Errno.ENOTCONN;
    }

    @Override
    public Accept accept(long timeoutNanos, boolean childNonBlocking) throws OSError {
        checkOpen();
        ServerSocketChannel s = listener;
        if (s == null) {
            throw OSError.of(Errno.EINVAL); // not listening (Linux inet_accept)
        }
        SocketChannel c;
        try {
            syncMode(s, timeoutNanos);
            c = timeoutNanos > 0 ? acceptUnlessFull(s) : s.accept();
            if (c == null) {
                if (timeoutNanos == 0) {
                    throw OSError.of(Errno.EAGAIN);
                }
                long deadline = System.nanoTime() + timeoutNanos;
                reads.lock(deadline);
                try {
                    do {
                        reads.await(s, SelectionKey.OP_ACCEPT, deadline);
                        c = s.accept();
                    } while (c == null);
                } finally {
                    reads.unlock();
                }
            }
        } catch (IOException | IllegalStateException e) {
            // A listener closed by shutdown() while we waited: EINVAL, as R18 observes.
            throw fail(e, Errno.EINVAL);
        }
        return adopt(c, childNonBlocking);
    }

    /**
     * acceptUnlessFull: the first accept of timeout mode. Linux's accept4 takes the new
     * descriptor before it looks at the queue, so with the table full it fails with EMFILE
     * even when nobody connects; CPython polls first there, and times out. So a full table
     * counts as "nothing yet" here: the wait decides, and the accept after it raises EMFILE
     * as CPython's would.
     */
    private static SocketChannel acceptUnlessFull(ServerSocketChannel s) throws IOException {
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

    @Override
    public void connect(SockAddr address, long timeoutNanos) throws OSError {
        SocketAddress target = toJdk(address, true);
        SocketChannel ch;
        synchronized (stateLock) {
            checkOpen();
            if (listener != null) {
                throw OSError.of(Errno.EISCONN); // Linux: a listening socket is not TCP_CLOSE
            }
            int pending = pendingError.getAndSet(0);
            if (pending != 0) {
                throw OSError.of(pending); // the failure of the previous connect (R6)
            }
            ch = openStream();
        }
        if (isUnix() && timeoutNanos < 0) {
            connectUnixBlocking(ch, target);
            return;
        }
        try {
            syncMode(ch, timeoutNanos);
            if (ch.isConnected()) {
                throw OSError.of(Errno.EISCONN);
            }
            if (ch.isConnectionPending()) {
                // A connect already under way (R6): blocking waits for it; otherwise it is
                // reported done (None) or EALREADY, as Linux's __inet_stream_connect does.
                if (ch.finishConnect()) {
                    return;
                }
                throw OSError.of(Errno.EALREADY);
            }
            if (ch.connect(target)) {
                return;
            }
            if (timeoutNanos == 0) {
                throw OSError.of(Errno.EINPROGRESS); // R3, R6
            }
            long deadline = System.nanoTime() + timeoutNanos;
            writes.lock(deadline);
            try {
                do {
                    writes.await(ch, SelectionKey.OP_CONNECT, deadline);
                } while (!ch.finishConnect());
            } finally {
                writes.unlock();
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw streamFailed(ch, e, Errno.ENOTCONN);
        }
    }

    /**
     * connectUnixBlocking: a blocking AF_UNIX connect, made of non-blocking attempts. A blocking
     * channel waits in the kernel for room in a full listener's backlog, and the JDK's close
     * protocol (a dead socket dup'ed over the descriptor, then a signal) cannot end that wait
     * when the signal comes before connect(2) starts: Linux's unix_stream_connect waits for the
     * listener's room before it looks at the connecting socket, so the connect waits on the
     * JDK's dead socket, which is blocking (seen: 1-3 hung connects in 920 races with close).
     * A non-blocking attempt answers at once: connected, or EAGAIN while the backlog is full,
     * after which the JDK has closed the channel; between attempts the thread pauses, at most
     * PAUSE_MAX_NANOS, and close() wakes it.
     */
    private void connectUnixBlocking(SocketChannel first, SocketAddress target) throws OSError {
        SocketChannel ch = first;
        long pause = PAUSE_MIN_NANOS;
        writes.lock();
        try {
            for (;;) {
                try {
                    if (ch.isConnected()) {
                        throw OSError.of(Errno.EISCONN);
                    }
                    ch.configureBlocking(false);
                    ch.connect(target); // AF_UNIX connects at once or fails
                    ch.configureBlocking(true);
                    return;
                } catch (IOException | IllegalStateException | IllegalArgumentException e) {
                    if (isClosed()) {
                        throw JdkErrors.withCause(OSError.of(Errno.EBADF), e); // close() ran meanwhile (R16)
                    }
                    if (!(e instanceof SocketException) || JdkErrors.errnoOf(e) != Errno.EAGAIN) {
                        throw streamFailed(ch, e, Errno.ENOTCONN);
                    }
                }
                dropStream(ch); // the JDK closed the channel that failed
                writes.pause(pause);
                pause = Math.min(2 * pause, PAUSE_MAX_NANOS);
                synchronized (stateLock) {
                    checkOpen();
                    ch = openStream();
                }
            }
        } finally {
            writes.unlock();
        }
    }

    @Override
    public int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        return JdkStreamIo.recv(this, dst, flags, timeoutNanos);
    }

    @Override
    public int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        return JdkStreamIo.send(this, src, flags, timeoutNanos);
    }

    @Override
    public void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        JdkStreamIo.sendall(this, src, flags, timeoutNanos);
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
        ServerSocketChannel s = listener;
        if (s != null) {
            if (how != SHUT_WR) {
                stopListening(s);
            }
            return; // Linux ignores SHUT_WR on a listener
        }
        SocketChannel ch = stream;
        try {
            if (ch == null || !connected(ch, Errno.ENOTCONN)) {
                throw OSError.of(Errno.ENOTCONN); // R19: unconnected TCP
            }
            // The JDK signals a thread blocked in read, which then sees end of stream (R18).
            if (how != SHUT_WR) {
                ch.shutdownInput();
            }
            if (how != SHUT_RD) {
                ch.shutdownOutput();
            }
        } catch (IOException | IllegalStateException e) {
            throw fail(e, Errno.ENOTCONN);
        }
    }

    @Override
    public SockAddr getsockname() throws OSError {
        checkOpen();
        try {
            ServerSocketChannel s = listener;
            SocketChannel ch = stream;
            SocketAddress a = s != null ? s.getLocalAddress() : ch != null ? ch.getLocalAddress() : null;
            // Unbound: the wildcard with port 0 (conformance scenario 9).
            return fromJdk(a != null ? a : bound);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public SockAddr getpeername() throws OSError {
        checkOpen();
        SocketChannel ch = stream;
        if (ch == null || listener != null) {
            throw OSError.of(Errno.ENOTCONN);
        }
        try {
            if (!ch.isConnected() && ch.isConnectionPending() && !ch.isBlocking()) {
                settle(ch);
            }
            if (!ch.isConnected()) {
                throw OSError.of(Errno.ENOTCONN);
            }
            return fromJdk(ch.getRemoteAddress());
        } catch (IOException e) {
            throw fail(e, Errno.ENOTCONN);
        }
    }

    @Override
    Channel[] channels() {
        return new Channel[] {stream, listener};
    }

    @Override
    NetworkChannel optionChannel() throws OSError {
        ServerSocketChannel s = listener;
        return s != null ? s : openStream();
    }

    @Override
    boolean listening() {
        return listener != null;
    }

    /** isBound: bound explicitly, by listen, or by a connect done or under way. */
    @Override
    boolean isBound() {
        SocketChannel ch = stream;
        return bound != null || listener != null || (ch != null && (ch.isConnected() || ch.isConnectionPending()));
    }

    // ---- state helpers ----

    private StandardProtocolFamily protocolFamily() {
        if (isUnix()) {
            return StandardProtocolFamily.UNIX;
        }
        return family == JdkAddresses.AF_INET6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET;
    }

    /** openStream returns the client channel, opening it (options, mode, bind) if needed (stateLock). */
    private SocketChannel openStream() throws OSError {
        SocketChannel ch = stream;
        if (ch != null) {
            return ch;
        }
        try {
            ch = SocketChannel.open(protocolFamily());
        } catch (UnsupportedOperationException e) {
            throw JdkErrors.unsupported(Errno.EAFNOSUPPORT, protocolFamily() + " sockets");
        } catch (IOException e) {
            throw JdkErrors.map(e);
        }
        try {
            memo.applyTo(ch);
            ch.configureBlocking(blocking);
            if (bound != null) {
                // A Linux socket keeps its bind across a failed connect or a listener
                // shutdown; the JDK closed the channel that held it.
                if (isUnix()) {
                    releaseUnixName(bound); // the file of that channel's bind stays behind
                }
                ch.bind(bound);
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            closeQuietly(ch);
            throw JdkErrors.map(e);
        }
        stream = ch;
        return ch;
    }

    /** streamOr returns the stream channel, or raises a pending connect error, else errno. */
    SocketChannel streamOr(int errno) throws OSError {
        SocketChannel ch = stream;
        if (ch == null || listener != null) {
            int pending = pendingError.getAndSet(0);
            throw OSError.of(pending != 0 ? pending : errno);
        }
        return ch;
    }

    /**
     * connected tells whether ch can carry data now, finishing a connect begun in
     * non-blocking or timeout mode (a blocking channel waits for it, as Linux's recv does in
     * SYN_SENT). Not connected at all is errno.
     */
    boolean connected(SocketChannel ch, int errno) throws IOException {
        if (ch.isConnected()) {
            return true;
        }
        if (ch.isConnectionPending()) {
            return ch.finishConnect();
        }
        if (!ch.isOpen()) {
            // Closed under us (close() from another thread): fail() decides EBADF or errno.
            throw new ClosedChannelException();
        }
        throw OSError.of(errno);
    }

    /** settle finishes a pending connect without blocking; a failure is kept for SO_ERROR (R6). */
    private void settle(SocketChannel ch) {
        try {
            ch.finishConnect();
        } catch (IOException | IllegalStateException e) {
            if (!isClosed()) {
                pendingError.set(JdkErrors.errnoOf(e));
                dropStream(ch);
            }
        }
    }

    @Override
    int soError() {
        int pending = pendingError.getAndSet(0);
        if (pending != 0) {
            return pending;
        }
        SocketChannel ch = stream;
        if (ch != null && listener == null && ch.isConnectionPending() && !ch.isBlocking()) {
            // The JDK learns a non-blocking connect's outcome only through finishConnect.
            settle(ch);
            return pendingError.getAndSet(0);
        }
        return 0;
    }

    /**
     * stopListening: shutdown(SHUT_RD|SHUT_RDWR) of a listener. Linux stops listening and
     * wakes accept with EINVAL (R18); the bound address stays for a later listen().
     */
    private void stopListening(ServerSocketChannel s) {
        synchronized (stateLock) {
            if (listener != s) {
                return;
            }
            listener = null;
        }
        forget(s);
        closeQuietly(s);
        reads.wakeup();
    }

    /**
     * dropStream forgets a channel the JDK closed after a failed connect: Python's socket
     * stays open and unconnected, so the next call opens a fresh channel.
     */
    private void dropStream(SocketChannel ch) {
        synchronized (stateLock) {
            if (stream == ch) {
                stream = null;
            }
        }
        forget(ch);
    }

    /** streamFailed maps a failure of ch, keeping the socket consistent with Linux (R6, R13). */
    OSError streamFailed(SocketChannel ch, Exception e, int stateErrno) {
        OSError err = fail(e, stateErrno);
        if (!isClosed() && !ch.isOpen() && !(e instanceof ClosedChannelException)) {
            dropStream(ch); // connect failed: the JDK closed the channel
        }
        if (err.errno() == Errno.ECONNRESET) {
            resetReported = true;
        }
        return err;
    }

    /**
     * fail maps e. A channel this socket closed itself while still open in Python's eyes
     * (shutdown of a listener, own SHUT_WR, failed connect) reports stateErrno, not EBADF.
     */
    private OSError fail(Exception e, int stateErrno) {
        // An interrupted thread's channel is closed too, but that closes the socket (fail(e)).
        if (e instanceof ClosedChannelException && !(e instanceof ClosedByInterruptException) && !isClosed()) {
            return JdkErrors.withCause(OSError.of(stateErrno), e);
        }
        return fail(e);
    }

    private Accept adopt(SocketChannel c, boolean childNonBlocking) throws OSError {
        try {
            JdkOptions.Memo inherited;
            synchronized (stateLock) {
                inherited = memo.copy();
            }
            // Linux copies the listener's options onto accepted sockets; the JDK only keeps
            // those it set on the listening descriptor.
            inherited.applyTo(c);
            c.configureBlocking(!childNonBlocking); // R7
            SockAddr peer = fromJdk(c.getRemoteAddress());
            return new Accept(new JdkSocket(family, c, inherited, !childNonBlocking), peer);
        } catch (IOException | IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            closeQuietly(c);
            throw JdkErrors.map(e);
        }
    }
}
