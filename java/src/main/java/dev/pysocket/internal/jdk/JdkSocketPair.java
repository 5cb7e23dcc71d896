package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.SockAddr;
import dev.pysocket.internal.SocketImpl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JdkSocketPair: socketpair(AF_UNIX, SOCK_STREAM) on the jdk backend, which has no
 * socketpair(2). It is what CPython does on platforms without one ({@code Lib/socket.py},
 * {@code _fallback_socketpair}): a listener, a client connected to it, the accepted end, and
 * (since gh-122133, in CPython 3.13) a check that the accepted end's peer is that client, since
 * another local process may connect to the listener first.
 *
 * <p>The names live in a new directory that only this user can enter
 * ({@link Files#createTempDirectory}: mode 0700). The client binds a name there too, so that
 * the check can tell it from another process of the same user. Both names and the directory
 * are removed before the pair is returned, and both ends then report the unnamed address for
 * themselves and their peer, as the ends of socketpair(2) do. AF_INET and AF_INET6 raise
 * EOPNOTSUPP after socket()'s own checks, as Linux's socketpair(2) does.
 *
 * <p>The ends are the accepted socket first and the client second, as in CPython; both are
 * blocking, like socketpair(2)'s (the facade applies the default timeout).
 */
final class JdkSocketPair {
    private JdkSocketPair() {
    }

    /** open makes a connected pair; family, type and proto are checked as socket() checks them. */
    static Backend.Pair open(JdkBackend backend, int family, int type, int proto) throws OSError {
        SocketImpl first = backend.socket(family, type, proto);
        if (!(first instanceof JdkSocket listener)) {
            first.closeNow();
            throw backend.unsupported(Capability.SOCKETPAIR, "socketpair() of socket type " + type);
        }
        if (family != Os.AF_UNIX) {
            first.closeNow();
            throw OSError.of(Errno.EOPNOTSUPP); // Linux: inet_stream_ops has sock_no_socketpair
        }
        Path dir = null;
        JdkSocket client = null;
        JdkSocket accepted = null;
        try {
            dir = privateDirectory();
            listener.bind(unixName(dir, "l"));
            listener.listen(1);
            client = (JdkSocket) backend.socket(family, type, proto);
            client.bind(unixName(dir, "c"));
            // Blocking: an AF_UNIX connect to a listener with room in its backlog completes at once.
            client.connect(listener.getsockname(), -1);
            accepted = (JdkSocket) listener.accept(-1, false).impl();
            if (!accepted.getsockname().equals(client.getpeername())
                    || !client.getsockname().equals(accepted.getpeername())) {
                throw new OSError("Unexpected peer connection"); // CPython raises ConnectionError
            }
            accepted.unname();
            client.unname();
            Backend.Pair pair = new Backend.Pair(accepted, client);
            accepted = null;
            client = null;
            return pair;
        } finally {
            listener.closeNow();
            closeNow(client);
            closeNow(accepted);
            if (dir != null) {
                removeDirectory(dir);
            }
        }
    }

    /** privateDirectory: a new directory in java.io.tmpdir that only this user may enter. */
    private static Path privateDirectory() throws OSError {
        try {
            return Files.createTempDirectory("psk");
        } catch (IOException | RuntimeException e) {
            throw JdkErrors.toOSError(e);
        }
    }

    private static SockAddr unixName(Path dir, String name) {
        return JdkUnixAddresses.of(dir.resolve(name));
    }

    /** removeDirectory removes the socket files and dir; what cannot be removed is left in the temporary directory. */
    private static void removeDirectory(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve("l"));
            Files.deleteIfExists(dir.resolve("c"));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // left behind in java.io.tmpdir
        }
    }

    private static void closeNow(SocketImpl s) {
        if (s != null) {
            s.closeNow();
        }
    }
}
