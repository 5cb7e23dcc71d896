package dev.pysocket.internal.selftest;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * SmokeChecks: the selftest's checks, each through the public API only, on loopback, with every
 * socket closed and every wait bounded ({@link #WAIT}): echo over TCP, UDP and AF_UNIX, a receive
 * timeout, and close() waking a thread blocked in recv and in accept (docs/close.md).
 */
final class SmokeChecks {
    /** WAIT: the timeout, in seconds, of every blocking call that should return at once. */
    static final double WAIT = 2.0;
    /** TIMEOUT: the timeout the timeout check sets, in seconds, and the bounds it accepts, in ms. */
    static final double TIMEOUT = 0.2;
    static final long TIMEOUT_MIN_MS = 150;
    static final long TIMEOUT_MAX_MS = 1_500;
    /** BLOCK_MS: how long the close checks let the other thread block before closing. */
    static final long BLOCK_MS = 100;
    private static final byte[] PING = "ping".getBytes(StandardCharsets.US_ASCII);

    private SmokeChecks() {
    }

    static void tcpEcho() throws Exception {
        try (Socket server = Sockets.createServer(Address.of("127.0.0.1", 0));
                Socket client = Sockets.createConnection(server.getsockname(), WAIT)) {
            server.settimeout(WAIT);
            Accepted a = server.accept();
            try (Socket conn = a.conn()) {
                conn.settimeout(WAIT);
                echo(client, conn);
            }
        }
    }

    static void udpEcho() throws Exception {
        try (Socket a = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM);
                Socket b = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            a.settimeout(WAIT);
            b.settimeout(WAIT);
            a.bind(Address.of("127.0.0.1", 0));
            b.bind(Address.of("127.0.0.1", 0));
            a.sendto(PING, b.getsockname());
            Datagram got = b.recvfrom(64);
            expect(PING, got.data(), "datagram received");
            b.sendto(got.data(), got.address());
            expect(PING, a.recvfrom(64).data(), "datagram echoed");
        }
    }

    static void unixEcho() throws Exception {
        if (!Sockets.has("AF_UNIX")) {
            throw new Check.Skipped("this platform has no AF_UNIX");
        }
        Path dir = Files.createTempDirectory("pysocket-selftest-");
        Path path = dir.resolve("echo.sock");
        try {
            Socket server;
            try {
                server = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM);
            } catch (OSError e) {
                if (e.errno() == Errno.EAFNOSUPPORT) {
                    throw new Check.Skipped("AF_UNIX sockets unavailable: " + e);
                }
                throw e;
            }
            try (server; Socket client = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
                server.settimeout(WAIT);
                client.settimeout(WAIT);
                server.bind(Address.unix(path.toString()));
                server.listen(1);
                client.connect(Address.unix(path.toString()));
                try (Socket conn = server.accept().conn()) {
                    conn.settimeout(WAIT);
                    echo(client, conn);
                }
            }
        } finally {
            deleteQuietly(path);
            deleteQuietly(dir);
        }
    }

    /** timeout: recv with settimeout(0.2) and nothing to read raises TimeoutError("timed out") in time. */
    static void timeout() throws Exception {
        try (SocketPair pair = Sockets.socketpair()) {
            pair.first().settimeout(TIMEOUT);
            long start = System.nanoTime();
            try {
                pair.first().recv(1);
                throw new Check.Failed("recv returned with nothing sent");
            } catch (TimeoutError e) {
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (!"timed out".equals(e.getMessage())) {
                    throw new Check.Failed("TimeoutError message '" + e.getMessage() + "', expected 'timed out'");
                }
                if (ms < TIMEOUT_MIN_MS || ms > TIMEOUT_MAX_MS) {
                    throw new Check.Failed("timed out after " + ms + " ms, expected " + TIMEOUT_MIN_MS + ".."
                            + TIMEOUT_MAX_MS + " ms");
                }
            }
        }
    }

    /** closeWakesRecv: a thread blocked in recv (no timeout) gets EBADF when another thread closes the socket. */
    static void closeWakesRecv() throws Exception {
        try (SocketPair pair = Sockets.socketpair()) {
            Socket blocked = pair.first();
            closeWakes(blocked, () -> blocked.recv(1), "recv");
        }
    }

    /** closeWakesAccept: the same for a thread blocked in accept. */
    static void closeWakesAccept() throws Exception {
        try (Socket server = Sockets.createServer(Address.of("127.0.0.1", 0))) {
            closeWakes(server, () -> server.accept().conn().close(), "accept");
        }
    }

    private interface Blocking {
        void call() throws Exception;
    }

    private static void closeWakes(Socket socket, Blocking call, String what) throws Exception {
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                call.call();
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        }, "pysocket-selftest-blocked-" + what);
        t.setDaemon(true);
        t.start();
        Thread.sleep(BLOCK_MS);
        if (ended.isDone()) {
            throw new Check.Failed(what + " returned before close: " + ended.get());
        }
        long start = System.nanoTime();
        socket.close();
        Throwable e;
        try {
            e = ended.get((long) (WAIT * 1000), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException timedOut) {
            throw new Check.Failed(what + " still blocked " + (long) (WAIT * 1000) + " ms after close");
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (!(e instanceof OSError) || ((OSError) e).errno() != Errno.EBADF) {
            throw new Check.Failed(what + " woken by close with " + e + ", expected OSError EBADF");
        }
        if (ms > TIMEOUT_MAX_MS) {
            throw new Check.Failed(what + " woken " + ms + " ms after close");
        }
    }

    private static void echo(Socket client, Socket conn) throws Exception {
        client.sendall(PING);
        byte[] got = recvExactly(conn, PING.length);
        expect(PING, got, "server received");
        conn.sendall(got);
        expect(PING, recvExactly(client, PING.length), "client received the echo");
    }

    private static byte[] recvExactly(Socket s, int n) throws Exception {
        byte[] all = new byte[0];
        while (all.length < n) {
            byte[] part = s.recv(n - all.length);
            if (part.length == 0) {
                throw new Check.Failed("connection closed after " + all.length + " of " + n + " bytes");
            }
            byte[] joined = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, joined, all.length, part.length);
            all = joined;
        }
        return all;
    }

    private static void expect(byte[] want, byte[] got, String what) throws Check.Failed {
        if (!Arrays.equals(want, got)) {
            throw new Check.Failed(what + " " + new String(got, StandardCharsets.ISO_8859_1) + ", expected "
                    + new String(want, StandardCharsets.ISO_8859_1));
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover in the temp directory is not the selftest's failure
        }
    }
}
