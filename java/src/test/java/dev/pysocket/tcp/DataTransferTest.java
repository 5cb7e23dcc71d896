package dev.pysocket.tcp;

import static dev.pysocket.Sockets.SHUT_WR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.BrokenPipeError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Conformance section 4, TCP scenarios 12, 15, 17 and 18; rules R11 and R12. */
class DataTransferTest extends BackendTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new SplittableRandom(seed).nextBytes(b);
        return b;
    }

    /** drain reads s until end of stream, returning everything read. */
    private static byte[] drain(Socket s, int expectedAtLeast) throws OSError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(expectedAtLeast, 16));
        while (true) {
            byte[] chunk = s.recv(256 * 1024);
            if (chunk.length == 0) {
                return out.toByteArray();
            }
            out.write(chunk, 0, chunk.length);
        }
    }

    /** Scenario 12. */
    @Test
    void sendAfterPeerCloseFirstSucceedsThenRaisesBrokenPipe32() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.client().settimeout(2.0);
            p.server().close();
            assertEquals(1, p.client().send(ascii("x")), "the first send after the peer's close succeeds");
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (true) {
                try {
                    p.client().send(ascii("x"));
                } catch (BrokenPipeError e) {
                    assertEquals(Errno.EPIPE, e.errno());
                    assertEquals("[Errno 32] Broken pipe", e.getMessage());
                    break;
                }
                if (System.nanoTime() > deadline) {
                    fail("send kept succeeding 2 s after the peer closed");
                }
                Thread.sleep(1);
            }
            // still raising, and the process survived: no SIGPIPE (R34)
            assertThrows(BrokenPipeError.class, () -> p.client().send(ascii("y")));
            assertThrows(BrokenPipeError.class, () -> p.client().sendall(new byte[100_000]));
        }
    }

    /** Scenario 15. */
    @Test
    void sendallOfTwentyMebibytesArrivesByteIdentical() throws Exception {
        byte[] payload = random(20 << 20, 15);
        try (TcpPair p = tcpPair()) {
            p.client().settimeout(20.0);
            p.server().settimeout(20.0);
            try (Async<byte[]> reader = Async.start("reader", () -> drain(p.server(), payload.length))) {
                p.client().sendall(payload);
                p.client().shutdown(SHUT_WR);
                byte[] got = reader.get(Duration.ofSeconds(20));
                assertEquals(payload.length, got.length);
                assertTrue(Arrays.equals(payload, got), "payload differs");
            }
        }
    }

    /** Scenario 15 with ByteBuffers: sendall(ByteBuffer) consumes the buffer, recvInto(ByteBuffer) fills it. */
    @Test
    void sendallAndRecvIntoWithByteBuffersAreByteIdentical() throws Exception {
        byte[] payload = random(3 << 20, 16);
        try (TcpPair p = tcpPair()) {
            p.client().settimeout(20.0);
            p.server().settimeout(20.0);
            try (Async<ByteBuffer> reader = Async.start("reader", () -> {
                ByteBuffer dst = ByteBuffer.allocateDirect(payload.length);
                while (dst.hasRemaining()) {
                    int before = dst.position();
                    int n = p.server().recvInto(dst);
                    assertEquals(before + n, dst.position(), "recvInto advances the position by the count");
                    if (n == 0) {
                        break;
                    }
                }
                return dst.flip();
            })) {
                ByteBuffer src = ByteBuffer.wrap(payload);
                p.client().sendall(src);
                assertEquals(0, src.remaining(), "sendall(ByteBuffer) consumes the buffer");
                ByteBuffer got = reader.get(WAIT);
                byte[] copy = new byte[got.remaining()];
                got.get(copy);
                assertTrue(Arrays.equals(payload, copy), "payload differs");
            }
        }
    }

    /** Scenario 17: a timeout-mode send may be partial; every byte it reports arrives. */
    @Test
    void timeoutModeSendOfEightMebibytesMayReturnPartialCount() throws Exception {
        byte[] payload = random(8 << 20, 17);
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(10.0);
            try (Async<byte[]> reader = Async.start("reader", () -> drain(p.server(), payload.length))) {
                p.client().settimeout(5.0);
                int n = p.client().send(payload);
                assertTrue(n > 0 && n <= payload.length, () -> "send returned " + n);
                p.client().shutdown(SHUT_WR);
                byte[] got = reader.get(WAIT);
                assertArrayEquals(Arrays.copyOf(payload, n), got);
            }
        }
    }

    /** Scenario 17: a blocking-mode send to a draining peer sends everything. */
    @Test
    void blockingModeSendOfEightMebibytesReturnsFullCount() throws Exception {
        byte[] payload = random(8 << 20, 18);
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(10.0);
            try (Async<byte[]> reader = Async.start("reader", () -> drain(p.server(), payload.length))) {
                assertEquals(payload.length, p.client().send(payload));
                p.client().shutdown(SHUT_WR);
                assertTrue(Arrays.equals(payload, reader.get(WAIT)), "payload differs");
            }
        }
    }

    /** Scenario 18: send(b'') returns 0, sendall(b'') returns normally, recv(0) is b'' at once. */
    @Test
    void emptySendReturnsZeroEmptySendallReturnsAndRecvZeroReturnsEmptyAtOnce() throws Exception {
        try (TcpPair p = tcpPair()) {
            assertEquals(0, p.client().send(new byte[0]));
            assertEquals(0, p.client().send(ByteBuffer.allocate(0)));
            p.client().sendall(new byte[0]);
            p.client().sendall(ByteBuffer.allocate(0));
            // blocking socket, nothing pending: recv(0) must not wait (R11: no syscall)
            assertArrayEquals(new byte[0], p.server().recv(0));
            assertEquals(0, p.server().recvInto(new byte[0]));
            assertEquals(0, p.server().recvInto(ByteBuffer.allocate(0)));
            // nothing was actually sent
            p.server().setblocking(false);
            assertThrows(dev.pysocket.BlockingIOError.class, () -> p.server().recv(10));
        }
    }

    /** recv(n) returns at most n bytes; the rest stays queued (stream semantics). */
    @Test
    void recvReturnsAtMostBufsizeAndKeepsTheRest() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abcdefgh"));
            byte[] first = p.server().recv(3);
            assertTrue(first.length >= 1 && first.length <= 3, () -> "recv(3) returned " + first.length);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.write(first, 0, first.length);
            while (all.size() < 8) {
                byte[] more = p.server().recv(100);
                assertTrue(more.length > 0, "unexpected end of stream");
                all.write(more, 0, more.length);
            }
            assertArrayEquals(ascii("abcdefgh"), all.toByteArray());
        }
    }

    /** recv_into(buffer, nbytes): at most nbytes, written at the buffer's start. */
    @Test
    void recvIntoWithNbytesFillsOnlyThatMany() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abcdef"));
            byte[] buf = new byte[10];
            Arrays.fill(buf, (byte) '-');
            int n = p.server().recvInto(buf, 4, 0);
            assertTrue(n >= 1 && n <= 4, () -> "recvInto returned " + n);
            assertArrayEquals(Arrays.copyOf(ascii("abcd"), n), Arrays.copyOf(buf, n));
            for (int i = n; i < buf.length; i++) {
                assertEquals('-', buf[i], "byte " + i + " must be untouched");
            }
        }
    }

    /** recv_into(ByteBuffer) fills from position up to limit and advances position. */
    @Test
    void recvIntoByteBufferFillsFromPositionUpToLimit() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            p.client().sendall(ascii("abcdef"));
            ByteBuffer bb = ByteBuffer.allocate(10);
            bb.position(2).limit(5);
            int n = p.server().recvInto(bb);
            assertTrue(n >= 1 && n <= 3, () -> "recvInto returned " + n);
            assertEquals(2 + n, bb.position());
            assertEquals(5, bb.limit());
            assertEquals('a', bb.get(2));
            assertEquals(0, bb.array()[0], "before position: untouched");
            assertEquals(0, bb.array()[5], "at limit: untouched");
        }
    }

    /** send(ByteBuffer) sends from position and advances it by the count. */
    @Test
    void sendByteBufferAdvancesPositionByCount() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            ByteBuffer src = ByteBuffer.wrap(ascii("xxhello"));
            src.position(2);
            int n = p.client().send(src);
            assertEquals(5, n);
            assertEquals(7, src.position());
            assertArrayEquals(ascii("hello"), p.server().recv(100));
        }
    }
}
