package dev.pysocket.bench;

import java.io.IOException;
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
 * BulkBench: workload bulk: the benchmark thread (CPU 0) writes 64 KiB chunks, a receiver
 * thread (CPU 1) reads them into a 64 KiB buffer, both in the impl's API. One op = one
 * chunk handed to the socket. No TCP_NODELAY, as in the C reference.
 *
 * <p>Why send-side time is delivery time: with default socket buffers the sender blocks as
 * soon as the receiver lags, so in steady state chunks leave the sender exactly as fast as
 * the receiver takes them. What is in flight at most (send plus receive buffer, a few MiB)
 * is filled during warm-up and stays constant, so it does not bias measured iterations.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class BulkBench extends PinnedBench {
    static final int CHUNK = 64 << 10;

    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_NATIVE_BB, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
    public String impl;
    private Stream sender;
    private Stream receiverEnd;
    private Peer receiver;
    private Watchdog watchdog;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        Loopback.Pair<Stream> pair = StreamPairs.tcp(impl, CHUNK, false, false);
        sender = pair.client();
        receiverEnd = pair.server();
        Stream r = receiverEnd;
        receiver = Peer.start("bulk-" + impl + "-receiver", Placement.receiverCpu(), () -> r.receiveSome() >= 0);
        watchdog = Watchdog.start("bulk-" + impl, receiver, sender, receiverEnd);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        watchdog.close();
        try {
            receiver.stop(sender); // the receiver drains what is left, then sees EOF
        } finally {
            receiverEnd.close();
        }
    }

    @Benchmark
    public void bulk() throws IOException {
        sender.sendMessage();
    }
}
