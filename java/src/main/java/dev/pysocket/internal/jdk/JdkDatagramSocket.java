package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.IPPROTO_UDP;
import static dev.pysocket.internal.Os.SOCK_DGRAM;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.Platform;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.Channel;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectionKey;

/**
 * JdkDatagramSocket: a UDP socket (AF_INET, AF_INET6) on a java.nio {@link DatagramChannel},
 * opened at creation as Linux's socket(2) is.
 *
 * <p>Modes (R1) as {@link JdkSocket}: the channel is non-blocking, and {@link JdkCall} waits
 * for it as the socket's mode says, in a {@link JdkWaiter} per direction (R2), which close()
 * wakes.
 * Errnos are Linux's: send unconnected is EDESTADDRREQ, listen/accept EOPNOTSUPP, an ICMP
 * port unreachable on a connected socket ECONNREFUSED once (R14); kernel failures the JDK
 * reports by strerror text (EMSGSIZE, EACCES for broadcast) go through {@link JdkErrors}.
 *
 * <p>What java.nio cannot do raises an OSError naming the jdk backend: every MSG_* flag
 * but MSG_NOSIGNAL (so no MSG_TRUNC real lengths: java.nio truncates silently;
 * {@link Capability#DATAGRAM_FLAGS}), shutdown of a connected socket
 * ({@link Capability#DATAGRAM_SHUTDOWN}), IPV6_V6ONLY = 1 (the JDK opens IPv6 sockets
 * dual-stack), and on a connected socket sendto another address, a zero-length datagram
 * (java.nio skips empty writes once connected) and send after a connect to port 0
 * ({@link Capability#CONNECTED_DATAGRAM_SENDS}). Known differences:
 * fileno() is a synthetic handle, as for TCP; a receive on an unbound socket binds it to an
 * ephemeral port first, as java.nio does; SO_ERROR reads 0 (a pending ICMP error is raised by
 * the next call instead); after a connect to port 0 the socket stays bound to the wildcard
 * address and receives from any sender.
 */
public final class JdkDatagramSocket extends AbstractJdkSocket {
    /** SEND_FLAGS_OK: MSG_NOSIGNAL is what the JDK does anyway (it never raises SIGPIPE). */
    private static final int SEND_FLAGS_OK = Platform.has("MSG_NOSIGNAL") ? Platform.constant("MSG_NOSIGNAL") : 0;

    /** UDP_MAX: the longest datagram udp_sendmsg accepts over IPv4 before it looks at the address. */
    private static final int UDP_MAX = 0xFFFF;

    // reads waits for receives, writes for sends; stateLock also guards connect.
    private final DatagramChannel ch;
    /**
     * peerPortZero: connect() was to port 0, which Linux accepts and java.nio refuses; the
     * channel stays unconnected and send has nowhere the JDK can send to (stateLock to write).
     */
    private volatile boolean peerPortZero;

    JdkDatagramSocket(int family) throws OSError {
        super(family, SOCK_DGRAM, IPPROTO_UDP, new JdkOptions.Memo());
        StandardProtocolFamily pf = family == Os.AF_INET6 ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET;
        try {
            ch = DatagramChannel.open(pf);
        } catch (UnsupportedOperationException | IOException e) {
            throw JdkErrors.toOSError(e); // EMFILE, or EAFNOSUPPORT where the JDK lacks the family
        }
        try {
            ch.configureBlocking(false);
            // Linux starts with SO_BROADCAST off (R14: broadcast needs it); say so explicitly
            // rather than depend on what a JDK version defaults to.
            ch.setOption(StandardSocketOptions.SO_BROADCAST, false);
        } catch (IOException | RuntimeException e) {
            close();
            throw failure(e, Errno.EBADF);
        }
    }

    @Override
    public void bind(SockAddr address) throws OSError {
        InetSocketAddress isa = JdkAddresses.toInet(family, address);
        checkOpen();
        try {
            // Bound already (explicitly, or by a sendto/connect): AlreadyBoundException or
            // the kernel's own EINVAL, as Linux's inet_bind.
            ch.bind(isa);
        } catch (IOException | RuntimeException e) {
            throw failure(e, Errno.EBADF);
        }
    }

    @Override
    public void listen(int backlog) throws OSError {
        checkOpen();
        throw OSError.of(Errno.EOPNOTSUPP); // Linux: a datagram socket cannot listen (scenario 10)
    }

    @Override
    public Accept accept(long timeoutNanos, boolean childNonBlocking) throws OSError {
        checkOpen();
        throw OSError.of(Errno.EOPNOTSUPP);
    }

    /**
     * connect: Linux's UDP connect sets the default peer at once, also over a previous one.
     * Port 0 Linux accepts too, leaving a socket with a port of its own and no peer name
     * (inet_getname: ENOTCONN); java.nio refuses it ("Can't connect to port 0"), so the
     * channel is only bound, as that connect would bind it, and send then raises.
     */
    @Override
    public void connect(SockAddr address, long timeoutNanos) throws OSError {
        InetSocketAddress target = JdkAddresses.toConnectTarget(family, address);
        synchronized (stateLock) {
            checkOpen();
            try {
                if (ch.isConnected()) {
                    ch.disconnect(); // java.nio refuses to connect a connected channel; Linux re-connects
                }
                peerPortZero = target.getPort() == 0;
                if (peerPortZero) {
                    if (ch.getLocalAddress() == null) {
                        ch.bind(JdkAddresses.wildcard(family));
                    }
                    return;
                }
                ch.connect(target);
            } catch (IOException | RuntimeException e) {
                throw failure(e, Errno.EBADF);
            }
        }
    }

    /** recv: one datagram, its sender dropped (Linux lets an unconnected socket recv too). */
    @Override
    public int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        checkRecvFlags(flags);
        int pos = dst.position();
        receive(dst, timeoutNanos);
        return dst.position() - pos;
    }

    /** send: one datagram to the connected peer; unconnected is EDESTADDRREQ 89 (R14). */
    @Override
    public int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        checkSendFlags(flags);
        if (!ch.isConnected()) {
            if (peerPortZero) {
                throw JdkBackend.INSTANCE.unsupported(Capability.CONNECTED_DATAGRAM_SENDS,
                        "send after connect to port 0 (java.nio cannot send to port 0)");
            }
            throw OSError.of(Errno.EDESTADDRREQ);
        }
        return transmit(src, null, timeoutNanos);
    }

    /** sendall: a datagram goes out whole or not at all, so one send is all of it. */
    @Override
    public void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        send(src, flags, timeoutNanos);
    }

    @Override
    public int sendto(byte[] buf, int off, int len, int flags, SockAddr address, long timeoutNanos) throws OSError {
        InetSocketAddress target = JdkAddresses.toConnectTarget(family, address);
        checkOpen();
        checkSendFlags(flags);
        if (target.getPort() == 0) {
            // Linux's udp_sendmsg: over IPv4 a datagram above 0xFFFF bytes is EMSGSIZE first;
            // then a zero destination port is EINVAL (java.nio would say "Can't send to port 0").
            throw OSError.of(family == Os.AF_INET && len > UDP_MAX ? Errno.EMSGSIZE : Errno.EINVAL);
        }
        if (ch.isConnected()) {
            SocketAddress peer = remote();
            if (!target.equals(peer)) {
                // Linux sends to the given address anyway; java.nio refuses.
                throw JdkBackend.INSTANCE.unsupported(Capability.CONNECTED_DATAGRAM_SENDS,
                        "sendto another address on a connected UDP socket");
            }
        }
        return transmit(ByteBuffer.wrap(buf, off, len), target, timeoutNanos);
    }

    @Override
    public Received recvfrom(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        checkOpen();
        checkRecvFlags(flags);
        ByteBuffer dst = ByteBuffer.wrap(buf, off, len);
        SocketAddress from = receive(dst, timeoutNanos);
        return new Received(dst.position() - off, JdkAddresses.fromInet(family, from));
    }

    /**
     * receive takes one datagram into dst (the part that fits; java.nio drops the rest, as
     * Linux's recv does without MSG_TRUNC) and returns its sender, in the mode timeoutNanos
     * asks for (R1-R3).
     */
    private SocketAddress receive(ByteBuffer dst, long timeoutNanos) throws OSError {
        try {
            return JdkCall.run(reads, ch, SelectionKey.OP_READ, JdkBuffers::receive, dst, timeoutNanos, Errno.EAGAIN);
        } catch (IOException | RuntimeException e) {
            throw failure(e, Errno.EBADF);
        }
    }

    /** transmit sends src as one datagram to target (null: the connected peer); returns its length. */
    private int transmit(ByteBuffer src, InetSocketAddress target, long timeoutNanos) throws OSError {
        if (!src.hasRemaining() && ch.isConnected()) {
            // java.nio sends through write() once connected, and skips an empty write: it
            // would return 0 having sent nothing, a silent no-op.
            throw JdkBackend.INSTANCE.unsupported(Capability.CONNECTED_DATAGRAM_SENDS,
                    "a zero-length datagram on a connected UDP socket");
        }
        JdkBuffers.checkDatagram(src);
        try {
            return JdkCall.run(writes, ch, SelectionKey.OP_WRITE, JdkDatagramSocket::sendOnce, new Outgoing(src, target),
                    timeoutNanos, Errno.EAGAIN);
        } catch (IOException | RuntimeException e) {
            // A write on a channel that is not connected (a connect racing): Linux's EDESTADDRREQ (R14).
            throw failure(e, Errno.EDESTADDRREQ);
        }
    }

    /** Outgoing: one datagram and where it goes (null: the connected peer). */
    private record Outgoing(ByteBuffer data, InetSocketAddress target) {
    }

    /** sendOnce: JdkCall's attempt: the datagram's length once sent, null while the send buffer has no room. */
    private static Integer sendOnce(DatagramChannel ch, Outgoing d) throws IOException {
        ByteBuffer src = d.data();
        int n = d.target() == null ? ch.write(src) : ch.send(src, d.target());
        return n > 0 || !src.hasRemaining() ? n : null;
    }

    /**
     * shutdown: Linux checks how, then refuses an unconnected socket (ENOTCONN, observed on
     * CPython 3.11); a connected one it would shut down, which java.nio cannot.
     */
    @Override
    public void shutdown(int how) throws OSError {
        checkOpen();
        checkHow(how);
        if (!ch.isConnected()) {
            throw OSError.of(Errno.ENOTCONN);
        }
        throw JdkBackend.INSTANCE.unsupported(Capability.DATAGRAM_SHUTDOWN, "shutdown of a UDP socket");
    }

    @Override
    public SockAddr getsockname() throws OSError {
        checkOpen();
        try {
            // Unbound: the wildcard with port 0, as Linux reports it.
            return JdkAddresses.fromInet(family, ch.getLocalAddress());
        } catch (IOException e) {
            throw failure(e, Errno.EBADF);
        }
    }

    @Override
    public SockAddr getpeername() throws OSError {
        checkOpen();
        SocketAddress peer = remote();
        if (peer == null) {
            throw OSError.of(Errno.ENOTCONN);
        }
        return JdkAddresses.fromInet(family, peer);
    }

    private SocketAddress remote() throws OSError {
        try {
            return ch.getRemoteAddress();
        } catch (IOException e) {
            throw failure(e, Errno.EBADF);
        }
    }

    @Override
    Channel[] channels() {
        return new Channel[] {ch};
    }

    @Override
    NetworkChannel optionChannel() {
        return ch;
    }

    @Override
    boolean listening() {
        return false;
    }

    /** soError: 0; java.nio raises a pending ICMP error on the next call instead. */
    @Override
    int soError() {
        return 0;
    }

    /** isBound: a port of its own, by bind, connect or a first send (unbound is port 0). */
    @Override
    boolean isBound() throws OSError {
        return getsockname().port() != 0;
    }

    /**
     * option finds (level, optname) as JdkOptions does, except that TCP options on a UDP
     * socket get what Linux's udp_getsockopt/udp_setsockopt answer for a level they do not
     * know (R32: EOPNOTSUPP to read, ENOPROTOOPT to write).
     */
    @Override
    JdkOptions.Opt option(int level, int optname, boolean get) throws OSError {
        if (level == Os.IPPROTO_TCP) {
            throw OSError.of(get ? Errno.EOPNOTSUPP : Errno.ENOPROTOOPT);
        }
        return JdkOptions.find(family, level, optname, get);
    }

    /**
     * setsockopt, bytes form: a native-order C int for every option. SO_LINGER too, unlike
     * a stream socket: a DatagramChannel has no linger, and the int form refuses it (EINVAL).
     */
    @Override
    public void setsockopt(int level, int optname, byte[] value) throws OSError {
        checkOpen();
        option(level, optname, false);
        setsockoptInt(level, optname, cInt(value));
    }

    private static void checkRecvFlags(int flags) throws OSError {
        if (flags != 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.DATAGRAM_FLAGS, "recv flags on datagrams (MSG_TRUNC, MSG_PEEK, ...)");
        }
    }

    private static void checkSendFlags(int flags) throws OSError {
        if ((flags & ~SEND_FLAGS_OK) != 0) {
            throw JdkBackend.INSTANCE.unsupported(Capability.DATAGRAM_FLAGS, "send flags on datagrams other than MSG_NOSIGNAL");
        }
    }
}
