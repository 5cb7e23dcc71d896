package dev.pysocket.demo;

import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SHUT_WR;
import static dev.pysocket.Sockets.TCP_NODELAY;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * EchoDemo: a pysocket echo server and client on loopback. Prints the backend in use (and the
 * native backend's binding), the median round trip of small messages, and a 64 MiB transfer,
 * then exits by itself.
 * Run it on the module path (see README) or the class path; pass "jdk" or "native" to pick
 * a backend ({@code -Dpysocket.backend} does the same).
 */
public final class EchoDemo {
    private static final int ROUND_TRIPS = 20_000;
    private static final int MESSAGE = 64;
    private static final int BULK = 64 << 20;

    private EchoDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.setProperty("pysocket.backend", args[0]);
        }
        String backend = Sockets.backend();
        System.out.println("pysocket backend: " + backend + (backend.equals("native") ? " (binding " + Sockets.binding() + ")" : ""));
        try (Socket server = Sockets.createServer(Address.of("127.0.0.1", 0))) {
            Address address = server.getsockname();
            System.out.println("echo server listening on " + address);
            Thread echo = new Thread(() -> serve(server), "echo-server");
            echo.setDaemon(true);
            echo.start();
            try (Socket client = Sockets.createConnection(address, 10.0)) {
                client.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
                System.out.println("client " + client);
                roundTrips(client);
                bulk(client);
                client.shutdown(SHUT_WR);
                if (client.recv(1).length != 0) {
                    throw new IllegalStateException("echo server sent more than it received");
                }
            }
            echo.join(TimeUnit.SECONDS.toMillis(10));
        }
        System.out.println("done");
    }

    /** serve echoes one connection until end of stream. */
    private static void serve(Socket server) {
        try {
            Accepted a = server.accept();
            try (Socket conn = a.conn()) {
                conn.settimeout(10.0);
                conn.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
                byte[] buf = new byte[64 << 10];
                for (int n; (n = conn.recvInto(buf)) > 0; ) {
                    conn.sendall(n == buf.length ? buf : Arrays.copyOf(buf, n));
                }
            }
        } catch (OSError e) {
            System.err.println("echo server: " + e.getMessage());
        }
    }

    private static void roundTrips(Socket client) throws OSError {
        byte[] msg = new byte[MESSAGE];
        byte[] back = new byte[MESSAGE];
        long[] nanos = new long[ROUND_TRIPS];
        for (int i = 0; i < ROUND_TRIPS; i++) {
            long t0 = System.nanoTime();
            client.sendall(msg);
            for (int got = 0; got < MESSAGE; ) {
                got += client.recvInto(back, MESSAGE - got, 0);
            }
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("round trip (%d B, %d times): median %.1f us, p99 %.1f us%n", MESSAGE, ROUND_TRIPS,
                nanos[ROUND_TRIPS / 2] / 1e3, nanos[ROUND_TRIPS * 99 / 100] / 1e3);
    }

    private static void bulk(Socket client) throws Exception {
        byte[] chunk = new byte[64 << 10];
        Thread reader = new Thread(() -> {
            try {
                byte[] in = new byte[64 << 10];
                for (long got = 0; got < BULK; ) {
                    int n = client.recvInto(in);
                    if (n == 0) {
                        break;
                    }
                    got += n;
                }
            } catch (OSError e) {
                System.err.println("bulk reader: " + e.getMessage());
            }
        }, "bulk-reader");
        long t0 = System.nanoTime();
        reader.start();
        for (int sent = 0; sent < BULK; sent += chunk.length) {
            client.sendall(chunk);
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("echoed %d MiB in %.2f s (%.0f MiB/s each way)%n", BULK >> 20, seconds,
                (BULK >> 20) / seconds);
    }
}
