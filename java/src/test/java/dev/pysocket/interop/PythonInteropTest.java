package dev.pysocket.interop;

import static dev.pysocket.support.InteropEcho.PROCESS_WAIT_S;
import static dev.pysocket.support.InteropEcho.SIZE;
import static dev.pysocket.support.InteropEcho.assertClientGotAllBack;
import static dev.pysocket.support.InteropEcho.assertServerEchoedAll;
import static dev.pysocket.support.InteropEcho.echoUntilEof;
import static dev.pysocket.support.InteropEcho.payload;
import static dev.pysocket.support.InteropEcho.sendAndReadBack;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import org.junit.jupiter.api.Test;

/**
 * Conformance scenario 70 (TCP part): pysocket against the reference CPython, in both roles.
 * Each side echoes 1 MiB and ends with an orderly shutdown that the other sees as b''.
 */
class PythonInteropTest extends BackendTest {

    /** (a) pysocket client → python3 echo server. */
    @Test
    void pysocketClientEchoesOneMebibyteThroughPythonServerAndSeesItsClose() throws Exception {
        byte[] payload = payload();
        try (PythonPeer py = PythonPeer.start("echo_server.py")) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            int port = Integer.parseInt(hello.substring(5).trim());
            try (Socket s = Sockets.socket()) {
                s.settimeout(15.0);
                s.connect(loopback(port));
                sendAndReadBack(s, payload, "py-writer");
            }
            assertServerEchoedAll(py);
        }
    }

    /** (b) python3 client → pysocket echo server made with create_server. */
    @Test
    void pythonClientEchoesOneMebibyteThroughPysocketServer() throws Exception {
        try (Socket srv = Sockets.createServer(loopback(0))) {
            srv.settimeout(PROCESS_WAIT_S * 1.0);
            try (PythonPeer py = PythonPeer.start("echo_client.py", Integer.toString(port(srv)), Integer.toString(SIZE))) {
                Accepted a = srv.accept();
                long echoed;
                try (Socket conn = a.conn()) {
                    conn.settimeout(15.0);
                    assertEquals("127.0.0.1", ((dev.pysocket.Address.Inet) a.address()).host());
                    echoed = echoUntilEof(conn);
                }
                assertClientGotAllBack(py, echoed);
            }
        }
    }
}
