package dev.pysocket.support;

import static dev.pysocket.Sockets.SHUT_WR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * InteropEcho: the echo exchange of docs/python-semantics.md §4, scenario 70, which its TCP part
 * (interop/PythonInteropTest) and its AF_UNIX part (unix/UnixInteropTest) run alike against
 * the python3 peers: the payload, and each role's loop over a connected socket, ending at the
 * other side's orderly shutdown (b'').
 */
public final class InteropEcho {
    /** Just over 1 MiB, so that the stream does not end on a buffer boundary. */
    public static final int SIZE = (1 << 20) + 12345;
    /** The bound on every wait for the python3 process (and for our writer thread). */
    public static final long PROCESS_WAIT_S = 20;

    private InteropEcho() {
    }

    /** payload: SIZE random bytes, the same in every run (seed 70, after the scenario). */
    public static byte[] payload() {
        byte[] payload = new byte[SIZE];
        new SplittableRandom(70).nextBytes(payload);
        return payload;
    }

    /**
     * sendAndReadBack: the client role against an echo server. A second thread sends payload
     * and then shuts down writing, while this one reads until the server's close (b''), so a
     * full socket buffer on either side never stalls the other; asserts the echo is payload.
     */
    public static void sendAndReadBack(Socket s, byte[] payload, String writerName) throws Exception {
        try (Async<Void> writer = Async.start(writerName, () -> {
            s.sendall(payload);
            s.shutdown(SHUT_WR); // the peer sees b'' and closes
            return null;
        })) {
            ByteArrayOutputStream got = new ByteArrayOutputStream(payload.length);
            while (true) {
                byte[] chunk = s.recv(65536);
                if (chunk.length == 0) {
                    break; // the peer closed after our FIN
                }
                got.write(chunk, 0, chunk.length);
            }
            writer.get(Duration.ofSeconds(PROCESS_WAIT_S));
            assertEquals(payload.length, got.size());
            assertTrue(Arrays.equals(payload, got.toByteArray()), "echo differs");
        }
    }

    /** assertServerEchoedAll: echo_server.py exited 0 and reports having echoed all SIZE bytes. */
    public static void assertServerEchoedAll(PythonPeer py) throws IOException, InterruptedException {
        assertEquals(0, py.waitFor(PROCESS_WAIT_S), py::stderrText);
        assertEquals("ECHOED " + SIZE, py.rest().trim());
    }

    /**
     * assertClientGotAllBack: we echoed SIZE bytes, and echo_client.py exited 0 and reports
     * having read back all it sent.
     */
    public static void assertClientGotAllBack(PythonPeer py, long echoed) throws IOException, InterruptedException {
        assertEquals(SIZE, echoed);
        int code = py.waitFor(PROCESS_WAIT_S);
        String out = py.rest().trim();
        assertEquals(0, code, () -> "python client: " + out + " " + py.stderrText());
        assertEquals("OK " + SIZE, out);
    }

    /** echoUntilEof: the server role; sends back all conn receives until the peer's shutdown (b''). */
    public static long echoUntilEof(Socket conn) throws OSError {
        long echoed = 0;
        while (true) {
            byte[] data = conn.recv(65536);
            if (data.length == 0) {
                return echoed; // the peer's shutdown(SHUT_WR)
            }
            conn.sendall(data);
            echoed += data.length;
        }
    }
}
