package dev.pysocket.interop;

import static dev.pysocket.Sockets.SHUT_WR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Conformance scenario 70 (TCP part): pysocket against the reference CPython, in both roles.
 * Each side echoes 1 MiB and ends with an orderly shutdown that the other sees as b''.
 */
class PythonInteropTest extends BackendTest {
    private static final int SIZE = (1 << 20) + 12345;
    private static final long PROCESS_WAIT_S = 20;

    /** (a) pysocket client → python3 echo server. */
    @Test
    void pysocketClientEchoesOneMebibyteThroughPythonServerAndSeesItsClose() throws Exception {
        byte[] payload = new byte[SIZE];
        new SplittableRandom(70).nextBytes(payload);
        try (PythonPeer py = PythonPeer.start("echo_server.py")) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            int port = Integer.parseInt(hello.substring(5).trim());
            try (Socket s = Sockets.socket()) {
                s.settimeout(15.0);
                s.connect(loopback(port));
                try (Async<Void> writer = Async.start("py-writer", () -> {
                    s.sendall(payload);
                    s.shutdown(SHUT_WR); // python sees b'' and closes
                    return null;
                })) {
                    ByteArrayOutputStream got = new ByteArrayOutputStream(SIZE);
                    while (true) {
                        byte[] chunk = s.recv(65536);
                        if (chunk.length == 0) {
                            break; // python closed after our FIN
                        }
                        got.write(chunk, 0, chunk.length);
                    }
                    writer.get(Duration.ofSeconds(PROCESS_WAIT_S));
                    assertEquals(SIZE, got.size());
                    assertTrue(Arrays.equals(payload, got.toByteArray()), "echo differs");
                }
            }
            assertEquals(0, py.waitFor(PROCESS_WAIT_S), py::stderrText);
            assertEquals("ECHOED " + SIZE, py.rest().trim());
        }
    }

    /** (b) python3 client → pysocket echo server made with create_server. */
    @Test
    void pythonClientEchoesOneMebibyteThroughPysocketServer() throws Exception {
        try (Socket srv = Sockets.createServer(loopback(0))) {
            srv.settimeout(PROCESS_WAIT_S * 1.0);
            try (PythonPeer py = PythonPeer.start("echo_client.py", Integer.toString(port(srv)), Integer.toString(SIZE))) {
                Accepted a = srv.accept();
                long echoed = 0;
                try (Socket conn = a.conn()) {
                    conn.settimeout(15.0);
                    assertEquals("127.0.0.1", ((dev.pysocket.Address.Inet) a.address()).host());
                    while (true) {
                        byte[] data = conn.recv(65536);
                        if (data.length == 0) {
                            break; // python's shutdown(SHUT_WR)
                        }
                        conn.sendall(data);
                        echoed += data.length;
                    }
                }
                assertEquals(SIZE, echoed);
                int code = py.waitFor(PROCESS_WAIT_S);
                String out = py.rest().trim();
                assertEquals(0, code, () -> "python client: " + out + " " + py.stderrText());
                assertEquals("OK " + SIZE, out);
            }
        }
    }
}
