package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.FdHandle;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.Channel;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JdkStreamChannels: the channel state of one stream socket ({@link JdkSocket}): which
 * channel stands for it now, its bound address, and what Linux would still report.
 *
 * <p>A Python socket is born unbound and becomes a client or a server later; the JDK fixes
 * that at creation. So the socket holds a SocketChannel (opened on first need: bind,
 * connect, an option) until listen(), which closes it and opens a ServerSocketChannel on the
 * same local address, carrying the options set so far ({@link JdkOptions.Memo}). Every
 * channel is non-blocking from the start ({@link JdkCall} waits for it).
 *
 * <p>Locking, as in {@code sun.nio.ch.SocketChannelImpl}: {@link #lock} is the socket's state
 * lock; it guards every transition (the fields are only written under it) and is never held
 * across a wait. The fields are volatile, so calls read them without it.
 */
final class JdkStreamChannels {
    /** lock: the socket's state lock (its options are guarded by it too). */
    final Object lock;
    private final FdHandle lifetime;
    private final JdkOptions.Memo memo;
    private final JdkStreamFamily family;

    /** stream: the client-side channel; null before first need, after listen and after a failed connect. Written under lock. */
    private volatile SocketChannel stream;
    /** listener: the channel after listen(); null again after shutdown(SHUT_RD) of a listener. Written under lock. */
    private volatile ServerSocketChannel listener;
    /** bound: the explicit bind or the listening address, kept across channel swaps. Written under lock. */
    private volatile SocketAddress bound;
    /** resetReported: ECONNRESET was raised once; later recv gives EOF, as on Linux (R13). Set by that call, no lock. */
    private volatile boolean resetReported;
    /** pendingError: a connect failure found outside connect, for SO_ERROR or the next call (R6). Atomic, no lock. */
    private final AtomicInteger pendingError = new AtomicInteger();

    JdkStreamChannels(Object lock, FdHandle lifetime, JdkOptions.Memo memo, JdkStreamFamily family,
            SocketChannel accepted) {
        this.lock = lock;
        this.lifetime = lifetime;
        this.memo = memo;
        this.family = family;
        this.stream = accepted;
    }

    SocketChannel stream() {
        return stream;
    }

    ServerSocketChannel listener() {
        return listener;
    }

    SocketAddress bound() {
        return bound;
    }

    boolean resetReported() {
        return resetReported;
    }

    /** all: the channels for close(); an entry may be null. */
    Channel[] all() {
        synchronized (lock) {
            return new Channel[] {stream, listener};
        }
    }

    /** isBound: bound explicitly, by listen, or by a connect done or under way. */
    boolean isBound() {
        SocketChannel ch = stream;
        return bound != null || listener != null || (ch != null && (ch.isConnected() || ch.isConnectionPending()));
    }

    /**
     * connectable returns the channel to connect, opened if needed: a listener is EISCONN
     * (Linux: not TCP_CLOSE), the failure of a previous connect is raised now (R6).
     */
    SocketChannel connectable() throws OSError {
        synchronized (lock) {
            checkOpen();
            if (listener != null) {
                throw OSError.of(Errno.EISCONN);
            }
            int pending = pendingError.getAndSet(0);
            if (pending != 0) {
                throw OSError.of(pending);
            }
            return openStream();
        }
    }

    /** reopen returns a fresh client channel after the last one was dropped (EBADF once closed). */
    SocketChannel reopen() throws OSError {
        synchronized (lock) {
            return openStream();
        }
    }

    /**
     * openStream returns the client channel, opening it (options, bind) if needed; EBADF once
     * the socket is closed, so that close() never misses a channel. Caller holds lock.
     */
    SocketChannel openStream() throws OSError {
        checkOpen();
        SocketChannel ch = stream;
        if (ch != null) {
            return ch;
        }
        try {
            ch = SocketChannel.open(family.protocolFamily());
        } catch (UnsupportedOperationException | IOException e) {
            throw JdkErrors.toOSError(e); // EMFILE, or EAFNOSUPPORT where the JDK lacks the family
        }
        try {
            ch.configureBlocking(false);
            memo.applyTo(ch);
            if (bound != null) {
                // A Linux socket keeps its bind across a failed connect or a listener
                // shutdown; the JDK closed the channel that held it.
                family.rebinding(bound);
                ch.bind(bound);
            }
        } catch (IOException | RuntimeException e) {
            JdkChannels.closeQuietly(ch);
            throw JdkErrors.toOSError(e, lifetime.isClosed(), Errno.EINVAL);
        }
        stream = ch;
        return ch;
    }

    /** bind binds the client channel (opened here) to local. Caller holds lock. */
    void bind(SocketAddress local) throws OSError {
        checkOpen(); // a closed socket is EBADF, even one that was bound (Linux finds no file first)
        SocketChannel ch = listener == null && bound == null ? openStream() : null;
        if (ch == null || ch.isConnected() || ch.isConnectionPending()) {
            throw OSError.of(Errno.EINVAL); // bound already, explicitly or by connect/listen (inet_bind)
        }
        try {
            ch.bind(local);
            bound = ch.getLocalAddress();
        } catch (IOException | RuntimeException e) {
            throw failure(ch, e, Errno.EINVAL);
        }
    }

    /**
     * listen swaps the client channel for a server channel on the same address (Linux's
     * listen binds an unbound socket first). Caller holds lock.
     */
    void listen(int backlog) throws OSError {
        checkOpen();
        if (listener != null) {
            return; // Linux only updates the backlog; the JDK cannot.
        }
        SocketChannel old = stream;
        if (old != null && (old.isConnected() || old.isConnectionPending())) {
            throw OSError.of(Errno.EINVAL);
        }
        SocketAddress local = family.listenAddress(bound);
        ServerSocketChannel s = null;
        try {
            if (old != null) {
                // Release the address the bound SocketChannel holds, then take it again. First,
                // so that listen needs no second descriptor (CPython's needs none): a
                // failure below leaves the socket unconnected with its address in bound,
                // which openStream binds again.
                stream = null;
                JdkChannels.closeNow(old);
            }
            s = ServerSocketChannel.open(family.protocolFamily());
            s.configureBlocking(false);
            family.configureListener(s, memo);
            memo.applyTo(s);
            family.rebinding(local);
            // The JDK replaces a backlog < 1 with 50; 1 is the closest to Linux's 0.
            s.bind(local, Math.max(1, backlog));
            bound = s.getLocalAddress();
            listener = s;
        } catch (IOException | RuntimeException e) {
            JdkChannels.closeQuietly(s);
            throw JdkErrors.toOSError(e, lifetime.isClosed(), Errno.EINVAL);
        }
    }

    /**
     * stopListening: shutdown(SHUT_RD|SHUT_RDWR) of listener s. Linux stops listening and
     * wakes accept with EINVAL (R18); the bound address stays for a later listen().
     */
    void stopListening(ServerSocketChannel s) {
        synchronized (lock) {
            if (listener != s) {
                return;
            }
            listener = null;
        }
        JdkChannels.closeNow(s); // a thread waiting in accept wakes and finds it closed
    }

    /**
     * forData returns the connected (or connecting) stream channel for recv/send; with none,
     * a pending connect error (R6), else notConnectedErrno.
     */
    SocketChannel forData(int notConnectedErrno) throws OSError {
        SocketChannel ch = stream;
        if (ch == null || listener != null || !(ch.isConnected() || ch.isConnectionPending() || !ch.isOpen())) {
            int pending = pendingError.getAndSet(0);
            throw OSError.of(pending != 0 ? pending : notConnectedErrno);
        }
        return ch;
    }

    /** takePendingError: the failure of a previous connect, cleared (R6), or 0. */
    int takePendingError() {
        return pendingError.getAndSet(0);
    }

    /**
     * soError: SO_ERROR, read once and cleared (R33). The JDK learns a non-blocking connect's
     * outcome only through finishConnect, so a connect under way is asked here.
     */
    int soError() {
        int pending = pendingError.getAndSet(0);
        if (pending != 0) {
            return pending;
        }
        SocketChannel ch = stream;
        if (ch != null && listener == null && ch.isConnectionPending()) {
            settle(ch);
            return pendingError.getAndSet(0);
        }
        return 0;
    }

    /** settle finishes a pending connect without waiting; a failure is kept for SO_ERROR (R6). */
    void settle(SocketChannel ch) {
        try {
            ch.finishConnect();
        } catch (IOException | RuntimeException e) {
            if (!lifetime.isClosed()) {
                pendingError.set(JdkErrors.errnoOf(e));
                drop(ch);
            }
        }
    }

    /**
     * failure maps what a call on ch threw (JdkErrors) and keeps the socket consistent with
     * Linux: a channel the JDK closed after a failed connect is dropped (the socket stays
     * open and unconnected, R6), and a reset is reported once (R13).
     */
    OSError failure(SocketChannel ch, Throwable e, int stateErrno) {
        OSError err = JdkErrors.toOSError(e, lifetime.isClosed(), stateErrno);
        if (!lifetime.isClosed() && !ch.isOpen() && !(e instanceof ClosedChannelException)) {
            drop(ch); // connect failed: the JDK closed the channel
        }
        if (err.errno() == Errno.ECONNRESET) {
            resetReported = true;
        }
        return err;
    }

    /** checkOpen: EBADF once close() has run (R16); under lock, no channel opens after close() read them. */
    private void checkOpen() throws OSError {
        if (lifetime.isClosed()) {
            throw OSError.of(Errno.EBADF);
        }
    }

    /**
     * drop forgets a channel the JDK closed after a failed connect: Python's socket stays open
     * and unconnected, so the next call opens a fresh channel.
     */
    void drop(SocketChannel ch) {
        synchronized (lock) {
            if (stream == ch) {
                stream = null;
            }
        }
        JdkPollers.forget(ch);
    }
}
