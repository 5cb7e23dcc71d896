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
 * PingPongTimeoutBench: workload pp1to: pp1 where the client receives with a 5 s timeout
 * (pysocket {@code settimeout(5.0)}, java.net SO_TIMEOUT 5000, NIO a Selector with
 * {@code select(5000)} per receive); the echo end stays blocking. One op = one round trip.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class PingPongTimeoutBench {
    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
    public String impl;
    private PingPong pp;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        PingPong.pinCaller();
        pp = PingPong.start(StreamPairs.tcp(impl, 1, true), "pp1to-" + impl);
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
    public void pp1to() throws IOException {
        pp.roundTrip();
    }
}
