package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdLeakCheck;
import dev.pysocket.support.TcpPair;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9 regression: a socket reachable only from its own blocked call must stay open. In
 * compiled code a local is dead after its last use, and for {@code s.recv(16)} that is the
 * call itself: once the JIT has compiled it, nothing keeps the Socket reachable while the
 * thread waits in the kernel (JLS 12.6.1 lets a reachable-looking object be finalized early;
 * the cure is {@code Reference.reachabilityFence}, see its javadoc). A GC then runs the
 * Socket's Cleaner, which closes it under the call. The call must instead return the data
 * the peer sends later.
 */
class BlockedCallReachabilityTest extends BackendTest {
    /** WARM_UP: calls of the pattern before the real one, so the JIT compiles it (C2, with liveness). */
    private static final int WARM_UP = 20_000;
    private static final int BATCH = 1_000;
    private static final int GCS = 5;
    private static final int ATTEMPTS = 4;
    private static final Duration BLOCK = Duration.ofSeconds(5);
    private static final Duration CLEANUP = Duration.ofSeconds(10);
    private static final byte[] MESSAGE = ascii("sixteen bytes!!!");

    /**
     * recvFromBox: the pattern: the socket comes out of a one-element box (emptied, so the
     * box does not keep it) and its last use is the blocking recv.
     */
    static byte[] recvFromBox(Socket[] box) throws OSError {
        Socket s = box[0];
        box[0] = null;
        return s.recv(16);
    }

    /** connectIntoBox puts a new connection to l in box and returns its accepted end; keeps no other reference. */
    private static Socket connectIntoBox(Socket l, Socket[] box) throws OSError {
        box[0] = Sockets.createConnection(l.getsockname());
        return l.accept().conn();
    }

    /** warmUp runs recvFromBox WARM_UP times on p.client(), which the test keeps reachable, with data waiting. */
    private static void warmUp(TcpPair p) throws OSError {
        byte[] batch = new byte[16 * BATCH];
        for (int i = 0; i < batch.length; i += 16) {
            System.arraycopy(MESSAGE, 0, batch, i, 16);
        }
        Socket[] box = new Socket[1];
        for (int done = 0; done < WARM_UP; done += BATCH) {
            p.server().sendall(batch);
            for (int i = 0; i < BATCH; i++) {
                box[0] = p.client();
                assertEquals(16, recvFromBox(box).length);
            }
        }
    }

    /** socketFds: the socket descriptors open now (fd → "socket:[inode]"). */
    private static Map<Integer, String> socketFds() {
        Map<Integer, String> out = new HashMap<>();
        FdLeakCheck.openFds().forEach((fd, target) -> {
            if (target.startsWith("socket:")) {
                out.put(fd, target);
            }
        });
        return out;
    }

    /**
     * Each attempt blocks one recv on a fresh socket that only the call reaches, runs GCs
     * while it waits, then sends the data: every attempt must return it. Several attempts,
     * each after more warm-up, because whether the JIT has compiled the pattern by then (and
     * not deoptimised it since, the other backend's run having changed the profile) is not
     * observable from here.
     */
    @Test
    @Timeout(60)
    void gcDuringBlockedRecvDoesNotCloseTheSocketOnlyItsCallReaches() throws Exception {
        List<String> attempts = new ArrayList<>();
        try (Socket l = listener(); TcpPair p = tcpPair()) {
            p.client().settimeout(5.0);
            warmUp(p);
            p.client().settimeout((Double) null);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                warmUp(p);
                Thread.sleep(100); // let the compiler queue drain on a busy machine
                warmUp(p);
                String failure = blockedRecvThroughGc(l, attempts);
                if (failure != null) {
                    System.out.println("[" + backend + "] GC during blocked recv: " + attempts);
                    fail("attempt " + attempt + ": " + failure);
                }
            }
        }
        System.out.println("[" + backend + "] GC during blocked recv: " + attempts);
    }

    /** blockedRecvThroughGc runs one attempt; returns null when the call returned the data, else what happened. */
    private static String blockedRecvThroughGc(Socket l, List<String> attempts) throws Exception {
        Socket[] box = new Socket[1];
        Map<Integer, String> before = socketFds();
        Socket peer = connectIntoBox(l, box);
        Map<Integer, String> ours = socketFds();
        ours.keySet().removeAll(before.keySet());
        WeakReference<Socket> weak = new WeakReference<>(box[0]);
        try (peer; Async<byte[]> call = Async.start("recv-from-box", () -> recvFromBox(box))) {
            call.awaitBlockedInNative(BLOCK);
            for (int i = 0; i < GCS && !call.isDone(); i++) {
                System.gc();
                Thread.sleep(50);
            }
            boolean collected = weak.get() == null;
            if (!call.isDone()) {
                peer.sendall(MESSAGE);
            }
            Object outcome = call.outcome(BLOCK);
            attempts.add((outcome instanceof byte[] b ? "data(" + b.length + ")" : String.valueOf(outcome))
                    + (collected ? ", Socket collected while blocked" : ""));
            if (!(outcome instanceof byte[] got)) {
                return "the blocked recv ended with " + outcome + " after " + GCS + " GCs (Socket collected while blocked: "
                        + collected + ")";
            }
            assertArrayEquals(MESSAGE, got, "the blocked recv returns the peer's data");
        }
        awaitClosedByCleaner(weak, ours);
        return null;
    }

    /**
     * awaitClosedByCleaner: the socket was dropped without close(); GC until its Cleaner has
     * closed the descriptors it opened (bounded), so the class leaves nothing open.
     */
    private static void awaitClosedByCleaner(WeakReference<Socket> weak, Map<Integer, String> ours) throws Exception {
        assertNotNull(ours);
        long deadline = System.nanoTime() + CLEANUP.toNanos();
        while (true) {
            System.gc();
            Map<Integer, String> now = FdLeakCheck.openFds();
            boolean open = ours.entrySet().stream().anyMatch(e -> e.getValue().equals(now.get(e.getKey())));
            if (weak.get() == null && !open) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, () -> "the dropped socket was not closed by its Cleaner within " + CLEANUP
                    + ": " + ours);
            Thread.sleep(20);
        }
    }
}
