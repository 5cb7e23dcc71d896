package dev.pysocket.udp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * DatagramAllocationTest: the native datagram path allocates nothing per call beyond what
 * Python's API itself returns (DESIGN.md boundary rule 2): sendto to a numeric address
 * allocates nothing, recvfrom_into only its (nbytes, address) result, never a Pointer,
 * Memory or a new address for a peer already seen. Counted with the JVM's per-thread
 * allocation counter after a warm-up, like NativeAllocationTest.
 */
class DatagramAllocationTest {
    private static final int WARMUP = 20_000;
    private static final int CALLS = 20_000;

    private String previous;

    @BeforeEach
    void useNative() {
        previous = Backends.useForTesting("native");
    }

    @AfterEach
    void restore() {
        Backends.useForTesting(previous);
    }

    private interface Loop {
        void run(Socket tx, Socket rx, Address to, byte[] out, byte[] in) throws OSError;
    }

    private static double bytesPerCall(Loop body, Double timeout) throws Exception {
        try (Socket rx = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM);
                Socket tx = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            rx.bind(Address.of("127.0.0.1", 0));
            rx.settimeout(timeout == null ? 2.0 : timeout);
            tx.settimeout(timeout);
            Address to = Address.of("127.0.0.1", ((Address.Inet) rx.getsockname()).port());
            byte[] out = new byte[64];
            byte[] in = new byte[2048];
            for (int i = 0; i < WARMUP; i++) {
                body.run(tx, rx, to, out, in);
            }
            com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long id = Thread.currentThread().getId();
            long before = bean.getThreadAllocatedBytes(id);
            for (int i = 0; i < CALLS; i++) {
                body.run(tx, rx, to, out, in);
            }
            return (bean.getThreadAllocatedBytes(id) - before) / (double) CALLS;
        }
    }

    /** sendto to the same numeric address, then recvfrom_into: at most the result record per pair. */
    @Test
    void sendtoAndRecvfromIntoAllocateAtMostTheResultRecord() throws Exception {
        double perCall = bytesPerCall((tx, rx, to, out, in) -> {
            tx.sendto(out, to);
            rx.recvfromInto(in);
        }, null);
        // ReceivedInto (24 bytes) and the backend's Received (24 bytes) at most.
        assertTrue(perCall <= 48.5, () -> "allocated " + perCall + " bytes per sendto+recvfrom_into");
    }

    /** The same in timeout mode, both ends (the *_timed calls). */
    @Test
    void timedSendtoAndRecvfromIntoAllocateAtMostTheResultRecord() throws Exception {
        double perCall = bytesPerCall((tx, rx, to, out, in) -> {
            tx.sendto(out, to);
            rx.recvfromInto(in);
        }, 2.0);
        assertTrue(perCall <= 48.5, () -> "allocated " + perCall + " bytes per timed sendto+recvfrom_into");
    }
}
