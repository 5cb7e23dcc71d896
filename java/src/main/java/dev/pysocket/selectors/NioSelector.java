package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.internal.SocketAccess;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.jdk.JdkSelection;
import dev.pysocket.select.Select;
import java.util.List;

/**
 * NioSelector: DefaultSelector on the jdk backend: one java.nio Selector kept open for the
 * selector's life ({@link JdkSelection}). It behaves as the EpollSelector DefaultSelector is on
 * native Linux: close() wakes a select under way, and select or register after close raise
 * "I/O operation on closed epoll object". Only jdk-backend sockets can be registered.
 */
final class NioSelector extends TableSelector {
    static final String CLOSED = "I/O operation on closed epoll object";

    private final JdkSelection selection;

    NioSelector() throws OSError {
        this.selection = JdkSelection.open();
    }

    @Override
    void add(SelectorKey key) throws OSError {
        checkOpen();
        SocketImpl impl = SameBackend.check(key.fileobj(), "jdk", "selectors.DefaultSelector");
        selection.put(impl, key.fd(), toMask(key.events(), Select.POLLIN, Select.POLLOUT));
    }

    @Override
    void change(SelectorKey old, SelectorKey key) {
        checkOpen();
        selection.put(SocketAccess.implOf(key.fileobj()), key.fd(),
                toMask(key.events(), Select.POLLIN, Select.POLLOUT));
    }

    @Override
    void remove(SelectorKey key) {
        selection.remove(SocketAccess.implOf(key.fileobj()));
    }

    @Override
    List<int[]> waitReady(Double timeout) throws OSError {
        checkOpen();
        long ns;
        if (timeout == null) {
            ns = -1;
        } else if (timeout <= 0) {
            ns = 0;
        } else {
            double ms = ceilMillis(timeout);
            if (ms * 1e6 >= 0x1p63) {
                throw new IllegalArgumentException("timestamp out of range for platform time_t");
            }
            if (ms > Integer.MAX_VALUE) { // epoll_wait takes an int of milliseconds
                throw new IllegalArgumentException("timeout is too large");
            }
            ns = (long) ms * 1_000_000L;
        }
        List<int[]> ready = selection.select(ns);
        if (ready == null) {
            throw new IllegalArgumentException(CLOSED);
        }
        for (int[] e : ready) {
            e[1] = toEvents(e[1], Select.POLLIN, Select.POLLOUT);
        }
        return ready;
    }

    private void checkOpen() {
        if (!selection.isOpen()) {
            throw new IllegalArgumentException(CLOSED);
        }
    }

    @Override
    void release() throws OSError {
        selection.close();
    }
}
