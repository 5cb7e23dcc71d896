package dev.pysocket.bench;

import dev.pysocket.Socket;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * SendfileBench: workload sendfile: the benchmark thread (CPU 0) sends a 256 MiB file over
 * TCP loopback with the impl's sendfile (pysocket's {@code Socket.sendfile}, NIO's
 * {@code FileChannel.transferTo} into a blocking SocketChannel); a receiver thread (CPU 1)
 * reads it into a 64 KiB direct buffer with the same impl and answers a 1-byte ack per file.
 * One op = one file delivered. The file is written once (real bytes, in the page cache).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class SendfileBench extends PinnedBench {
    static final long FILE_SIZE = 256L << 20;
    static final int CHUNK = 64 << 10;

    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.NIO})
    public String impl;
    private Path path;
    private FileChannel file;
    private Socket pySender;
    private Socket pyReceiver;
    private SocketChannel nioSender;
    private SocketChannel nioReceiver;
    private final ByteBuffer ack = ByteBuffer.allocateDirect(1);
    private Peer receiver;
    private Watchdog watchdog;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        path = Files.createTempFile("pysocket-sendfile-bench", ".bin");
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            byte[] block = new byte[1 << 20];
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) (i * 31);
            }
            for (long at = 0; at < FILE_SIZE; at += block.length) {
                raf.write(block);
            }
        }
        file = FileChannel.open(path);
        ByteBuffer buf = ByteBuffer.allocateDirect(CHUNK);
        ByteBuffer k = ByteBuffer.allocateDirect(1).put(0, (byte) 'k');
        Peer.Step step;
        if (impl.equals(Impls.NIO)) {
            Loopback.Pair<SocketChannel> pair = Loopback.nio(false);
            nioSender = pair.client();
            nioReceiver = pair.server();
            SocketChannel r = nioReceiver;
            step = () -> {
                long left = FILE_SIZE;
                while (left > 0) {
                    buf.clear();
                    int n = r.read(buf);
                    if (n < 0) {
                        return false;
                    }
                    left -= n;
                }
                r.write(k.clear());
                return true;
            };
        } else {
            Loopback.Pair<Socket> pair = Loopback.pysocket(impl, false);
            pySender = pair.client();
            pyReceiver = pair.server();
            Socket r = pyReceiver;
            step = () -> {
                long left = FILE_SIZE;
                while (left > 0) {
                    buf.clear();
                    int n = r.recvInto(buf);
                    if (n == 0) {
                        return false;
                    }
                    left -= n;
                }
                r.sendall(k.clear());
                return true;
            };
        }
        receiver = Peer.start("sendfile-" + impl + "-receiver", Placement.receiverCpu(), step);
        watchdog = impl.equals(Impls.NIO) ? Watchdog.start("sendfile-" + impl, receiver, nioSender, nioReceiver)
                : Watchdog.start("sendfile-" + impl, receiver, pySender, pyReceiver);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        watchdog.close();
        try {
            receiver.stop(impl.equals(Impls.NIO) ? nioSender : pySender);
        } finally {
            if (nioReceiver != null) {
                nioReceiver.close();
            }
            if (pyReceiver != null) {
                pyReceiver.close();
            }
            file.close();
            Files.deleteIfExists(path);
        }
    }

    @Benchmark
    public long sendfile() throws IOException {
        long sent;
        if (nioSender != null) {
            sent = 0;
            while (sent < FILE_SIZE) {
                sent += file.transferTo(sent, FILE_SIZE - sent, nioSender);
            }
            ack.clear();
            while (ack.hasRemaining()) {
                if (nioSender.read(ack) < 0) {
                    throw new IOException("sendfile: no ack");
                }
            }
        } else {
            sent = pySender.sendfile(file, 0, null);
            if (pySender.recv(1).length != 1) {
                throw new IOException("sendfile: no ack");
            }
        }
        if (sent != FILE_SIZE) {
            throw new IOException("sendfile sent " + sent);
        }
        return sent;
    }
}
