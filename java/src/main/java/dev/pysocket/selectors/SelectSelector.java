package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Backends;
import dev.pysocket.select.Select;
import dev.pysocket.select.SelectResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SelectSelector: Python's {@code selectors.SelectSelector}, on {@link Select#select}: descriptors
 * below FD_SETSIZE (1024) only. A negative timeout only looks. As in CPython, close() does not
 * wake a select under way (its wait ends with its timeout).
 */
public final class SelectSelector extends TableSelector {
    /** readers, writers: the sockets select() waits on, by descriptor (this). */
    private final Map<Integer, Socket> readers = new LinkedHashMap<>();
    private final Map<Integer, Socket> writers = new LinkedHashMap<>();

    private final String backend;

    /**
     * SelectSelector: an empty selector on the backend new sockets use.
     *
     * @throws OSError when the requested backend cannot load
     */
    public SelectSelector() throws OSError {
        this.backend = Backends.current().name();
    }

    @Override
    void add(SelectorKey key) throws OSError {
        SameBackend.check(key.fileobj(), backend, "selectors.SelectSelector");
        synchronized (this) {
            watch(key);
        }
    }

    private void watch(SelectorKey key) {
        if ((key.events() & EVENT_READ) != 0) {
            readers.put(key.fd(), key.fileobj());
        }
        if ((key.events() & EVENT_WRITE) != 0) {
            writers.put(key.fd(), key.fileobj());
        }
    }

    @Override
    synchronized void change(SelectorKey old, SelectorKey key) {
        remove(old);
        watch(key);
    }

    @Override
    synchronized void remove(SelectorKey key) {
        readers.remove(key.fd());
        writers.remove(key.fd());
    }

    @Override
    List<int[]> waitReady(Double timeout) throws OSError {
        List<Socket> r;
        List<Socket> w;
        synchronized (this) {
            r = new ArrayList<>(readers.values());
            w = new ArrayList<>(writers.values());
        }
        Double t = timeout == null ? null : Math.max(timeout, 0.0);
        SelectResult<Socket> result = Select.select(r, w, List.of(), t);
        Map<Integer, int[]> ready = new LinkedHashMap<>();
        for (Socket s : result.r()) {
            ready.computeIfAbsent(fdOf(s), fd -> new int[] {fd, 0})[1] |= EVENT_READ;
        }
        for (Socket s : result.w()) {
            ready.computeIfAbsent(fdOf(s), fd -> new int[] {fd, 0})[1] |= EVENT_WRITE;
        }
        return new ArrayList<>(ready.values());
    }

    /** fdOf: the descriptor s was registered under (s may have been closed meanwhile). */
    private synchronized int fdOf(Socket s) {
        for (Map.Entry<Integer, Socket> e : readers.entrySet()) {
            if (e.getValue() == s) {
                return e.getKey();
            }
        }
        for (Map.Entry<Integer, Socket> e : writers.entrySet()) {
            if (e.getValue() == s) {
                return e.getKey();
            }
        }
        return s.fileno();
    }

    @Override
    synchronized void release() {
        readers.clear();
        writers.clear();
    }
}
