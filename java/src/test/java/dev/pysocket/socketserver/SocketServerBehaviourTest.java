package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SocketServerBehaviourTest: shutdown, handleError, verifyRequest, handleRequest's timeout, threads. */
@Timeout(60)
class SocketServerBehaviourTest extends BackendTest {
    private static int portOf(BaseServer<?> s) {
        return ((Address.Inet) s.serverAddress()).port();
    }

    /** ask: one line to the server and its answer line. */
    private static byte[] ask(int port, String line) throws Exception {
        try (Socket c = Sockets.createConnection(loopback(port), 10.0); SocketFile f = c.makefile("rb")) {
            c.sendall((line + "\n").getBytes());
            return f.readlineBytes();
        }
    }

    @Test
    void shutdownFromAnotherThreadEndsServeForeverWithinThePollInterval() throws Exception {
        try (Running r = new Running(new TCPServer(loopback(0), Handlers.LineEcho::new), 0.5)) {
            assertArrayEquals("echo: a\n".getBytes(), ask(portOf(r.server), "a"));
            double took = r.stop();
            assertTrue(took < 2.0, () -> "shutdown took " + took + " s with a 0.5 s poll interval");
        }
    }

    /** Failing: the first request's handler raises; later ones echo. */
    static final class FailingOnce extends StreamRequestHandler {
        static final AtomicInteger CALLS = new AtomicInteger();

        @Override
        public void handle() throws Exception {
            if (CALLS.getAndIncrement() == 0) {
                throw new IllegalStateException("handler failed on purpose");
            }
            wfile.write(("echo: " + new String(rfile.readlineBytes(), StandardCharsets.UTF_8)).getBytes());
        }
    }

    @Test
    void handleErrorPrintsATracebackAndTheServerKeepsServing() throws Exception {
        FailingOnce.CALLS.set(0);
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream previous = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Running r = new Running(new TCPServer(loopback(0), FailingOnce::new), 0.1)) {
            int port = portOf(r.server);
            try (Socket c = Sockets.createConnection(loopback(port), 10.0)) {
                c.sendall("x\n".getBytes());
                // CPython closes the request after handle_error: the client sees the end of the stream
                assertArrayEquals(new byte[0], c.recv(100));
                Address client = c.getsockname();
                assertArrayEquals("echo: b\n".getBytes(), ask(port, "b"));
                String err = captured.toString(StandardCharsets.UTF_8);
                String dashes = "-".repeat(40);
                assertTrue(err.startsWith(dashes + "\nException occurred during processing of request from " + client + "\n"), err);
                assertTrue(err.contains("java.lang.IllegalStateException: handler failed on purpose"), err);
                assertTrue(err.contains("at dev.pysocket.socketserver.SocketServerBehaviourTest$FailingOnce.handle"), err);
                assertTrue(err.endsWith(dashes + "\n"), err);
            }
        } finally {
            System.setErr(previous);
        }
    }

    @Test
    void verifyRequestFalseClosesTheRequestUnserved() throws Exception {
        AtomicInteger handled = new AtomicInteger();
        TCPServer server = new TCPServer(loopback(0), () -> new StreamRequestHandler() {
            @Override
            public void handle() {
                handled.incrementAndGet();
            }
        }) {
            @Override
            public boolean verifyRequest(Socket request, Address clientAddress) {
                return false;
            }
        };
        try (Running r = new Running(server, 0.1); Socket c = Sockets.createConnection(loopback(portOf(r.server)), 10.0)) {
            assertArrayEquals(new byte[0], c.recv(100), "the refused connection is closed");
            assertEquals(0, handled.get());
        }
    }

    @Test
    void handleRequestServesOneRequestOrTimesOut() throws Exception {
        AtomicInteger timeouts = new AtomicInteger();
        try (TCPServer server = new TCPServer(loopback(0), Handlers.LineEcho::new) {
            @Override
            public void handleTimeout() {
                timeouts.incrementAndGet();
            }
        }) {
            server.setTimeout(0.2);
            long t0 = System.nanoTime();
            server.handleRequest();
            double took = (System.nanoTime() - t0) / 1e9;
            assertEquals(1, timeouts.get());
            assertTrue(took >= 0.19 && took < 2.0, () -> "handleRequest timed out after " + took + " s");
            try (Socket c = Sockets.createConnection(loopback(portOf(server)), 10.0)) {
                c.sendall("z\n".getBytes());
                c.shutdown(Sockets.SHUT_WR);
                server.handleRequest();
                assertArrayEquals("echo: z\n".getBytes(), c.recv(100));
            }
            assertEquals(1, timeouts.get());
        }
    }

    @Test
    void serviceActionsRunsOnEveryWake() throws Exception {
        AtomicInteger actions = new AtomicInteger();
        TCPServer server = new TCPServer(loopback(0), Handlers.LineEcho::new) {
            @Override
            public void serviceActions() {
                actions.incrementAndGet();
            }
        };
        Running r = new Running(server, 0.05);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (actions.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(actions.get() >= 3, "serviceActions ran " + actions.get() + " times");
        } finally {
            r.close();
        }
    }

    /** Meeting: every handler waits until all n have started: only concurrent handlers pass. */
    static final class Meeting extends StreamRequestHandler {
        static volatile CountDownLatch started;

        @Override
        public void handle() throws Exception {
            started.countDown();
            String answer = started.await(10, TimeUnit.SECONDS) ? "met" : "alone";
            rfile.readlineBytes();
            wfile.write((answer + "\n").getBytes());
        }
    }

    @Test
    void threadingTcpServerServesClientsConcurrently() throws Exception {
        int n = 8;
        Meeting.started = new CountDownLatch(n);
        try (Running r = new Running(new ThreadingTCPServer(loopback(0), Meeting::new), 0.1)) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < n; i++) {
                    clients.add(Sockets.createConnection(loopback(portOf(r.server)), 10.0));
                }
                for (Socket c : clients) {
                    c.sendall("hi\n".getBytes());
                }
                for (Socket c : clients) {
                    try (SocketFile f = c.makefile("rb")) {
                        assertArrayEquals("met\n".getBytes(), f.readlineBytes());
                    }
                }
            } finally {
                for (Socket c : clients) {
                    c.close();
                }
            }
        }
    }

    /** Slow: takes 300 ms after reading its line, then records that it finished. */
    static final class Slow extends StreamRequestHandler {
        static final AtomicBoolean FINISHED = new AtomicBoolean();
        static volatile CountDownLatch began;

        @Override
        public void handle() throws Exception {
            rfile.readlineBytes();
            began.countDown();
            Thread.sleep(300);
            FINISHED.set(true);
        }
    }

    @Test
    void blockOnCloseJoinsTheRequestThreads() throws Exception {
        for (boolean block : new boolean[] {true, false}) {
            Slow.FINISHED.set(false);
            Slow.began = new CountDownLatch(1);
            ThreadingTCPServer server = new ThreadingTCPServer(loopback(0), Slow::new);
            assertTrue(server.blockOnClose(), "blockOnClose is true by default");
            assertFalse(server.daemonThreads(), "daemonThreads is false by default");
            server.setBlockOnClose(block);
            Running r = new Running(server, 0.1);
            try (Socket c = Sockets.createConnection(loopback(portOf(server)), 10.0)) {
                c.sendall("go\n".getBytes());
                assertTrue(Slow.began.await(10, TimeUnit.SECONDS));
                r.close();
                assertEquals(block, Slow.FINISHED.get(), "handler finished when serverClose returned, blockOnClose " + block);
            }
            if (!block) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!Slow.FINISHED.get() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(50); // the thread closes its connection after handle
            }
        }
    }

    @Test
    void requestsRunOnVirtualThreadsWhereTheJvmHasThem() throws Exception {
        List<Thread> seen = new ArrayList<>();
        ThreadingTCPServer server = new ThreadingTCPServer(loopback(0), () -> new StreamRequestHandler() {
            @Override
            public void handle() throws Exception {
                synchronized (seen) {
                    seen.add(Thread.currentThread());
                }
                wfile.write(("echo: " + new String(rfile.readlineBytes(), StandardCharsets.UTF_8)).getBytes());
            }
        });
        server.setVirtualThreads(true);
        try (Running r = new Running(server, 0.1)) {
            assertArrayEquals("echo: v\n".getBytes(), ask(portOf(r.server), "v"));
        }
        assertEquals(1, seen.size());
        assertEquals(ThreadingTCPServer.virtualThreadsAvailable(), dev.pysocket.internal.VirtualThreads.isVirtual(seen.get(0)),
                "a virtual thread exactly where the JVM has them (Java " + Runtime.version().feature() + ")");
    }
}
