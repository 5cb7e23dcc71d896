package dev.pysocket.bench;

import dev.pysocket.Address;
import dev.pysocket.Sockets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loopback makes connected socket pairs on 127.0.0.1 (or an AF_UNIX path), one factory per
 * API family. Each connects, then accepts the queued connection on the same thread (the
 * kernel completes the handshake without accept), and closes the listener. TCP pairs get
 * TCP_NODELAY on both ends when asked: every ping-pong workload specifies it, bulk does not
 * (the C reference streams with Nagle on, and NODELAY changes how 64 KiB writes segment).
 */
final class Loopback {
    /**
     * SO_TIMEOUT of the one java.net socket that receives with a timeout (the pp1to client).
     * Not set elsewhere: on JDK 17 it is not free. With it, NioSocketImpl reads non-blocking
     * and polls; without, it blocks in the kernel. Measured here: java.net pp1 18.0 us with,
     * 13.4 us without (NIO 13.3); udp 9.6 vs 6.4 us per datagram. Untimed java.net calls are
     * bounded by the {@link Watchdog}, like NIO's.
     */
    static final int JAVA_NET_TIMEOUT_MILLIS = 5_000;

    private Loopback() {
    }

    /** Pair: the connecting end and the accepted end. */
    record Pair<T>(T client, T server) {
    }

    static InetAddress ip() throws IOException {
        return InetAddress.getByName("127.0.0.1");
    }

    /** pysocket: a pair on the backend selected for impl, both ends blocking (timeout None). */
    static Pair<dev.pysocket.Socket> pysocket(String impl, boolean nodelay) throws IOException {
        Impls.useBackend(impl);
        try (dev.pysocket.Socket server = Sockets.createServer(Address.of("127.0.0.1", 0))) {
            int port = ((Address.Inet) server.getsockname()).port();
            dev.pysocket.Socket client = Sockets.createConnection(Address.of("127.0.0.1", port), null);
            dev.pysocket.Socket accepted;
            try {
                accepted = server.accept().conn();
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
            if (nodelay) {
                client.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1);
                accepted.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1);
            }
            return new Pair<>(client, accepted);
        }
    }

    /** javaNet: a java.net.Socket pair, no SO_TIMEOUT (see {@link #JAVA_NET_TIMEOUT_MILLIS}). */
    static Pair<java.net.Socket> javaNet(boolean nodelay) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, ip())) {
            // Setup only, off the measured path: bounded like any setup step.
            server.setSoTimeout(JAVA_NET_TIMEOUT_MILLIS);
            java.net.Socket client = new java.net.Socket();
            java.net.Socket accepted;
            try {
                client.connect(server.getLocalSocketAddress(), JAVA_NET_TIMEOUT_MILLIS);
                accepted = server.accept();
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
            client.setTcpNoDelay(nodelay);
            accepted.setTcpNoDelay(nodelay);
            return new Pair<>(client, accepted);
        }
    }

    /** nio: a blocking SocketChannel pair. */
    static Pair<SocketChannel> nio(boolean nodelay) throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(ip(), 0));
            SocketChannel client = SocketChannel.open(server.getLocalAddress());
            SocketChannel accepted;
            try {
                accepted = server.accept();
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
            client.setOption(StandardSocketOptions.TCP_NODELAY, nodelay);
            accepted.setOption(StandardSocketOptions.TCP_NODELAY, nodelay);
            return new Pair<>(client, accepted);
        }
    }

    /**
     * pysocketUnix: a blocking AF_UNIX pysocket pair on impl's backend through a path under a
     * fresh temp dir; the path and dir are removed once connected, as in {@link #unix}.
     */
    static Pair<dev.pysocket.Socket> pysocketUnix(String impl) throws IOException {
        Impls.useBackend(impl);
        Path dir = Files.createTempDirectory("pysocket-bench-");
        Path path = dir.resolve("s");
        try (dev.pysocket.Socket server = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
            server.bind(Address.unix(path.toString()));
            server.listen();
            dev.pysocket.Socket client = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM);
            try {
                client.connect(server.getsockname());
                return new Pair<>(client, server.accept().conn());
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * unix: a blocking AF_UNIX SocketChannel pair through a path under a fresh temp dir; the
     * path and dir are removed once connected (the connection does not need them).
     */
    static Pair<SocketChannel> unix() throws IOException {
        Path dir = Files.createTempDirectory("pysocket-bench-");
        Path path = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
            SocketChannel client = SocketChannel.open(server.getLocalAddress());
            try {
                return new Pair<>(client, server.accept());
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }
}
