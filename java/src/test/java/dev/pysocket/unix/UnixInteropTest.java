package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.support.InteropEcho.PROCESS_WAIT_S;
import static dev.pysocket.support.InteropEcho.SIZE;
import static dev.pysocket.support.InteropEcho.assertClientGotAllBack;
import static dev.pysocket.support.InteropEcho.assertServerEchoedAll;
import static dev.pysocket.support.InteropEcho.echoUntilEof;
import static dev.pysocket.support.InteropEcho.payload;
import static dev.pysocket.support.InteropEcho.sendAndReadBack;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance scenario 70, AF_UNIX part: pysocket against the reference CPython over an
 * AF_UNIX path, in both roles. Each side echoes 1 MiB and ends with an orderly shutdown that
 * the other sees as b''.
 */
class UnixInteropTest extends BackendTest {
    @TempDir
    Path dir;

    /** (a) pysocket client → python3 AF_UNIX echo server. */
    @Test
    void pysocketClientEchoesOneMebibyteThroughPythonUnixServerAndSeesItsClose() throws Exception {
        byte[] payload = payload();
        String path = dir.resolve("py.sock").toString();
        try (PythonPeer py = PythonPeer.start("echo_server.py", path)) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertEquals("UNIX " + path, hello);
            try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
                s.settimeout(15.0);
                s.connect(Address.unix(path));
                assertEquals(Address.unix(path), s.getpeername());
                sendAndReadBack(s, payload, "py-unix-writer");
            }
            assertServerEchoedAll(py);
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
                long echoed;
                try (Socket conn = a.conn()) {
                    conn.settimeout(15.0);
                    assertEquals(Address.unix(""), a.address()); // python's client is unnamed
                    echoed = echoUntilEof(conn);
                }
                assertClientGotAllBack(py, echoed);
            }
        }
    }
}
