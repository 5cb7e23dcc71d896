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
 * ConnectAcceptBench: workload conn: connect+accept+close in lock step, client and server
 * threads on one CPU. One op = one cycle ({@link ConnectCycle}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class ConnectAcceptBench extends PinnedBench {
    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
    public String impl;
    private ConnectCycle cycles;
    private Peer server;
    private Watchdog watchdog;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        cycles = ConnectCycle.open(impl);
        ConnectCycle c = cycles;
        server = Peer.start("conn-" + impl + "-server", Placement.latencyCpu(), c::acceptAndClose);
        // Closing the listener resets queued connections, which wakes a client stuck in its read.
        watchdog = Watchdog.start("conn-" + impl, server, cycles);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        watchdog.close();
        server.stop(cycles);
    }

    @Benchmark
    public void conn() throws IOException {
        cycles.cycle();
    }
}
