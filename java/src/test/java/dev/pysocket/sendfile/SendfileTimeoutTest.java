package dev.pysocket.sendfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * R23's timeout: one deadline for the whole sendfile call. A reader that keeps taking a little
 * data would keep CPython's call going (it polls each block with the full timeout); here the
 * call ends at its timeout, and the file's position tells exactly how much went out.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SendfileTimeoutTest extends BackendTest {
    private static final long SIZE = 64L << 20;

    @TempDir
    Path dir;

    @Test
    void theTimeoutBoundsTheWholeTransferAndThePositionCountsWhatWentOut() throws Exception {
        Path path = dir.resolve("sparse.bin");
        try (RandomAccessFile raf = new RandomAccessFile(path.toFile(), "rw")) {
            raf.setLength(SIZE); // sparse: reads as zeros
        }
        AtomicBoolean drain = new AtomicBoolean();
        try (TcpPair p = tcpPair(); FileChannel f = FileChannel.open(path)) {
            p.client().setsockopt(Sockets.SOL_SOCKET, Sockets.SO_SNDBUF, 65536);
            p.server().setsockopt(Sockets.SOL_SOCKET, Sockets.SO_RCVBUF, 65536);
            CompletableFuture<Long> received = slowReader(p.server(), drain);
            p.client().settimeout(0.5);
            long t0 = System.nanoTime();
            assertThrows(TimeoutError.class, () -> p.client().sendfile(f, 0, null));
            double took = secondsSince(t0);
            assertTrue(took >= 0.45 && took < 2.0, () -> "sendfile took " + took + " s, its timeout is 0.5 s");
            long position = f.position();
            assertTrue(position > 0 && position < SIZE, () -> "position " + position);
            closeNow(p.client());
            drain.set(true);
            assertEquals(position, received.get(20, TimeUnit.SECONDS), "bytes the peer got = file position");
        }
    }

    /** slowReader takes 4 KiB every 20 ms until drain is set, then everything up to the end of stream. */
    private static CompletableFuture<Long> slowReader(Socket s, AtomicBoolean drain) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                s.settimeout(20.0);
                long total = 0;
                while (true) {
                    byte[] chunk = s.recv(drain.get() ? 1 << 20 : 4096);
                    if (chunk.length == 0) {
                        return total;
                    }
                    total += chunk.length;
                    if (!drain.get()) {
                        Thread.sleep(20);
                    }
                }
            } catch (OSError | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
