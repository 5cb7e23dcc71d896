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
 * UnixPingPongBench: workload upp1: AF_UNIX stream round trips of 1 byte through a path
 * under a fresh temp dir, both threads on one CPU: pysocket (byte[] API) on each backend, and
 * nio (java.net has no AF_UNIX). One op = one round trip.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class UnixPingPongBench {
    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.NIO})
    public String impl;
    private PingPong pp;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        PingPong.pinCaller();
        pp = PingPong.start(StreamPairs.unix(impl, 1), "upp1-" + impl);
    }

    /** Per iteration too: JMH may run an iteration on another worker thread. */
    @Setup(Level.Iteration)
    public void pin() {
        PingPong.pinCaller();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pp.close();
    }

    @Benchmark
    public void upp1() throws IOException {
        pp.roundTrip();
    }
}
