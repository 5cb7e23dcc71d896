package dev.pysocket.bench;

import dev.pysocket.SocketFile;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * ReadlineBench: workload readline: a writer thread (CPU 1) sends 64-byte lines (63 bytes and
 * "\n") in 64 KiB writes, through a java.net socket whatever the impl (the reading end is what
 * is measured, and one writer for all keeps the supply the same); the benchmark thread
 * (CPU 0) reads them one line per op through a
 * text file: pysocket's {@code makefile("r")} (UTF-8, universal newlines) and
 * {@code readline()}, or java.io's {@code BufferedReader(InputStreamReader(UTF-8))} over a
 * java.net socket and {@code readLine()}. Both decode and make one String per line. As in
 * bulk, the writer blocks once the reader lags, so lines are read as fast as the reader goes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class ReadlineBench extends PinnedBench {
    static final int LINE = 64;
    static final int WRITE = 64 << 10;

    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET})
    public String impl;
    private LineSource lines;
    private Closeable writerEnd;
    private Peer writer;
    private Watchdog watchdog;

    /** LineSource: the reading end under test. */
    interface LineSource extends Closeable {
        /** line reads one line; null or "" at the end of the stream. */
        String line() throws IOException;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        byte[] chunk = new byte[WRITE];
        Arrays.fill(chunk, (byte) 'x');
        for (int i = LINE - 1; i < WRITE; i += LINE) {
            chunk[i] = '\n';
        }
        java.net.Socket writerSocket;
        if (impl.equals(Impls.JAVA_NET)) {
            Loopback.Pair<java.net.Socket> p = Loopback.javaNet(false);
            BufferedReader r = new BufferedReader(new InputStreamReader(p.server().getInputStream(), StandardCharsets.UTF_8));
            java.net.Socket server = p.server();
            lines = new LineSource() {
                @Override
                public String line() throws IOException {
                    return r.readLine();
                }

                @Override
                public void close() throws IOException {
                    server.close();
                }
            };
            writerSocket = p.client();
        } else {
            Impls.useBackend(impl);
            dev.pysocket.Socket server;
            try (dev.pysocket.Socket listener = dev.pysocket.Sockets.createServer(dev.pysocket.Address.of("127.0.0.1", 0))) {
                int port = ((dev.pysocket.Address.Inet) listener.getsockname()).port();
                writerSocket = new java.net.Socket(Loopback.ip(), port);
                server = listener.accept().conn();
            }
            SocketFile f = server.makefile("r");
            lines = new LineSource() {
                @Override
                public String line() throws IOException {
                    return f.readline();
                }

                @Override
                public void close() throws IOException {
                    try {
                        f.close();
                    } finally {
                        server.close();
                    }
                }
            };
        }
        OutputStream out = writerSocket.getOutputStream();
        writerEnd = writerSocket;
        Peer.Step send = () -> {
            out.write(chunk);
            return true;
        };
        writer = Peer.start("readline-" + impl + "-writer", Placement.receiverCpu(), send);
        watchdog = Watchdog.start("readline-" + impl, writer, writerEnd, lines);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        watchdog.close();
        try {
            lines.close(); // the writer's next write fails, ending it
        } finally {
            writer.stop(writerEnd);
        }
    }

    @Benchmark
    public String readline() throws IOException {
        String line = lines.line();
        if (line == null || line.isEmpty()) {
            throw new IOException("readline: end of stream");
        }
        return line;
    }
}
