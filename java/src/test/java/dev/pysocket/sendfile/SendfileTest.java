package dev.pysocket.sendfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.MemoryFileChannel;
import dev.pysocket.support.TcpPair;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario 94 and rule R23: socket.sendfile(file, offset, count) with CPython 3.11's results,
 * checks, messages and order of checks (each checked with python3), and the file position
 * Lib/socket.py leaves.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SendfileTest extends BackendTest {
    private static final int SIZE = 300_000;

    @TempDir
    Path dir;

    private byte[] content(int size) {
        byte[] b = new byte[size];
        new Random(94).nextBytes(b);
        return b;
    }

    private FileChannel file(byte[] content) throws IOException {
        Path p = Files.createTempFile(dir, "sendfile", ".bin");
        Files.write(p, content);
        return FileChannel.open(p, StandardOpenOption.READ);
    }

    /** receive reads exactly n bytes from s in another thread (the sender may block meanwhile). */
    private static CompletableFuture<byte[]> receive(Socket s, int n) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                s.settimeout(20.0);
                byte[] got = new byte[n];
                int at = 0;
                while (at < n) {
                    byte[] chunk = s.recv(n - at);
                    if (chunk.length == 0) {
                        break;
                    }
                    System.arraycopy(chunk, 0, got, at, chunk.length);
                    at += chunk.length;
                }
                return Arrays.copyOf(got, at);
            } catch (OSError e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void scenario94WholeFileThenASlice() throws Exception {
        byte[] data = content(SIZE);
        try (TcpPair p = tcpPair(); FileChannel f = file(data)) {
            CompletableFuture<byte[]> got = receive(p.server(), SIZE + 500);
            assertEquals(SIZE, p.client().sendfile(f, 0, null));
            assertEquals(SIZE, f.position()); // Lib/socket.py: file.seek(offset + sent)
            assertEquals(500, p.client().sendfile(f, 1000, 500L));
            assertEquals(1500, f.position());
            byte[] all = got.get(20, TimeUnit.SECONDS);
            assertArrayEquals(data, Arrays.copyOf(all, SIZE));
            assertArrayEquals(Arrays.copyOfRange(data, 1000, 1500), Arrays.copyOfRange(all, SIZE, SIZE + 500));
        }
    }

    @Test
    void scenario94Rejections() throws Exception {
        try (TcpPair p = tcpPair(); FileChannel f = file(content(1000)); Socket udp = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, 0)) {
            assertIae("count must be a positive integer (got 0)", () -> p.client().sendfile(f, 0, 0L));
            assertIae("count must be a positive integer (got -1)", () -> p.client().sendfile(f, 0, -1L));
            assertIae("only SOCK_STREAM type sockets are supported", () -> udp.sendfile(f, 0, null));
            assertIae("only SOCK_STREAM type sockets are supported", () -> udp.sendfile(f, 0, 0L)); // type first
            p.client().setblocking(false);
            assertIae("non-blocking sockets are not supported", () -> p.client().sendfile(f, 0, null));
            assertIae("count must be a positive integer (got 0)", () -> p.client().sendfile(f, 0, 0L)); // count first
            assertEquals(0, f.position());
        }
    }

    @Test
    void emptyFileReturnsZeroBeforeTheModeIsChecked() throws Exception {
        try (TcpPair p = tcpPair(); FileChannel f = file(new byte[0])) {
            assertEquals(0, p.client().sendfile(f, 0, null));
            p.client().setblocking(false);
            assertEquals(0, p.client().sendfile(f, 0, null)); // python3: 0, not ValueError
        }
    }

    @Test
    void closedFileAndClosedSocket() throws Exception {
        try (TcpPair p = tcpPair(); FileChannel f = file(content(10))) {
            FileChannel closed = file(content(10));
            closed.close();
            assertIae("I/O operation on closed file", () -> p.client().sendfile(closed, 0, null));
            closeNow(p.client());
            assertIae("Invalid file descriptor: -1", () -> p.client().sendfile(f, 0, 5L));
        }
    }

    @Test
    void negativeOffsetIsEinvalAndAnOffsetPastTheEndSendsNothing() throws Exception {
        try (TcpPair p = tcpPair(); FileChannel f = file(content(1000))) {
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> p.client().sendfile(f, -1, 10L));
            f.position(7);
            assertEquals(0, p.client().sendfile(f, 10_000_000, 10L));
            assertEquals(7, f.position()); // nothing sent: the position stays
        }
    }

    @Test
    void countBeyondTheEndSendsToTheEnd() throws Exception {
        byte[] data = content(5000);
        try (TcpPair p = tcpPair(); FileChannel f = file(data)) {
            CompletableFuture<byte[]> got = receive(p.server(), 4000);
            assertEquals(4000, p.client().sendfile(f, 1000, 1_000_000L));
            assertEquals(5000, f.position());
            assertArrayEquals(Arrays.copyOfRange(data, 1000, 5000), got.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void writeOnlyFileIsNotReadable() throws Exception {
        Path path = Files.createTempFile(dir, "wo", ".bin");
        Files.write(path, content(100));
        try (TcpPair p = tcpPair(); FileChannel f = FileChannel.open(path, StandardOpenOption.WRITE)) {
            assertThrows(NonReadableChannelException.class, () -> p.client().sendfile(f, 0, null));
            assertEquals(0, f.position());
        }
    }

    @Test
    void aChannelWithoutADescriptorIsSentToo() throws Exception {
        byte[] data = content(200_000);
        try (TcpPair p = tcpPair(); MemoryFileChannel f = new MemoryFileChannel(data)) {
            p.client().settimeout(10.0);
            CompletableFuture<byte[]> got = receive(p.server(), 100_000);
            assertEquals(100_000, p.client().sendfile(f, 50_000, 100_000L));
            assertEquals(150_000, f.position());
            assertArrayEquals(Arrays.copyOfRange(data, 50_000, 150_000), got.get(20, TimeUnit.SECONDS));
            if (isNative()) {
                assertTrue(f.positionalReads() > 0, "the native backend copies it through send()");
            }
        }
    }

    @Test
    void unixStreamPairInTimeoutMode() throws Exception {
        byte[] data = content(SIZE);
        SocketPair pair = Sockets.socketpair();
        try (Socket a = pair.first(); Socket b = pair.second(); FileChannel f = file(data)) {
            a.settimeout(10.0);
            CompletableFuture<byte[]> got = receive(b, SIZE);
            assertEquals(SIZE, a.sendfile(f, 0, null));
            assertArrayEquals(data, got.get(20, TimeUnit.SECONDS));
        }
    }

    private static void assertIae(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }
}
