package dev.pysocket.socketserver;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.pysocket.OSError;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Running: a server's serveForever loop on a thread of its own; {@link #close()} shuts it down
 * from the test's thread (bounded), closes the server and reports what the loop raised.
 */
final class Running implements AutoCloseable {
    final BaseServer<?> server;
    private final Thread loop;
    private final AtomicReference<Throwable> raised = new AtomicReference<>();

    Running(BaseServer<?> server, double pollInterval) {
        this.server = server;
        this.loop = new Thread(() -> {
            try {
                server.serveForever(pollInterval);
            } catch (Throwable e) {
                raised.set(e);
            }
        }, "serveForever");
        loop.start();
    }

    /** stop: shutdown from this thread; returns the seconds it took. */
    double stop() throws InterruptedException {
        long t0 = System.nanoTime();
        server.shutdown();
        loop.join(10_000);
        assertFalse(loop.isAlive(), "serveForever did not end after shutdown");
        return (System.nanoTime() - t0) / 1e9;
    }

    @Override
    public void close() throws OSError {
        try {
            if (loop.isAlive()) {
                stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while shutting the server down", e);
        } finally {
            server.close();
        }
        if (raised.get() != null) {
            throw new AssertionError("serveForever raised", raised.get());
        }
    }
}
