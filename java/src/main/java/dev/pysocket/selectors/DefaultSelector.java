package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Backends;
import java.util.List;
import java.util.Map;

/**
 * DefaultSelector: Python's {@code selectors.DefaultSelector}, the best selector for the backend
 * new sockets use when it is made: an {@link EpollSelector} on native Linux, a java.nio Selector
 * kept open for the selector's life on the jdk backend. Both behave alike: close() from another
 * thread wakes a select under way, which then raises "I/O operation on closed epoll object".
 */
public final class DefaultSelector implements BaseSelector {
    private final TableSelector inner;

    /**
     * DefaultSelector: an empty selector.
     *
     * @throws OSError the kernel's error (EMFILE, ...)
     */
    public DefaultSelector() throws OSError {
        this.inner = Backends.current().name().equals("native") ? new EpollSelector() : new NioSelector();
    }

    @Override
    public SelectorKey register(Socket fileobj, int events, Object data) throws OSError {
        return inner.register(fileobj, events, data);
    }

    @Override
    public SelectorKey modify(Socket fileobj, int events, Object data) throws OSError {
        return inner.modify(fileobj, events, data);
    }

    @Override
    public SelectorKey unregister(Socket fileobj) {
        return inner.unregister(fileobj);
    }

    @Override
    public List<SelectorKey.Ready> select(Double timeout) throws OSError {
        return inner.select(timeout);
    }

    @Override
    public SelectorKey getKey(Socket fileobj) {
        return inner.getKey(fileobj);
    }

    @Override
    public Map<Integer, SelectorKey> getMap() {
        return inner.getMap();
    }

    @Override
    public void close() throws OSError {
        inner.close();
    }

    @Override
    public String toString() {
        return "<selectors.DefaultSelector on " + inner.getClass().getSimpleName() + ">";
    }
}
