package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.SHUT_RD;
import static dev.pysocket.internal.Os.SHUT_RDWR;
import static dev.pysocket.internal.Os.SHUT_WR;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.SocketImpl;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channel;
import java.nio.channels.NetworkChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * AbstractJdkSocket: what every jdk-backend socket shares, whatever channel it sits on
 * ({@link JdkSocket} for streams, {@link JdkDatagramSocket} for UDP): its synthetic
 * fileno, its lifetime and close(), the waiters of its two directions (R1, R2), options over
 * the channel and its {@link JdkOptions.Memo} (R32) in both the int and the bytes form,
 * and the failure mapping with the socket's state ({@link #failure}).
 */
abstract class AbstractJdkSocket implements SocketImpl {
    /**
     * HANDLES numbers sockets for fileno(). The JDK does not expose descriptors, so these are
     * NOT OS descriptors: they only identify a socket within this process, start far above
     * real descriptor numbers ({@code 1 << 20}) and are never reused.
     */
    private static final AtomicInteger HANDLES = new AtomicInteger(1 << 20);


    /** family, type, protocol: what SO_DOMAIN, SO_TYPE and SO_PROTOCOL report. */
    final int family;
    private final int type;
    private final int protocol;
    /**
     * lifetime: the closed state (docs/close.md). No operation acquires it: the JDK's channels
     * keep their own descriptors alive while a thread is inside (SocketChannelImpl's close
     * protocol), and no thread ever blocks inside one (they are non-blocking), so closing
     * closes the channels at once.
     */
    private final FdHandle lifetime = new FdHandle(HANDLES.getAndIncrement(), new FdHandle.Closer() {
        @Override
        public void preClose(int fd) {
            throw new IllegalStateException("no operation holds a jdk socket's handle");
        }

        @Override
        public int destroy(int fd) {
            closeChannels();
            return 0;
        }
    });
    /** reads, writes: the waits per direction, in blocking and timeout mode (JdkCall). */
    final JdkWaiter reads = new JdkWaiter();
    final JdkWaiter writes = new JdkWaiter();
    /**
     * stateLock guards close, option changes and each socket's own transitions; never held
     * across a wait.
     */
    final Object stateLock = new Object();
    /** memo: the options set so far (stateLock); JdkOptions reads defaults through it. */
    final JdkOptions.Memo memo;

    AbstractJdkSocket(int family, int type, int protocol, JdkOptions.Memo memo) {
        this.family = family;
        this.type = type;
        this.protocol = protocol;
        this.memo = memo;
    }

    /** channels: the channels behind the socket now, for close(); an entry may be null (stateLock). */
    abstract Channel[] channels();

    /** optionChannel: the channel options apply to now (stateLock). */
    abstract NetworkChannel optionChannel() throws OSError;

    /** listening: what SO_ACCEPTCONN reports. */
    abstract boolean listening();

    /** soError: SO_ERROR, read once and cleared (R33). */
    abstract int soError();

    /** isBound: whether the socket has a local address, after which Linux refuses IPV6_V6ONLY (R33). */
    abstract boolean isBound() throws OSError;

    /** option finds (level, optname) for this socket, or throws what Linux would (R32). */
    JdkOptions.Opt option(int level, int optname, boolean get) throws OSError {
        return JdkOptions.find(family, level, optname, get);
    }

    @Override
    public final String backendName() {
        return JdkBackend.NAME;
    }

    @Override
    public final FdHandle lifetime() {
        return lifetime;
    }

    // The byte[] forms are views on the ByteBuffer forms, where each socket's I/O lives.
    @Override
    public final int recv(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        return recv(ByteBuffer.wrap(buf, off, len), flags, timeoutNanos);
    }

    @Override
    public final int send(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        return send(ByteBuffer.wrap(buf, off, len), flags, timeoutNanos);
    }

    @Override
    public final void sendall(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        sendall(ByteBuffer.wrap(buf, off, len), flags, timeoutNanos);
    }

    @Override
    public final int getsockoptInt(int level, int optname) throws OSError {
        checkOpen();
        JdkOptions.Opt o = option(level, optname, true);
        switch (o.kind()) {
            case TYPE:
                return type;
            case DOMAIN:
                return family;
            case PROTOCOL:
                return protocol;
            case ACCEPTCONN:
                return listening() ? 1 : 0;
            case ERROR:
                return soError();
            case V6ONLY:
                return 0; // the JDK opens IPv6 sockets dual-stack (JdkOptions.setV6only)
            default:
                break;
        }
        return onOptionChannel(ch -> JdkOptions.read(ch, memo, o, family));
    }

    @Override
    public final void setsockoptInt(int level, int optname, int value) throws OSError {
        checkOpen();
        JdkOptions.Opt o = option(level, optname, false);
        if (o.kind() == JdkOptions.Kind.V6ONLY) {
            JdkOptions.setV6only(value, isBound());
            return;
        }
        if (o.option() == null) {
            throw OSError.of(Errno.ENOPROTOOPT); // read-only on Linux (SO_TYPE, SO_ERROR, ...)
        }
        onOptionChannel(ch -> {
            JdkOptions.write(ch, memo, o, value, family);
            return null;
        });
    }

    /**
     * getsockopt, bytes form: the C value the JDK can express: a native-order int for int
     * options, {@code struct linger {l_onoff, l_linger}} for SO_LINGER, cut to buflen as
     * Linux's sock_getsockopt does.
     */
    @Override
    public final byte[] getsockopt(int level, int optname, int buflen) throws OSError {
        checkOpen();
        JdkOptions.Opt o = option(level, optname, true);
        ByteBuffer b = ByteBuffer.allocate(2 * Integer.BYTES).order(ByteOrder.nativeOrder());
        if (o.kind() == JdkOptions.Kind.LINGER) {
            int seconds = onOptionChannel(ch -> JdkOptions.readLinger(ch, memo, o, family));
            b.putInt(seconds >= 0 ? 1 : 0).putInt(Math.max(seconds, 0));
        } else {
            b.putInt(getsockoptInt(level, optname));
        }
        return Arrays.copyOf(b.array(), Math.min(b.position(), buflen));
    }

    /**
     * setsockopt, bytes form: SO_LINGER from an 8-byte struct linger, other options from a
     * native-order int; a shorter buffer is EINVAL, as Linux answers.
     */
    @Override
    public void setsockopt(int level, int optname, byte[] value) throws OSError {
        checkOpen();
        JdkOptions.Opt o = option(level, optname, false);
        if (o.kind() != JdkOptions.Kind.LINGER) {
            setsockoptInt(level, optname, cInt(value));
            return;
        }
        if (value.length < 2 * Integer.BYTES) {
            throw OSError.of(Errno.EINVAL);
        }
        ByteBuffer b = ByteBuffer.wrap(value).order(ByteOrder.nativeOrder());
        int seconds = b.getInt(0) != 0 ? b.getInt(Integer.BYTES) : -1;
        onOptionChannel(ch -> {
            JdkOptions.writeLinger(ch, memo, o, seconds, family);
            return null;
        });
    }

    /** cInt reads the native-order C int at the start of value; a shorter buffer is EINVAL, as Linux answers. */
    static int cInt(byte[] value) throws OSError {
        if (value.length < Integer.BYTES) {
            throw OSError.of(Errno.EINVAL);
        }
        return ByteBuffer.wrap(value).order(ByteOrder.nativeOrder()).getInt(0);
    }

    /** OptionCall: one JdkOptions call on the option channel. */
    @FunctionalInterface
    private interface OptionCall<T> {
        T on(NetworkChannel ch) throws IOException;
    }

    /** onOptionChannel runs call on the option channel under stateLock, with failures mapped. */
    private <T> T onOptionChannel(OptionCall<T> call) throws OSError {
        synchronized (stateLock) {
            checkOpen();
            try {
                return call.on(optionChannel());
            } catch (IOException | RuntimeException e) {
                throw failure(e, Errno.EBADF);
            }
        }
    }

    @Override
    public final boolean getInheritable() throws OSError {
        checkOpen();
        return false; // the JDK opens every socket with close-on-exec (R16)
    }

    @Override
    public final void setInheritable(boolean inheritable) throws OSError {
        checkOpen();
        if (inheritable) {
            throw JdkBackend.INSTANCE.unsupported(Capability.INHERITABLE, "set_inheritable(True)");
        }
    }

    /** close: closes the socket now (R16: a second close is a no-op); see closeChannels. */
    final void close() {
        lifetime.close();
    }

    /**
     * closeChannels: the lifetime's destroy. Threads waiting in either mode wake through
     * JdkWaiter.close and raise EBADF. The pollers drop the channels' keys before the
     * channels close: a registered channel's close is deferred until its keys are gone, and
     * {@code SocketChannelImpl.implCloseNonBlockingMode} then reads SO_LINGER and shuts the
     * output down (turning a positive linger off), system calls a plain close does not make.
     * A key a racing waiter added meanwhile is dropped after the close. A transition under
     * stateLock either finished before the channels are read here or sees the socket closed.
     */
    private void closeChannels() {
        Channel[] channels;
        synchronized (stateLock) {
            channels = channels();
        }
        reads.close();
        writes.close();
        JdkPollers.deregister(channels);
        for (Channel ch : channels) {
            JdkChannels.closeQuietly(ch);
        }
        JdkPollers.flush(channels);
    }

    /** isClosed: whether close() has run. */
    final boolean isClosed() {
        return lifetime.isClosed();
    }

    final void checkOpen() throws OSError {
        if (lifetime.isClosed()) {
            throw OSError.of(Errno.EBADF); // R16
        }
    }

    /** checkHow: shutdown's how must be SHUT_RD, SHUT_WR or SHUT_RDWR; Linux checks it first (R19). */
    static void checkHow(int how) throws OSError {
        if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR) {
            throw OSError.of(Errno.EINVAL);
        }
    }

    /**
     * setTimeoutMode: nothing to change: the channels are always non-blocking, and each call
     * waits as its timeoutNanos says (JdkCall).
     */
    @Override
    public final void setTimeoutMode(long timeoutNanos) throws OSError {
        checkOpen();
    }

    /**
     * failure: the OSError for what a call of this socket threw ({@link JdkErrors}), given
     * the socket's state: stateErrno is what a channel not in the state the call needs means
     * while the socket is open; once it is closed, EBADF (R16).
     */
    final OSError failure(Throwable t, int stateErrno) {
        return JdkErrors.toOSError(t, isClosed(), stateErrno);
    }
}
