package dev.pysocket.makefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * MakefileInteropTest: a line protocol spoken through makefile("rw") on both ends, python3 on
 * one and pysocket on the other, in both directions (resources/peers/line_protocol.py): each
 * request a line, each answer the line upper-cased, with a non-ASCII line.
 */
class MakefileInteropTest extends BackendTest {
    private static final List<String> LINES = List.of("hello", "wörld", "bye");

    private static String hex(String s) {
        return java.util.HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void pythonClientTalksToPysocketServerThroughFiles() throws Exception {
        try (Socket srv = Sockets.createServer(loopback(0))) {
            srv.settimeout(10.0);
            try (PythonPeer py = PythonPeer.start("line_protocol.py", "client", Integer.toString(port(srv)))) {
                try (Socket conn = srv.accept().conn(); SocketFile f = conn.makefile("rw", -1, "utf-8", null, "\n")) {
                    conn.settimeout(10.0);
                    for (String expected : LINES) {
                        String line = f.readline();
                        assertEquals(expected + "\n", line);
                        f.write(line.toUpperCase(Locale.ROOT));
                        f.flush();
                    }
                    assertEquals("", f.readline(), "the client's close is the end of the file");
                }
                for (String line : LINES) {
                    assertEquals("ANSWER " + hex(line.toUpperCase(Locale.ROOT)), py.readLine(10));
                }
                assertEquals(0, py.waitFor(10), py::stderrText);
            }
        }
    }

    @Test
    void pysocketClientTalksToPythonServerThroughFiles() throws Exception {
        try (PythonPeer py = PythonPeer.start("line_protocol.py", "server")) {
            String hello = py.readLine(10);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            try (Socket s = Sockets.createConnection(loopback(Integer.parseInt(hello.substring(5).trim())), 10.0);
                    SocketFile f = s.makefile("rw", -1, "utf-8", null, "\n")) {
                for (String line : LINES) {
                    f.write(line + "\n");
                    f.flush();
                    assertEquals(line.toUpperCase(Locale.ROOT) + "\n", f.readline());
                }
            }
            for (String line : LINES) {
                assertEquals("REQUEST " + hex(line), py.readLine(10));
            }
            assertEquals(0, py.waitFor(10), py::stderrText);
        }
    }
}
