package dev.pysocket.bench;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;

/**
 * ManyThreadServers: the thread-per-connection echo servers of the "many" workloads: the
 * server thread accepts (blocking), and each connection gets a virtual thread that reads into
 * its own 64-byte array with blocking calls and writes back what it read, until end of stream
 * or an error (the client resets every connection at the end of a run).
 */
final class ManyThreadServers {
    private static final int MESSAGE = 64;

    private ManyThreadServers() {
    }

    /** pysocket: blocking pysocket native sockets; on a virtual thread their waits park. */
    static Runnable pysocket(ExecutorService threads) throws IOException {
        Impls.useBackend(Impls.PYSOCKET_NATIVE);
        Socket listener = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_STREAM);
        listener.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
        listener.bind(Address.of("127.0.0.1", 0));
        listener.listen(ManyServer.BACKLOG);
        ManyServer.announce(((Address.Inet) listener.getsockname()).port());
        return () -> {
            try {
                while (true) {
                    Socket conn = listener.accept().conn();
                    conn.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1);
                    threads.execute(() -> echo(conn));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void echo(Socket conn) {
        byte[] buf = new byte[MESSAGE];
        try (conn) {
            for (int n = conn.recvInto(buf); n > 0; n = conn.recvInto(buf)) {
                conn.sendall(n == MESSAGE ? buf : Arrays.copyOf(buf, n));
            }
        } catch (IOException e) {
            // reset by the client at the end of a run
        }
    }

    /** javaNet: java.net.Socket streams (on a virtual thread the JDK parks their waits). */
    static Runnable javaNet(ExecutorService threads) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(Loopback.ip(), 0), ManyServer.BACKLOG);
        ManyServer.announce(listener.getLocalPort());
        return () -> {
            try {
                while (true) {
                    java.net.Socket conn = listener.accept();
                    conn.setTcpNoDelay(true);
                    threads.execute(() -> echo(conn));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void echo(java.net.Socket conn) {
        byte[] buf = new byte[MESSAGE];
        try (conn) {
            InputStream in = conn.getInputStream();
            OutputStream out = conn.getOutputStream();
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // reset by the client at the end of a run
        }
    }
}
