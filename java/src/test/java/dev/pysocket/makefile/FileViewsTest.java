package dev.pysocket.makefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/**
 * FileViewsTest: the java.io views of a SocketFile. A BufferedReader over reader() reads lines
 * as Java users expect; the streams move the same bytes as the file; closing a view closes the
 * file, not the socket.
 */
class FileViewsTest extends BackendTest {

    @Test
    void aBufferedReaderOverTheReaderReadsLines() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            p.second().sendall("one\r\ntwo\rthree\nvier é\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.second().shutdown(Sockets.SHUT_WR);
            SocketFile f = p.first().makefile("r");
            try (BufferedReader r = new BufferedReader(f.reader())) {
                assertEquals("one", r.readLine());
                assertEquals("two", r.readLine());
                assertEquals("three", r.readLine());
                assertEquals("vier é", r.readLine());
                assertNull(r.readLine());
            }
            assertTrue(f.closed(), "closing the view closed the file");
            assertTrue(p.first().isOpen(), "and not the socket");
        }
    }

    @Test
    void theWriterAndPrintWriterWriteThroughTheFile() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            SocketFile f = p.first().makefile("w", -1, null, null, "\r\n");
            try (PrintWriter w = new PrintWriter(f.writer())) {
                w.print("a\nb😀\n");
                w.flush();
                assertArrayEquals("a\r\nb😀\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), p.second().recv(64));
            }
            assertTrue(f.closed());
            assertTrue(p.first().isOpen());
        }
    }

    @Test
    void theStreamsMoveTheFilesBytes() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            SocketFile in = a.makefile("rb");
            SocketFile out = a.makefile("wb");
            try (OutputStream os = out.outputStream(); InputStream is = in.inputStream()) {
                os.write(new byte[] {1, 2, 3});
                os.flush();
                byte[] got = p.second().recv(16);
                assertArrayEquals(new byte[] {1, 2, 3}, got);
                p.second().sendall(new byte[] {0, 0, 0, 42, 7});
                p.second().shutdown(Sockets.SHUT_WR);
                DataInputStream d = new DataInputStream(is);
                assertEquals(42, d.readInt());
                assertEquals(7, d.read());
                assertEquals(-1, d.read());
            }
            assertTrue(in.closed() && out.closed());
            assertTrue(a.isOpen());
        }
    }

    @Test
    void viewsOfTheWrongKindAreRefusedAndAClosedViewIsAnIOException() throws Exception {
        try (SocketPair p = Sockets.socketpair(); SocketFile text = p.first().makefile("r");
                SocketFile bin = p.first().makefile("wb")) {
            assertEquals("inputStream() of a text file: use reader()",
                    assertThrows(IllegalStateException.class, text::inputStream).getMessage());
            assertThrows(IllegalStateException.class, text::writer);
            assertThrows(IllegalStateException.class, bin::reader);
            assertThrows(IllegalStateException.class, bin::inputStream);
            Writer w = p.first().makefile("w").writer();
            w.close();
            assertEquals("I/O operation on closed file.", assertThrows(IOException.class, () -> w.write("x")).getMessage());
        }
    }
}
