package dev.pysocket.makefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdLeakCheck;
import org.junit.jupiter.api.Test;

/**
 * FileLifetimeTest: R17's reference semantics. The descriptor stays open until the socket and
 * every file made from it are closed; a file keeps working after sock.close(); closing a file
 * leaves the socket open; a timed-out file refuses reads; read-ahead belongs to the file.
 */
class FileLifetimeTest extends BackendTest {

    @Test
    void aFileKeepsTheDescriptorOpenAfterTheSocketCloses() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            int fd = a.fileno();
            String target = has(Capability.DESCRIPTORS) ? FdLeakCheck.openFds().get(fd) : null;
            SocketFile f = a.makefile("rwb");
            SocketFile g = a.makefile("r");
            a.close();
            assertFalse(a.isOpen());
            assertTrue(a.toString().startsWith("<socket.socket [closed] fd=" + fd), a::toString);
            assertEquals(fd, a.fileno(), "fileno is unchanged while a file holds the descriptor (obs.)");
            p.second().sendall(ascii("line\n"));
            assertArrayEquals(ascii("line\n"), f.readlineBytes());
            f.write(ascii("back\n"));
            f.flush();
            assertArrayEquals(ascii("back\n"), p.second().recv(16));
            assertEquals(1, a.send(ascii("x")), "even sock.send works: the descriptor is open (obs.)");
            assertArrayEquals(ascii("x"), p.second().recv(16));
            f.close();
            assertEquals(fd, a.fileno(), "one file is still open");
            g.close();
            assertEquals(-1, a.fileno(), "the last file closed the descriptor");
            assertOSError(OSError.class, Errno.EBADF, "[Errno 9] Bad file descriptor", () -> a.send(ascii("x")));
            if (has(Capability.DESCRIPTORS)) {
                assertFalse(FdLeakCheck.openFds().containsValue(target), "the descriptor is closed in the kernel");
            }
        }
    }

    @Test
    void closingAFileLeavesTheSocketOpen() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            try (SocketFile f = a.makefile("w")) {
                f.write("one\n");
            }
            assertTrue(a.isOpen());
            assertArrayEquals(ascii("one\n"), p.second().recv(16), "close flushed the file");
            a.sendall(ascii("two\n"));
            assertArrayEquals(ascii("two\n"), p.second().recv(16));
            a.close();
            assertEquals(-1, a.fileno(), "no file open: the socket's close closed the descriptor");
        }
    }

    @Test
    void makefileOnAClosedSocketSucceedsAndItsReadsRaiseEbadf() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        try (SocketFile f = s.makefile("rb")) {
            assertOSError(OSError.class, Errno.EBADF, "[Errno 9] Bad file descriptor", f::readlineBytes);
        }
    }

    @Test
    void readAheadBelongsToTheFile() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            p.second().sendall(ascii("first\nsecond\n"));
            p.second().shutdown(Sockets.SHUT_WR);
            try (SocketFile f = a.makefile("r")) {
                assertEquals("first\n", f.readline());
            }
            assertArrayEquals(new byte[0], a.recv(64), "the file had read \"second\\n\" ahead; recv sees the end");
        }
    }

    @Test
    void aTimedOutFileRefusesReadsButANewFileReads() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            a.settimeout(0.05);
            try (SocketFile f = a.makefile("rb"); SocketFile w = a.makefile("wb")) {
                assertThrows(TimeoutError.class, () -> f.readBytes(1));
                p.second().sendall(ascii("x\n"));
                OSError e = assertThrows(OSError.class, f::readlineBytes);
                assertEquals(OSError.class, e.getClass());
                assertEquals(0, e.errno());
                assertEquals("cannot read from timed out object", e.getMessage());
                w.write(ascii("still writes"));
                w.flush();
                assertArrayEquals(ascii("still writes"), p.second().recv(64));
                try (SocketFile g = a.makefile("rb")) {
                    assertArrayEquals(ascii("x\n"), g.readlineBytes(), "the socket itself is fine");
                }
            }
        }
    }

    @Test
    void nonBlockingFilesSayNoData() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            a.setblocking(false);
            try (SocketFile raw = a.makefile("rb", 0, null, null, null); SocketFile buf = a.makefile("rb")) {
                assertEquals(-1, raw.readinto(new byte[4]), "None: -1");
                assertEquals(null, raw.readBytes(4), "None: null");
                assertEquals(-1, buf.readinto(new byte[4]));
                assertEquals(null, buf.readBytes());
                assertArrayEquals(new byte[0], buf.readlineBytes(), "as CPython: an empty line, not None");
                p.second().sendall(ascii("ab"));
                assertArrayEquals(ascii("ab"), buf.readBytes(5), "what there is");
            }
        }
    }
}
