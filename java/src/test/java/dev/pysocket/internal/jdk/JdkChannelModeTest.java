package dev.pysocket.internal.jdk;

import static dev.pysocket.internal.Os.AF_INET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.SockAddr;
import dev.pysocket.support.Async;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * JdkChannelModeTest: a jdk socket's channel is non-blocking in every Python mode, so that a
 * Selector of its own (a jdk-backend select) can register it at any time, even while a
 * thread waits in the socket in blocking mode.
 */
class JdkChannelModeTest {
    private static final int SOCK_STREAM = dev.pysocket.Sockets.SOCK_STREAM;
    private static final SockAddr LOOPBACK = new SockAddr(AF_INET, new byte[] {127, 0, 0, 1}, 0, 0, 0);

    @Test
    void aBlockingSocketsChannelCanBeRegisteredWhileAThreadWaitsInIt() throws Exception {
        SocketImpl listener = JdkBackend.INSTANCE.socket(AF_INET, SOCK_STREAM, 0);
        SocketImpl client = JdkBackend.INSTANCE.socket(AF_INET, SOCK_STREAM, 0);
        SocketImpl server = null;
        try (Selector selector = Selector.open()) {
            listener.bind(LOOPBACK);
            listener.listen(1);
            client.connect(listener.getsockname(), -1);
            server = listener.accept(-1, false).impl();
            server.setTimeoutMode(-1); // Python's blocking mode
            JdkSocket blocking = (JdkSocket) server;
            assertFalse(blocking.selectableChannel().isBlocking());
            byte[] in = new byte[1];
            SocketImpl s = server;
            try (Async<Integer> reader = Async.start("blocked-recv", () -> s.recv(in, 0, 1, 0, -1))) {
                reader.awaitBlockedInNative(Duration.ofSeconds(5));
                SelectionKey key = blocking.selectableChannel().register(selector, SelectionKey.OP_READ);
                client.send(new byte[] {7}, 0, 1, 0, -1);
                assertEquals(1, reader.get(Duration.ofSeconds(5)));
                assertEquals(7, in[0]);
                client.send(new byte[] {8}, 0, 1, 0, -1);
                assertEquals(1, selector.select(5000));
                assertTrue(key.isReadable());
                key.cancel();
            }
        } finally {
            listener.closeNow();
            client.closeNow();
            if (server != null) {
                server.closeNow();
            }
        }
    }
}
