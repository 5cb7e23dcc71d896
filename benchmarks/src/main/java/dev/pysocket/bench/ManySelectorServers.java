package dev.pysocket.bench;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.SelectorKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;

/**
 * ManySelectorServers: the one-thread echo servers of the "many" workloads, written the same
 * way for pysocket's DefaultSelector and java.nio's Selector: a non-blocking listener and
 * connections, all registered for reading; the listener accepts until the backlog is empty; a
 * readable connection is read into one shared direct 64 KiB buffer and what was read goes back
 * at once. No per-connection state of the server's own (key data null / no attachment), so
 * the heap per connection is the library's. A short send fails the server: 64 bytes into a
 * send buffer the client has drained cannot be short, and handling it would add state
 * neither server needs here.
 */
final class ManySelectorServers {
    private static final int BUFFER = 65536;

    private ManySelectorServers() {
    }

    /** pysocket: DefaultSelector over the backend impl names (epoll on native, NIO on jdk). */
    static Runnable pysocket(String impl) throws IOException {
        Impls.useBackend(impl);
        Socket listener = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_STREAM);
        listener.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
        listener.bind(Address.of("127.0.0.1", 0));
        listener.listen(ManyServer.BACKLOG);
        listener.setblocking(false);
        BaseSelector selector = new DefaultSelector();
        selector.register(listener, BaseSelector.EVENT_READ);
        ManyServer.announce(((Address.Inet) listener.getsockname()).port());
        return () -> {
            try {
                servePysocket(selector, listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void servePysocket(BaseSelector selector, Socket listener) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
        while (true) {
            for (SelectorKey.Ready ready : selector.select()) {
                Socket s = ready.key().fileobj();
                if (s == listener) {
                    acceptAll(selector, listener);
                    continue;
                }
                buf.clear();
                int n;
                try {
                    n = s.recvInto(buf);
                } catch (BlockingIOError e) {
                    continue;
                } catch (IOException e) {
                    n = 0; // reset by the client at the end of a run: as end of stream
                }
                if (n == 0) {
                    selector.unregister(s);
                    s.close();
                    continue;
                }
                buf.flip();
                int sent;
                try {
                    sent = s.send(buf);
                } catch (BlockingIOError e) {
                    sent = 0;
                } catch (IOException e) {
                    selector.unregister(s); // reset by the client at the end of a run
                    s.close();
                    continue;
                }
                if (sent != n) {
                    throw new IOException("short send: " + sent + " of " + n + " bytes");
                }
            }
        }
    }

    private static void acceptAll(BaseSelector selector, Socket listener) throws IOException {
        while (true) {
            Accepted a;
            try {
                a = listener.accept();
            } catch (BlockingIOError e) {
                return;
            }
            Socket conn = a.conn();
            conn.setblocking(false);
            conn.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1);
            selector.register(conn, BaseSelector.EVENT_READ);
        }
    }

    /** nio: the same server on a java.nio Selector with the usual selected-key loop. */
    static Runnable nio() throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open();
        listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        listener.bind(new InetSocketAddress(Loopback.ip(), 0), ManyServer.BACKLOG);
        listener.configureBlocking(false);
        Selector selector = Selector.open();
        listener.register(selector, SelectionKey.OP_ACCEPT);
        ManyServer.announce(((InetSocketAddress) listener.getLocalAddress()).getPort());
        return () -> {
            try {
                serveNio(selector, listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void serveNio(Selector selector, ServerSocketChannel listener) throws IOException {
        ByteBuffer buf = ByteBuffer.allocateDirect(BUFFER);
        while (true) {
            selector.select();
            Iterator<SelectionKey> it = selector.selectedKeys().iterator();
            while (it.hasNext()) {
                SelectionKey key = it.next();
                it.remove();
                if (key.channel() == listener) {
                    for (SocketChannel conn = listener.accept(); conn != null; conn = listener.accept()) {
                        conn.configureBlocking(false);
                        conn.setOption(StandardSocketOptions.TCP_NODELAY, true);
                        conn.register(selector, SelectionKey.OP_READ);
                    }
                    continue;
                }
                SocketChannel ch = (SocketChannel) key.channel();
                buf.clear();
                int n;
                try {
                    n = ch.read(buf);
                } catch (IOException e) {
                    n = -1; // reset by the client at the end of a run: as end of stream
                }
                if (n < 0) {
                    key.cancel();
                    ch.close();
                    continue;
                }
                if (n == 0) {
                    continue;
                }
                buf.flip();
                int sent;
                try {
                    sent = ch.write(buf);
                } catch (IOException e) {
                    key.cancel(); // reset by the client at the end of a run
                    ch.close();
                    continue;
                }
                if (sent != n) {
                    throw new IOException("short send: " + sent + " of " + n + " bytes");
                }
            }
        }
    }
}
