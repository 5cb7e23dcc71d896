package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SHUT_WR;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance scenario 70, AF_UNIX part: pysocket against the reference CPython over an
 * AF_UNIX path, in both roles. Each side echoes 1 MiB and ends with an orderly shutdown that
 * the other sees as b''.
 */
class UnixInteropTest extends BackendTest {
    private static final int SIZE = (1 << 20) + 12345;
    private static final long PROCESS_WAIT_S = 20;

    @TempDir
    Path dir;

    /** (a) pysocket client → python3 AF_UNIX echo server. */
    @Test
    void pysocketClientEchoesOneMebibyteThroughPythonUnixServerAndSeesItsClose() throws Exception {
        byte[] payload = new byte[SIZE];
        new SplittableRandom(70).nextBytes(payload);
        String path = dir.resolve("py.sock").toString();
        try (PythonPeer py = PythonPeer.start("echo_server.py", path)) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertEquals("UNIX " + path, hello);
            try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
                s.settimeout(15.0);
                s.connect(Address.unix(path));
                assertEquals(Address.unix(path), s.getpeername());
                try (Async<Void> writer = Async.start("py-unix-writer", () -> {
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

    /** (b) python3 AF_UNIX client → pysocket AF_UNIX echo server. */
    @Test
    void pythonUnixClientEchoesOneMebibyteThroughPysocketServer() throws Exception {
        Address at = Address.unix(dir.resolve("ours.sock").toString());
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            srv.bind(at);
            srv.listen();
            srv.settimeout(PROCESS_WAIT_S * 1.0);
            String path = ((Address.Unix) at).path();
            try (PythonPeer py = PythonPeer.start("echo_client.py", path, Integer.toString(SIZE))) {
                Accepted a = srv.accept();
                long echoed = 0;
                try (Socket conn = a.conn()) {
                    conn.settimeout(15.0);
                    assertEquals(Address.unix(""), a.address()); // python's client is unnamed
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
