package dev.pysocket.bench;

import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.posix.BareCall;
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
 * BindingCostBench: workload calls (WORKLOADS.md): what one call costs through the binding
 * this JVM uses ({@code -Dpysocket.binding=jni|jna}; the runner runs it once per binding).
 * Four benchmarks, one op each: {@code calls_nop} one bare native call ({@code psk_nop}, no
 * syscall); {@code calls_gso} one {@code getsockopt(SOL_SOCKET, SO_RCVBUF)} through the public
 * API (the gso workload's code); {@code calls_b64} and {@code calls_b64k} one
 * {@code send(byte[n])} and the {@code recvInto(byte[n])} that drains it on an AF_UNIX
 * socket pair, n = 64 and 65,536. The only impl is pysocket-native.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class BindingCostBench {

    /** Native: the backend choice and its binding check, for the bare call. */
    @State(Scope.Thread)
    public static class Native extends PinnedBench {
        @Param({Impls.PYSOCKET_NATIVE})
        public String impl;

        @Setup(Level.Trial)
        public void setUp() {
            Impls.useBackend(impl);
        }
    }

    /** Option: a connected TCP pair whose client's SO_RCVBUF is read. */
    @State(Scope.Thread)
    public static class Option extends PinnedBench {
        @Param({Impls.PYSOCKET_NATIVE})
        public String impl;
        CallCostBench.Py reader;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Placement.pin(Placement.latencyCpu());
            reader = new CallCostBench.Py(impl);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            reader.close();
        }
    }

    /** Pair: an AF_UNIX stream socket pair and one byte[] of the message size for each way. */
    @State(Scope.Thread)
    public abstract static class Pair extends PinnedBench {
        @Param({Impls.PYSOCKET_NATIVE})
        public String impl;
        SocketPair pair;
        byte[] out;
        byte[] in;

        abstract int size();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Placement.pin(Placement.latencyCpu());
            Impls.useBackend(impl);
            // Blocking, no timeout: the plain call path. Neither call can wait: the pair is
            // drained every op, 64 KiB fits an empty AF_UNIX send buffer (net.core.wmem_default,
            // 208 KiB, unix(7)), and recvInto follows a send that put the bytes there.
            pair = Sockets.socketpair();
            out = new byte[size()];
            in = new byte[size()];
        }

        /** sendRecv: one send and the recvInto calls that take its bytes (one, unless split). */
        int sendRecv() throws IOException {
            Socket a = pair.first();
            Socket b = pair.second();
            int sent = a.send(out);
            int got = b.recvInto(in);
            while (got < sent) {
                int n = b.recvInto(in);
                if (n == 0) {
                    throw new IOException("end of stream after " + got + " of " + sent + " bytes");
                }
                got += n;
            }
            return got;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            pair.close();
        }
    }

    /** Pair64: 64-byte messages. */
    @State(Scope.Thread)
    public static class Pair64 extends Pair {
        @Override
        int size() {
            return 64;
        }
    }

    /** Pair64k: 64 KiB messages. */
    @State(Scope.Thread)
    public static class Pair64k extends Pair {
        @Override
        int size() {
            return 65536;
        }
    }

    @Benchmark
    public int calls_nop(Native state) {
        return BareCall.nop();
    }

    @Benchmark
    public int calls_gso(Option state) throws IOException {
        return state.reader.rcvbuf();
    }

    @Benchmark
    public int calls_b64(Pair64 state) throws IOException {
        return state.sendRecv();
    }

    @Benchmark
    public int calls_b64k(Pair64k state) throws IOException {
        return state.sendRecv();
    }
}
