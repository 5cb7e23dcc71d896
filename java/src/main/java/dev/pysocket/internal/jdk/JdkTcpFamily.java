package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;

/** JdkTcpFamily: TCP over AF_INET or AF_INET6, for {@link JdkSocket}. */
final class JdkTcpFamily implements JdkStreamFamily {
    static final JdkTcpFamily INET = new JdkTcpFamily(Os.AF_INET, StandardProtocolFamily.INET);
    static final JdkTcpFamily INET6 = new JdkTcpFamily(Os.AF_INET6, StandardProtocolFamily.INET6);

    private final int family;
    private final ProtocolFamily protocolFamily;

    private JdkTcpFamily(int family, ProtocolFamily protocolFamily) {
        this.family = family;
        this.protocolFamily = protocolFamily;
    }

    @Override
    public int family() {
        return family;
    }

    @Override
    public int protocol() {
        return Os.IPPROTO_TCP;
    }

    @Override
    public ProtocolFamily protocolFamily() {
        return protocolFamily;
    }

    /** toJdk: connect treats the any-address as loopback, as Linux does. */
    @Override
    public SocketAddress toJdk(SockAddr address, boolean connecting) throws OSError {
        return connecting ? JdkAddresses.toConnectTarget(family, address) : JdkAddresses.toInet(family, address);
    }

    @Override
    public SockAddr fromJdk(SocketAddress address) {
        return JdkAddresses.fromInet(family, address);
    }

    /** notConnectedErrno: recv is ENOTCONN and send EPIPE on TCP (R13). */
    @Override
    public int notConnectedErrno(boolean sending) {
        return sending ? Errno.EPIPE : Errno.ENOTCONN;
    }

    /** listenAddress: unbound, the wildcard and an ephemeral port, as Linux's listen binds. */
    @Override
    public SocketAddress listenAddress(SocketAddress bound) {
        return bound != null ? bound : JdkAddresses.wildcard(family);
    }

    /** rebinding: the port is free once the old channel's descriptor is closed. */
    @Override
    public void rebinding(SocketAddress local) {
        // nothing to remove
    }

    /** configureListener: the JDK turns SO_REUSEADDR on for server channels; Python leaves it as set. */
    @Override
    public void configureListener(ServerSocketChannel s, JdkOptions.Memo memo) throws IOException {
        Object reuse = memo.get(StandardSocketOptions.SO_REUSEADDR);
        s.setOption(StandardSocketOptions.SO_REUSEADDR, reuse instanceof Boolean r && r);
    }

    @Override
    public boolean connectsAtOnce() {
        return false;
    }
}
