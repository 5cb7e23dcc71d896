package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.select.Poll;
import dev.pysocket.select.PollEvent;
import dev.pysocket.select.Select;
import java.util.ArrayList;
import java.util.List;

/**
 * PollSelector: Python's {@code selectors.PollSelector}, on {@link Poll}: the timeout is rounded
 * up to whole milliseconds, a negative one only looks. POLLHUP, POLLERR and POLLNVAL report as
 * EVENT_READ|EVENT_WRITE, masked by the key's events. As in CPython, close() does not wake a
 * select under way.
 */
public final class PollSelector extends TableSelector {
    /** MAX_MS: milliseconds beyond the 64-bit nanosecond range CPython's _PyTime_t holds. */
    private static final double MAX_MS = 0x1p63 / 1e6;

    /** poll: the poll object; close() starts a fresh one, as CPython's forgets its keys. */
    private volatile Poll poll;

    /**
     * PollSelector: an empty selector on the backend new sockets use.
     *
     * @throws OSError when the requested backend cannot load
     */
    public PollSelector() throws OSError {
        this.poll = new Poll();
    }

    @Override
    void add(SelectorKey key) throws OSError {
        poll.register(key.fileobj(), toMask(key.events(), Select.POLLIN, Select.POLLOUT));
    }

    @Override
    void change(SelectorKey old, SelectorKey key) throws OSError {
        poll.modify(key.fd(), toMask(key.events(), Select.POLLIN, Select.POLLOUT));
    }

    @Override
    void remove(SelectorKey key) {
        poll.unregister(key.fd());
    }

    @Override
    List<int[]> waitReady(Double timeout) throws OSError {
        List<PollEvent> events;
        if (timeout == null) {
            events = poll.poll();
        } else if (timeout <= 0) {
            events = poll.poll(0);
        } else {
            double ms = ceilMillis(timeout);
            if (ms >= MAX_MS) {
                throw new IllegalArgumentException("timestamp too large to convert to C _PyTime_t");
            }
            events = poll.poll(ms);
        }
        List<int[]> ready = new ArrayList<>(events.size());
        for (PollEvent e : events) {
            ready.add(new int[] {e.fd(), toEvents(e.events(), Select.POLLIN, Select.POLLOUT)});
        }
        return ready;
    }

    @Override
    void release() throws OSError {
        poll = new Poll(); // poll(2) holds nothing between calls: dropping the registrations is enough
    }
}
