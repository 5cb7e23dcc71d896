package dev.pysocket.bench;

import dev.pysocket.Sockets;
import java.io.Closeable;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
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
 * CallCostBench: workload gso: one {@code getsockopt(SOL_SOCKET, SO_RCVBUF)} on a connected
 * TCP socket, the cost of one syscall-wrapping call in each API. One op = one call; the
 * value is returned so the call cannot be eliminated.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class CallCostBench extends PinnedBench {
    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
    public String impl;
    private OptionReader reader;

    /** OptionReader: SO_RCVBUF of a connected socket, in one API; owns the pair. */
    abstract static class OptionReader implements Closeable {
        abstract int rcvbuf() throws IOException;
    }

    static final class Py extends OptionReader {
        private final Loopback.Pair<dev.pysocket.Socket> pair;

        Py(String impl) throws IOException {
            pair = Loopback.pysocket(impl, true);
        }

        @Override
        int rcvbuf() throws IOException {
            return pair.client().getsockopt(Sockets.SOL_SOCKET, Sockets.SO_RCVBUF);
        }

        @Override
        public void close() throws IOException {
            try {
                pair.client().close();
            } finally {
                pair.server().close();
            }
        }
    }

    static final class Net extends OptionReader {
        private final Loopback.Pair<java.net.Socket> pair;

        Net() throws IOException {
            pair = Loopback.javaNet(true);
        }

        @Override
        int rcvbuf() throws IOException {
            return pair.client().getReceiveBufferSize();
        }

        @Override
        public void close() throws IOException {
            try {
                pair.client().close();
            } finally {
                pair.server().close();
            }
        }
    }

    static final class Nio extends OptionReader {
        private final Loopback.Pair<SocketChannel> pair;

        Nio() throws IOException {
            pair = Loopback.nio(true);
        }

        @Override
        int rcvbuf() throws IOException {
            return pair.client().getOption(StandardSocketOptions.SO_RCVBUF);
        }

        @Override
        public void close() throws IOException {
            try {
                pair.client().close();
            } finally {
                pair.server().close();
            }
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        reader = switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK -> new Py(impl);
            case Impls.JAVA_NET -> new Net();
            case Impls.NIO -> new Nio();
            default -> throw Impls.unknown(impl, "gso");
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        reader.close();
    }

    @Benchmark
    public int gso() throws IOException {
        return reader.rcvbuf();
    }
}
