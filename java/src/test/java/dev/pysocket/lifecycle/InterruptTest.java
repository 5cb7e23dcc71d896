package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.InterruptedError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Thread.interrupt() of a thread waiting in a socket call. jdk: the wait ends with
 * InterruptedError (EINTR) and the socket stays open and usable, as after a CPython call whose
 * signal handler raised (PEP 475); the thread's interrupt flag stays set. native: a Java
 * interrupt is no signal, so the call goes on until it completes, as CPython's does when a
 * signal's handler returns.
 */
class InterruptTest extends BackendTest {
    private static final Duration MAX = Duration.ofSeconds(5);

    /** Outcome: what the interrupted call did, and whether the thread was still flagged interrupted. */
    private record Outcome(Object result, boolean flagged) {
    }

    @Test
    void interruptedBlockingRecvLeavesTheSocketOpen() throws Exception {
        assertInterruptedRecv(null);
    }

    @Test
    void interruptedTimedRecvLeavesTheSocketOpen() throws Exception {
        assertInterruptedRecv(30.0);
    }

    private void assertInterruptedRecv(Double timeout) throws Exception {
        try (TcpPair t = tcpPair()) {
            Socket server = t.server();
            server.settimeout(timeout);
            try (Async<Outcome> reader = Async.start("interrupted-recv", () -> call(() -> server.recv(1)))) {
                reader.awaitBlockedInNative(MAX);
                reader.thread().interrupt();
                if (isNative()) {
                    Thread.sleep(100);
                    assertFalse(reader.isDone(), "an interrupt does not end a native call");
                    t.client().sendall(ascii("x"));
                    assertArrayEquals(ascii("x"), (byte[]) reader.get(MAX).result());
                    return;
                }
                Outcome o = reader.get(MAX);
                InterruptedError e = assertInstanceOf(InterruptedError.class, o.result());
                assertEquals(Errno.EINTR, e.errno());
                assertEquals("[Errno 4] Interrupted system call", e.getMessage());
                assertTrue(o.flagged(), "the interrupt flag stays set");
            }
            // The socket is open and the connection intact, in both directions.
            assertTrue(server.fileno() >= 0);
            server.settimeout(2.0);
            t.client().sendall(ascii("after"));
            assertArrayEquals(ascii("after"), server.recv(16));
            server.sendall(ascii("back"));
            t.client().settimeout(2.0);
            assertArrayEquals(ascii("back"), t.client().recv(16));
        }
    }

    @Test
    void interruptedBlockingAcceptLeavesTheListenerListening() throws Exception {
        try (Socket listener = listener()) {
            try (Async<Outcome> acceptor = Async.start("interrupted-accept", () -> call(() -> {
                listener.accept().conn().close();
                return "accepted";
            }))) {
                acceptor.awaitBlockedInNative(MAX);
                acceptor.thread().interrupt();
                if (isNative()) {
                    Thread.sleep(100);
                    assertFalse(acceptor.isDone(), "an interrupt does not end a native call");
                    try (Socket c = Sockets.createConnection(listener.getsockname(), 2.0)) {
                        assertEquals("accepted", acceptor.get(MAX).result());
                        assertTrue(c.fileno() >= 0);
                    }
                    return;
                }
                assertInstanceOf(InterruptedError.class, acceptor.get(MAX).result());
            }
            try (Socket c = Sockets.createConnection(listener.getsockname(), 2.0)) {
                listener.settimeout(2.0);
                try (Socket conn = listener.accept().conn()) {
                    assertEquals(c.getsockname(), conn.getpeername());
                }
            }
        }
    }

    @Test
    void blockingRecvWithDataAtHandIgnoresTheInterruptFlag() throws Exception {
        assertRecvAtHandWhileFlagged(null);
    }

    @Test
    void timedRecvWithDataAtHandIgnoresTheInterruptFlag() throws Exception {
        assertRecvAtHandWhileFlagged(30.0);
    }

    /**
     * A recv with data at hand returns it on a thread flagged interrupted, as CPython's recv
     * returns what its read(2) got without running a signal handler; also right after a recv
     * of the same socket had to wait (the jdk backend then polls before its next try).
     */
    private void assertRecvAtHandWhileFlagged(Double timeout) throws Exception {
        try (TcpPair t = tcpPair()) {
            Socket server = t.server();
            server.settimeout(timeout);
            try (Async<byte[]> reader = Async.start("waiting-recv", () -> server.recv(1))) {
                reader.awaitBlockedInNative(MAX);
                t.client().sendall(ascii("ab")); // "b" stays queued for the flagged call
                assertArrayEquals(ascii("a"), reader.get(MAX));
            }
            Thread.currentThread().interrupt();
            Object result;
            try {
                result = server.recv(1);
            } catch (InterruptedError e) {
                result = e;
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt flag stays set");
            }
            assertArrayEquals(ascii("b"), assertInstanceOf(byte[].class, result));
        }
    }

    /** Call: a socket call that may throw. */
    @FunctionalInterface
    private interface Call {
        Object run() throws Exception;
    }

    /** call runs c and returns what it returned or raised, and the thread's interrupt flag after it. */
    private static Outcome call(Call c) {
        Object result;
        try {
            result = c.run();
        } catch (Exception e) {
            result = e;
        }
        return new Outcome(result, Thread.interrupted());
    }
}
