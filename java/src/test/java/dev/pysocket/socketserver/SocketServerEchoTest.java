package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SocketServerEchoTest: the servers of every kind echo to python3 clients and to pysocket clients. */
@Timeout(60)
class SocketServerEchoTest extends BackendTest {
    private static final String TCP_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=10)",
            "f = s.makefile('rb')",
            "for w in (b'one', b'two'):",
            "    s.sendall(w + b'\\n')",
            "    print(f.readline().decode().strip())",
            "s.close()");
    private static final String UDP_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "s.settimeout(10)",
            "for w in (b'one', b'two'):",
            "    s.sendto(w, ('127.0.0.1', int(sys.argv[1])))",
            "    print(s.recvfrom(100)[0].decode())",
            "s.close()");
    private static final String UNIX_STREAM_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_UNIX)",
            "s.settimeout(10)",
            "s.connect(sys.argv[1])",
            "f = s.makefile('rb')",
            "for w in (b'one', b'two'):",
            "    s.sendall(w + b'\\n')",
            "    print(f.readline().decode().strip())",
            "s.close()");
    private static final String UNIX_DATAGRAM_CLIENT = String.join("\n",
            "import socket, sys",
            "s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)",
            "s.settimeout(10)",
            "s.bind(sys.argv[1] + '.client')",
            "for w in (b'one', b'two'):",
            "    s.sendto(w, sys.argv[1])",
            "    print(s.recvfrom(100)[0].decode())",
            "s.close()");

    private static void assertPythonEcho(String script, String arg) throws Exception {
        ChildProcess.Output out = ChildProcess.run(List.of("python3", "-c", script, arg), Map.of(), Duration.ofSeconds(30));
        assertEquals(0, out.exit(), () -> "python3 client failed: " + out.stderr());
        assertEquals("echo: one\necho: two\n", out.stdout());
    }

    /** streamEcho: a pysocket client over a connected stream socket. */
    private static void assertStreamEcho(Socket c) throws Exception {
        try (c; SocketFile f = c.makefile("rb")) {
            c.settimeout(10.0);
            for (String w : List.of("one", "two")) {
                c.sendall((w + "\n").getBytes());
                assertArrayEquals(("echo: " + w + "\n").getBytes(), f.readlineBytes());
            }
        }
    }

    @Test
    void tcpServerEchoesToPythonAndPysocketClients() throws Exception {
        try (Running r = new Running(new TCPServer(loopback(0), Handlers.LineEcho::new), 0.1)) {
            int port = ((Address.Inet) r.server.serverAddress()).port();
            assertTrue(port > 0, "serverAddress is the bound address");
            assertPythonEcho(TCP_CLIENT, Integer.toString(port));
            assertStreamEcho(Sockets.createConnection(loopback(port), 10.0));
        }
    }

    @Test
    void udpServerEchoesToPythonAndPysocketClients() throws Exception {
        try (Running r = new Running(new UDPServer(loopback(0), Handlers.DatagramEcho::new), 0.1)) {
            Address server = r.server.serverAddress();
            assertPythonEcho(UDP_CLIENT, Integer.toString(((Address.Inet) server).port()));
            try (Socket c = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
                c.settimeout(10.0);
                c.sendto("three".getBytes(), server);
                assertArrayEquals("echo: three".getBytes(), c.recvfrom(100).data());
            }
        }
    }

    @Test
    void unixStreamServerEchoesToPythonAndPysocketClients() throws Exception {
        Path dir = Files.createTempDirectory("pysocket-ss");
        Path path = dir.resolve("s");
        try (Running r = new Running(new UnixStreamServer(new Address.Unix(path.toString()), Handlers.LineEcho::new), 0.1)) {
            assertEquals(new Address.Unix(path.toString()), r.server.serverAddress());
            assertPythonEcho(UNIX_STREAM_CLIENT, path.toString());
            Socket c = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM);
            c.connect(new Address.Unix(path.toString()));
            assertStreamEcho(c);
        } finally {
            Files.deleteIfExists(path);
            Files.delete(dir);
        }
    }

    @Test
    @Requires(Capability.UNIX_DATAGRAM)
    void unixDatagramServerEchoesToPythonAndPysocketClients() throws Exception {
        Path dir = Files.createTempDirectory("pysocket-ss");
        Path path = dir.resolve("s");
        try (Running r = new Running(new UnixDatagramServer(new Address.Unix(path.toString()), Handlers.DatagramEcho::new), 0.1)) {
            assertEquals(new Address.Unix(path.toString()), r.server.serverAddress());
            assertPythonEcho(UNIX_DATAGRAM_CLIENT, path.toString());
            try (Socket c = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_DGRAM)) {
                c.settimeout(10.0);
                c.bind(new Address.Unix(path + ".j"));
                c.sendto("three".getBytes(), new Address.Unix(path.toString()));
                assertArrayEquals("echo: three".getBytes(), c.recvfrom(100).data());
            }
        } finally {
            for (String suffix : List.of("", ".client", ".j")) {
                Files.deleteIfExists(Path.of(path + suffix));
            }
            Files.delete(dir);
        }
    }

    @Test
    void threadingServersEcho() throws Exception {
        try (Running r = new Running(new ThreadingTCPServer(loopback(0), Handlers.LineEcho::new), 0.1)) {
            int port = ((Address.Inet) r.server.serverAddress()).port();
            assertPythonEcho(TCP_CLIENT, Integer.toString(port));
            assertStreamEcho(Sockets.createConnection(loopback(port), 10.0));
        }
        try (Running r = new Running(new ThreadingUDPServer(loopback(0), Handlers.DatagramEcho::new), 0.1)) {
            assertPythonEcho(UDP_CLIENT, Integer.toString(((Address.Inet) r.server.serverAddress()).port()));
        }
        Path dir = Files.createTempDirectory("pysocket-ss");
        Path path = dir.resolve("s");
        try (Running r = new Running(new ThreadingUnixStreamServer(new Address.Unix(path.toString()), Handlers.LineEcho::new), 0.1)) {
            assertEquals(new Address.Unix(path.toString()), r.server.serverAddress());
            assertPythonEcho(UNIX_STREAM_CLIENT, path.toString());
        } finally {
            Files.deleteIfExists(path);
            Files.delete(dir);
        }
    }
}
