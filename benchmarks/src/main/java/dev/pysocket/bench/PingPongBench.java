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
 * PingPongBench: workloads pp1 and pp64 (WORKLOADS.md): TCP round trips of a 1-byte and a
 * 64-byte message, TCP_NODELAY, both ends the impl, both threads on one CPU. One op = one
 * round trip. Each workload has its own state so each lists exactly its impls (-bb is a
 * pp1 row only).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class PingPongBench {

    /** Pp1: the 1-byte workload's pair and echo thread. */
    @State(Scope.Thread)
    public static class Pp1 {
        @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_NATIVE_BB, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
        public String impl;
        PingPong pp;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            PingPong.pinCaller();
            pp = PingPong.start(StreamPairs.tcp(impl, 1, false), "pp1-" + impl);
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
    }

    /** Pp64: the 64-byte workload's pair and echo thread. */
    @State(Scope.Thread)
    public static class Pp64 {
        @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
        public String impl;
        PingPong pp;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            PingPong.pinCaller();
            pp = PingPong.start(StreamPairs.tcp(impl, 64, false), "pp64-" + impl);
        }

        @Setup(Level.Iteration)
        public void pin() {
            PingPong.pinCaller();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            pp.close();
        }
    }

    @Benchmark
    public void pp1(Pp1 s) throws IOException {
        s.pp.roundTrip();
    }

    @Benchmark
    public void pp64(Pp64 s) throws IOException {
        s.pp.roundTrip();
    }
}
