package dev.pysocket.internal.jdk;

import dev.pysocket.OSError;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;

/**
 * JdkStreamFamily: what differs between the stream sockets of the jdk backend by address
 * family: TCP over AF_INET and AF_INET6 ({@link JdkTcpFamily}) and AF_UNIX streams on path
 * names ({@link JdkUnixStreamFamily}). Everything else a {@link JdkSocket} does is the same.
 */
interface JdkStreamFamily {
    /** family: the AF_* constant (SO_DOMAIN). */
    int family();

    /** protocol: what SO_PROTOCOL reports. */
    int protocol();

    /** protocolFamily: the JDK's name of the family, to open channels with. */
    ProtocolFamily protocolFamily();

    /** toJdk converts a facade address for bind (connecting false) or connect. */
    SocketAddress toJdk(SockAddr address, boolean connecting) throws OSError;

    /** fromJdk converts what the JDK reports; null is the unbound address. */
    SockAddr fromJdk(SocketAddress address);

    /** notConnectedErrno: what Linux answers for recv (sending false) or send on a socket with no connection. */
    int notConnectedErrno(boolean sending);

    /** listenAddress: the address listen() binds: the bound one, or what Linux does for an unbound socket. */
    SocketAddress listenAddress(SocketAddress bound) throws OSError;

    /**
     * rebinding: local, which a channel this socket closed was bound to, is about to be bound
     * again on a new channel (listen's channel swap, a fresh channel after a failed connect).
     */
    void rebinding(SocketAddress local) throws IOException;

    /** configureListener sets what a new server channel needs beyond the remembered options. */
    void configureListener(ServerSocketChannel s, JdkOptions.Memo memo) throws IOException;

    /**
     * connectsAtOnce: a connect either completes or fails at once, never "in progress"
     * (AF_UNIX); a blocking one then retries a full backlog itself ({@link JdkStreamConnect}).
     */
    boolean connectsAtOnce();
}
