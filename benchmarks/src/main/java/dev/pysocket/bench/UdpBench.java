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
 * UdpBench: workload udp: 64-byte datagrams, unconnected sendto/recvfrom on 127.0.0.1,
 * sender on CPU 0 (the benchmark thread), receiver on CPU 1. Lossless by flow control: the
 * receiver acks every 64 datagrams with 1 byte and the sender keeps at most 2 windows (128)
 * in flight, so a datagram sent is a datagram delivered and one op = one delivered datagram.
 * pysocket ends use the byte[] API (sendto, recvfrom_into) on the native and jdk backends.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Thread)
public class UdpBench extends PinnedBench {
    static final int DATAGRAM = 64;
    static final int ACK = 1;
    static final int WINDOW = 64;
    static final int MAX_IN_FLIGHT = 2 * WINDOW;

    @Param({Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.JAVA_NET, Impls.NIO})
    public String impl;
    private DatagramEnd sender;
    private DatagramEnd receiverEnd;
    private Peer receiver;
    private Watchdog watchdog;
    /** Datagrams sent, and acks seen by the sender (each covers WINDOW datagrams). */
    private long sent;
    private long acks;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Placement.pin(Placement.latencyCpu());
        sender = open(impl);
        try {
            receiverEnd = open(impl);
        } catch (IOException | RuntimeException e) {
            sender.close();
            throw e;
        }
        sender.sendTo(receiverEnd.localAddress(), DATAGRAM);
        receiverEnd.sendTo(sender.localAddress(), ACK);
        DatagramEnd r = receiverEnd;
        long[] received = {0};
        receiver = Peer.start("udp-" + impl + "-receiver", Placement.receiverCpu(), () -> {
            if (r.receive() != DATAGRAM) {
                throw new IOException("expected a " + DATAGRAM + "-byte datagram");
            }
            if (++received[0] % WINDOW == 0) {
                r.send();
            }
            return true;
        });
        watchdog = Watchdog.start("udp-" + impl, receiver, sender, receiverEnd);
        sent = 0;
        acks = 0;
    }

    private static DatagramEnd open(String impl) throws IOException {
        return switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK -> new PyDatagramEnd(impl);
            case Impls.JAVA_NET -> new NetDatagramEnd();
            case Impls.NIO -> new NioDatagramEnd();
            default -> throw Impls.unknown(impl, "udp");
        };
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        watchdog.close();
        try {
            receiver.stop(receiverEnd); // the receiver is blocked in receive: closing wakes it
        } finally {
            sender.close();
        }
    }

    @Benchmark
    public void udp() throws IOException {
        if (sent - acks * WINDOW >= MAX_IN_FLIGHT) {
            if (sender.receive() != ACK) {
                throw new IOException("expected a " + ACK + "-byte ack");
            }
            acks++;
        }
        sender.send();
        sent++;
    }
}
