package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.PollEvent;
import dev.pysocket.select.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * EpollSelector: Python's {@code selectors.EpollSelector}, on {@link Epoll} (native backend; the
 * jdk backend raises OSError EOPNOTSUPP naming itself). The timeout is rounded up to whole
 * milliseconds, a negative one only looks; EPOLLHUP and EPOLLERR report as
 * EVENT_READ|EVENT_WRITE, masked by the key's events. close() releases the epoll descriptor and
 * wakes a select under way, which then raises "I/O operation on closed epoll object", as every
 * later register and select do.
 */
public final class EpollSelector extends TableSelector {
    private final Epoll epoll;

    /**
     * EpollSelector: an empty selector on a new epoll descriptor.
     *
     * @throws OSError EOPNOTSUPP on the jdk backend; the kernel's error (EMFILE, ...)
     */
    public EpollSelector() throws OSError {
        this.epoll = new Epoll();
    }

    /**
     * fileno: Python's {@code EpollSelector.fileno()}: the epoll descriptor.
     *
     * @return the descriptor
     * @throws IllegalArgumentException "I/O operation on closed epoll object"
     */
    public int fileno() {
        return epoll.fileno();
    }

    @Override
    void add(SelectorKey key) throws OSError {
        epoll.register(key.fileobj(), toMask(key.events(), Select.EPOLLIN, Select.EPOLLOUT));
    }

    @Override
    void change(SelectorKey old, SelectorKey key) throws OSError {
        epoll.modify(key.fd(), toMask(key.events(), Select.EPOLLIN, Select.EPOLLOUT));
    }

    @Override
    void remove(SelectorKey key) {
        try {
            epoll.unregister(key.fd());
        } catch (OSError | IllegalArgumentException e) {
            // closed meanwhile: the kernel dropped it with its last descriptor (CPython ignores OSError)
        }
    }

    @Override
    List<int[]> waitReady(Double timeout) throws OSError {
        Double t;
        if (timeout == null) {
            t = -1.0;
        } else if (timeout <= 0) {
            t = 0.0;
        } else {
            t = ceilMillis(timeout) * 1e-3;
        }
        // maxevents: at least one, as many as are registered (epoll_wait refuses 0)
        List<PollEvent> events = epoll.poll(t, Math.max(size(), 1));
        List<int[]> ready = new ArrayList<>(events.size());
        for (PollEvent e : events) {
            ready.add(new int[] {e.fd(), toEvents(e.events(), Select.EPOLLIN, Select.EPOLLOUT)});
        }
        return ready;
    }

    @Override
    void release() throws OSError {
        epoll.close();
    }
}
