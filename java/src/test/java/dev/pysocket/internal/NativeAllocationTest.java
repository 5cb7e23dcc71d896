package dev.pysocket.internal;

import static dev.pysocket.support.ThreadAllocations.CALLS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.NativeOnlyTest;
import dev.pysocket.support.ThreadAllocations;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * NativeAllocationTest: the native backend's data path allocates nothing per call
 * (docs/native-boundary.md): send/recvInto with direct ByteBuffers and with byte[],
 * in blocking and in timeout mode, counted by {@link ThreadAllocations}.
 */
class NativeAllocationTest extends NativeOnlyTest {
    /** Allowed for the whole measured loop: well under one byte per call. */
    private static final long SLACK_BYTES = 4096;

    /** A loopback pair driven from one thread: a send lands in the peer's queue before it returns. */
    private interface Loop {
        void run(Socket client, Socket server) throws OSError;
    }

    private static long allocatedDuring(Loop body, Double timeout) throws Exception {
        try (Socket listener = Sockets.createServer(Address.of("127.0.0.1", 0));
                Socket client = Sockets.createConnection(listener.getsockname(), 2.0)) {
            Accepted a = listener.accept();
            try (Socket server = a.conn()) {
                client.settimeout(timeout);
                server.settimeout(timeout);
                return ThreadAllocations.during(() -> body.run(client, server));
            }
        }
    }

    @Test
    void directByteBufferSendAndRecvIntoAllocateNothing() throws Exception {
        ByteBuffer out = ByteBuffer.allocateDirect(64);
        ByteBuffer in = ByteBuffer.allocateDirect(64);
        Loop loop = (c, s) -> {
            out.clear();
            assertEquals(64, c.send(out));
            in.clear();
            s.recvInto(in);
        };
        long blocking = allocatedDuring(loop, null);
        long timed = allocatedDuring(loop, 5.0);
        assertTrue(blocking < SLACK_BYTES, "blocking: " + blocking + " bytes over " + CALLS + " round trips");
        assertTrue(timed < SLACK_BYTES, "timeout mode: " + timed + " bytes over " + CALLS + " round trips");
    }

    @Test
    void byteArraySendallAndRecvIntoAllocateNothing() throws Exception {
        byte[] out = new byte[64];
        byte[] in = new byte[64];
        Loop loop = (c, s) -> {
            c.sendall(out);
            s.recvInto(in);
            s.sendall(in);
            c.recvInto(in, 64, 0);
        };
        long blocking = allocatedDuring(loop, null);
        long timed = allocatedDuring(loop, 5.0);
        assertTrue(blocking < SLACK_BYTES, "blocking: " + blocking + " bytes over " + CALLS + " round trips");
        assertTrue(timed < SLACK_BYTES, "timeout mode: " + timed + " bytes over " + CALLS + " round trips");
    }
}
