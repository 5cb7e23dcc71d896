package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.SockAddr;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JdkUnixStreamFamily: AF_UNIX streams on path names ({@link JdkUnixAddresses}), for
 * {@link JdkSocket}. A Linux socket keeps its name through listen(); the JDK fixes a
 * channel's role at creation, so the jdk backend binds the path again on a new channel, after
 * removing the socket file the old channel's bind created: for a moment the path does not
 * exist.
 */
final class JdkUnixStreamFamily implements JdkStreamFamily {
    static final JdkUnixStreamFamily INSTANCE = new JdkUnixStreamFamily();

    private JdkUnixStreamFamily() {
    }

    @Override
    public int family() {
        return Os.AF_UNIX;
    }

    /** protocol: Linux reports 0 for an AF_UNIX stream. */
    @Override
    public int protocol() {
        return 0;
    }

    @Override
    public ProtocolFamily protocolFamily() {
        return StandardProtocolFamily.UNIX;
    }

    @Override
    public SocketAddress toJdk(SockAddr address, boolean connecting) throws OSError {
        return JdkUnixAddresses.toJdk(address);
    }

    @Override
    public SockAddr fromJdk(SocketAddress address) {
        return JdkUnixAddresses.fromJdk(address);
    }

    /** notConnectedErrno: Linux's AF_UNIX streams answer recv with EINVAL and send with ENOTCONN. */
    @Override
    public int notConnectedErrno(boolean sending) {
        return sending ? Errno.ENOTCONN : Errno.EINVAL;
    }

    /** listenAddress: Linux's unix_listen refuses an unbound socket (EINVAL). */
    @Override
    public SocketAddress listenAddress(SocketAddress bound) throws OSError {
        if (bound == null) {
            throw OSError.of(Errno.EINVAL);
        }
        return bound;
    }

    /** rebinding removes the socket file of the old bind, which would make the new bind EADDRINUSE. */
    @Override
    public void rebinding(SocketAddress local) throws IOException {
        Path path = JdkUnixAddresses.pathOf(local);
        if (path != null) {
            Files.deleteIfExists(path);
        }
    }

    /** configureListener: nothing; SO_REUSEADDR means nothing to AF_UNIX (the memo keeps it, JdkOptions). */
    @Override
    public void configureListener(ServerSocketChannel s, JdkOptions.Memo memo) {
        // nothing
    }

    @Override
    public boolean connectsAtOnce() {
        return true;
    }
}
