package dev.pysocket.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.FdMessage;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.OsPipe;
import dev.pysocket.support.PythonPeer;
import dev.pysocket.support.Requires;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Descriptor passing with python3 in both directions (scenario 71, R37): python3 passes a
 * pipe's write end and a socket with socket.send_fds, pysocket writes through both while
 * python3 reads; pysocket passes its own pipe end and socket back with sendFds, python3
 * (socket.recv_fds) writes through both while pysocket reads.
 */
@Requires(Capability.MESSAGES)
@Timeout(60)
class PythonFdPassingTest extends BackendTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void descriptorsPassBothWaysAndEachSideWritesThroughThem() throws Exception {
        Path dir = Files.createTempDirectory("pysocket-fds");
        Path path = dir.resolve("s");
        try (Socket server = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
            server.bind(Address.unix(path.toString()));
            server.listen(1);
            server.settimeout(20.0);
            try (PythonPeer py = PythonPeer.start("fd_passing.py", path.toString());
                    Socket conn = server.accept().conn()) {
                conn.settimeout(20.0);
                assertEquals("SENT 11", py.readLine(20));
                FdMessage got = conn.recvFds(100, 4);
                assertArrayEquals(bytes("from python"), got.data());
                assertEquals(2, got.fds().length);
                assertEquals(0, got.flags());
                OsPipe.writeThrough(got.fds()[0], bytes("java wrote to your pipe"));
                Sockets.close(got.fds()[0]);
                try (Socket theirs = Sockets.socket(-1, -1, -1, got.fds()[1])) {
                    theirs.sendall(bytes("java wrote to your socket"));
                }
                assertEquals("PIPE java wrote to your pipe", py.readLine(20));
                assertEquals("SOCKET java wrote to your socket", py.readLine(20));

                try (OsPipe pipe = OsPipe.open(); SocketPair mine = Sockets.socketpair()) {
                    assertEquals(9, conn.sendFds(List.of(bytes("from java")), new int[] {pipe.writeFd(),
                            mine.first().fileno()}));
                    assertEquals("GOT from java 2 0", py.readLine(20));
                    assertEquals("DONE", py.readLine(20));
                    mine.second().settimeout(20.0);
                    assertArrayEquals(bytes("python wrote to your socket"), mine.second().recv(100));
                    assertArrayEquals(bytes("python wrote to your pipe"), pipe.read(100));
                }
            }
        } finally {
            Files.deleteIfExists(path);
            Files.deleteIfExists(dir);
        }
    }
}
