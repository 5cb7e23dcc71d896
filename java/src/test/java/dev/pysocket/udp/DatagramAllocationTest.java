package dev.pysocket.udp;

import static dev.pysocket.support.ThreadAllocations.CALLS;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.NativeOnlyTest;
import dev.pysocket.support.ThreadAllocations;
import org.junit.jupiter.api.Test;

/**
 * DatagramAllocationTest: the native datagram path allocates nothing per call beyond what
 * Python's API itself returns (docs/native-boundary.md): sendto to a numeric address
 * allocates nothing, recvfrom_into only its (nbytes, address) result, never a Pointer,
 * Memory or a new address for a peer already seen. Counted by {@link ThreadAllocations},
 * like NativeAllocationTest.
 */
class DatagramAllocationTest extends NativeOnlyTest {
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
            return ThreadAllocations.during(() -> body.run(tx, rx, to, out, in)) / (double) CALLS;
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
