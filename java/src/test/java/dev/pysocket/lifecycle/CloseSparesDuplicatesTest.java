package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.MSG_DONTWAIT;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import dev.pysocket.support.Requires;
import dev.pysocket.support.TcpPair;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9 regression: close() with a call in flight ends that call (OSError 9, scenario 48's
 * project rule) but must leave every duplicate of the socket working: the descriptors share
 * one open file description (dup(2)), and a close(2) of one of them does not touch the
 * connection. Waking the blocked thread with shutdown(2) would, since shutdown acts on the
 * connection itself.
 *
 * <p>The duplicate is made each way Python offers: {@code dup()}, {@code fromfd()} and
 * {@code socket(fileno=dup(fd))}; and for a listener. What the duplicate and the peer see
 * afterwards is compared line by line with CPython doing the same steps
 * ({@code peers/close_with_dup.py}), where close() does not wake the blocked thread (R18), so
 * that script gives the call an end of its own before the peer acts.
 */
class CloseSparesDuplicatesTest extends BackendTest {
    private static final Duration BLOCK = Duration.ofSeconds(2);
    private static final Duration WAKE = Duration.ofSeconds(1);

    /** Step: one call whose outcome is recorded. */
    @FunctionalInterface
    private interface Step {
        Object run() throws OSError;
    }

    /** outcome: the words close_with_dup.py prints for a result or an error. */
    private static String outcome(Step step) {
        try {
            Object r = step.run();
            if (r instanceof byte[] b) {
                return b.length == 0 ? "eof" : "data " + new String(b, StandardCharsets.US_ASCII);
            }
            return "ok";
        } catch (OSError e) {
            return e instanceof TimeoutError && e.errno() == 0 ? "timeout" : "errno " + e.errno();
        }
    }

    /** python runs close_with_dup.py mode and returns its compared lines (not the "python:" ones). */
    private static List<String> python(String mode) throws Exception {
        List<String> lines = new ArrayList<>();
        try (PythonPeer py = PythonPeer.start("close_with_dup.py", mode)) {
            for (String l = py.readLine(20); !l.equals("END"); l = py.readLine(20)) {
                if (!l.startsWith("python:")) {
                    lines.add(l);
                }
            }
            assertEquals(0, py.waitFor(10), py::stderrText);
        }
        return lines;
    }

    /** duplicate makes B from A as mode says. */
    private static Socket duplicate(String mode, Socket a) throws OSError {
        return switch (mode) {
            case "dup" -> a.dup();
            case "fromfd" -> Sockets.fromfd(a.fileno(), AF_INET, SOCK_STREAM);
            case "fileno" -> Sockets.socket(a.family(), a.type(), a.proto(), Sockets.dup(a.fileno()));
            default -> throw new IllegalArgumentException(mode);
        };
    }

    /**
     * duplicateOrCloseUnder makes the duplicate; where the backend refuses to (no descriptors),
     * it still checks that close(original) wakes the blocked call with OSError 9, then lets the
     * refusal end the test.
     */
    private static Socket duplicateOrCloseUnder(Async<?> blocked, Step duplicate, Socket original) throws Exception {
        try {
            return (Socket) duplicate.run();
        } catch (OSError refused) {
            long t0 = System.nanoTime();
            closeNow(original);
            assertWokenWithEbadf(blocked, t0);
            throw refused;
        }
    }

    /** assertWokenWithEbadf: the blocked call ended with OSError 9 within 1 s of close(). */
    private static void assertWokenWithEbadf(Async<?> call, long closedAt) throws InterruptedException {
        OSError e = assertInstanceOf(OSError.class, call.failure(BLOCK));
        assertEquals(Errno.EBADF, e.errno(), () -> "the blocked call ended with " + e);
        double took = (call.finishedAtNanos() - closedAt) / 1e9;
        assertTrue(took <= WAKE.toNanos() / 1e9, () -> "woke after " + took + " s");
    }

    /**
     * A thread blocked in A.recv, B a duplicate of A, close(A): the thread raises OSError 9;
     * the connection stays up for B: the peer's data reaches B, B's data reaches the peer, and
     * the peer sees the end of stream only when B closes too.
     */
    private void closeOriginalWhileRecvBlocked(String mode) throws Exception {
        try (TcpPair p = tcpPair(); Async<byte[]> blocked = Async.start("blocked-recv", () -> p.client().recv(100))) {
            Socket a = p.client();
            Socket peer = p.server();
            blocked.awaitBlockedInNative(BLOCK);
            try (Socket b = duplicateOrCloseUnder(blocked, () -> duplicate(mode, a), a)) {
                long t0 = System.nanoTime();
                closeNow(a);
                assertWokenWithEbadf(blocked, t0);
                List<String> seen = new ArrayList<>();
                seen.add("peer_probe " + outcome(() -> peer.recv(100, MSG_DONTWAIT)));
                seen.add("peer_sendall " + outcome(() -> {
                    peer.sendall(ascii("from-peer"));
                    return null;
                }));
                b.settimeout(2.0);
                seen.add("dup_recv " + outcome(() -> b.recv(100)));
                seen.add("dup_sendall " + outcome(() -> {
                    b.sendall(ascii("from-dup"));
                    return null;
                }));
                peer.settimeout(2.0);
                seen.add("peer_recv " + outcome(() -> peer.recv(100)));
                closeNow(b);
                seen.add("peer_recv_after_dup_close " + outcome(() -> peer.recv(100)));
                System.out.println("[" + backend + "] " + mode + ": " + seen);
                assertEquals(python(mode), seen, "what the duplicate and the peer see after close(original), vs python3");
            }
        }
    }

    @Test
    @Timeout(30)
    @Requires(Capability.DESCRIPTORS)
    void dupKeepsTheConnectionWhenTheOriginalIsClosedUnderABlockedRecv() throws Exception {
        closeOriginalWhileRecvBlocked("dup");
    }

    @Test
    @Timeout(30)
    @Requires(Capability.DESCRIPTORS)
    void fromfdCopyKeepsTheConnectionWhenTheOriginalIsClosedUnderABlockedRecv() throws Exception {
        closeOriginalWhileRecvBlocked("fromfd");
    }

    @Test
    @Timeout(30)
    @Requires(Capability.DESCRIPTORS)
    void socketFromDupedFilenoKeepsTheConnectionWhenTheOriginalIsClosedUnderABlockedRecv() throws Exception {
        closeOriginalWhileRecvBlocked("fileno");
    }

    /**
     * A thread blocked in A.accept, B = A.dup(), close(A): the thread raises OSError 9 and B
     * still listens: a new client connects and B accepts it.
     */
    @Test
    @Timeout(30)
    @Requires(Capability.DESCRIPTORS)
    void dupOfListenerStillAcceptsWhenTheOriginalIsClosedUnderABlockedAccept() throws Exception {
        try (Socket a = listener(); Async<Accepted> blocked = Async.start("blocked-accept", a::accept)) {
            blocked.awaitBlockedInNative(BLOCK);
            try (Socket b = duplicateOrCloseUnder(blocked, a::dup, a)) {
                long t0 = System.nanoTime();
                closeNow(a);
                assertWokenWithEbadf(blocked, t0);
                List<Socket> opened = new ArrayList<>();
                try {
                    List<String> seen = new ArrayList<>();
                    seen.add("client_connect " + outcome(() -> opened.add(Sockets.createConnection(b.getsockname(), 2.0))));
                    b.settimeout(2.0);
                    seen.add("dup_accept " + outcome(() -> opened.add(b.accept().conn())));
                    if (opened.size() == 2) {
                        Socket client = opened.get(0);
                        Socket conn = opened.get(1);
                        conn.sendall(ascii("from-dup-conn"));
                        client.settimeout(2.0);
                        seen.add("client_recv " + outcome(() -> client.recv(100)));
                    }
                    System.out.println("[" + backend + "] listener dup: " + seen);
                    assertEquals(python("listener"), seen, "what the duplicate listener does after close(original), vs python3");
                } finally {
                    for (Socket s : opened) {
                        s.close();
                    }
                }
            }
        }
    }
}
