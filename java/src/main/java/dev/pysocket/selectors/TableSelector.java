package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * TableSelector: what every selector shares, after CPython's {@code _BaseSelectorImpl}
 * (Lib/selectors.py): the descriptor-to-key table, the lookup that falls back to the socket's
 * identity once it is closed, and the checks with Python's messages. Subclasses say how the
 * kernel (or a java.nio Selector) is told and asked.
 */
abstract class TableSelector implements BaseSelector {
    /** keys: descriptor to key (this); the map getMap() views. */
    private final Map<Integer, SelectorKey> keys = new HashMap<>();
    private final Map<Integer, SelectorKey> view = Collections.unmodifiableMap(keys);
    /** closed: close() was called (this). */
    private boolean closed;

    /** add tells the poller about a new key; on failure the key is dropped again. */
    abstract void add(SelectorKey key) throws OSError;

    /** change tells the poller a key's events changed. */
    abstract void change(SelectorKey old, SelectorKey key) throws OSError;

    /** remove tells the poller a key is gone; errors (a closed socket) are ignored, as CPython does. */
    abstract void remove(SelectorKey key);

    /** waitReady waits; ready pairs are (fd, EVENT_* bits before masking). */
    abstract List<int[]> waitReady(Double timeout) throws OSError;

    /** release frees the poller's resources (close()). */
    abstract void release() throws OSError;

    @Override
    public SelectorKey register(Socket fileobj, int events, Object data) throws OSError {
        checkEvents(events);
        SelectorKey key;
        synchronized (this) {
            key = new SelectorKey(fileobj, fdOf(fileobj), events, data);
            if (keys.containsKey(key.fd())) {
                throw new IllegalArgumentException(fileobj + " (FD " + key.fd() + ") is already registered");
            }
            keys.put(key.fd(), key);
        }
        try {
            add(key);
        } catch (OSError | RuntimeException e) {
            synchronized (this) {
                keys.remove(key.fd(), key);
            }
            throw e;
        }
        return key;
    }

    @Override
    public SelectorKey modify(Socket fileobj, int events, Object data) throws OSError {
        SelectorKey old = lookup(fileobj);
        checkEvents(events);
        SelectorKey key = new SelectorKey(old.fileobj(), old.fd(), events, data);
        if (events != old.events()) {
            try {
                change(old, key);
            } catch (OSError | RuntimeException e) {
                unregister(fileobj);
                throw e;
            }
        }
        synchronized (this) {
            keys.put(key.fd(), key);
        }
        return key;
    }

    @Override
    public SelectorKey unregister(Socket fileobj) {
        SelectorKey key;
        synchronized (this) {
            key = lookup(fileobj);
            keys.remove(key.fd());
        }
        remove(key);
        return key;
    }

    @Override
    public List<SelectorKey.Ready> select(Double timeout) throws OSError {
        List<int[]> events = waitReady(timeout);
        List<SelectorKey.Ready> ready = new java.util.ArrayList<>(events.size());
        synchronized (this) {
            for (int[] e : events) {
                SelectorKey key = keys.get(e[0]);
                if (key != null) {
                    ready.add(new SelectorKey.Ready(key, e[1] & key.events()));
                }
            }
        }
        return ready;
    }

    @Override
    public synchronized SelectorKey getKey(Socket fileobj) {
        if (closed) {
            throw new IllegalStateException("Selector is closed");
        }
        return lookup(fileobj);
    }

    @Override
    public synchronized Map<Integer, SelectorKey> getMap() {
        return closed ? null : view;
    }

    @Override
    public void close() throws OSError {
        synchronized (this) {
            closed = true;
            keys.clear();
        }
        release();
    }

    /** size: how many keys are registered (epoll's maxevents). */
    final synchronized int size() {
        return keys.size();
    }

    /** lookup: CPython's _fileobj_lookup then the table: by descriptor, or by identity once closed. */
    private synchronized SelectorKey lookup(Socket fileobj) {
        Objects.requireNonNull(fileobj, "fileobj");
        int fd = fileobj.fileno();
        if (fd < 0) {
            for (SelectorKey k : keys.values()) {
                if (k.fileobj() == fileobj) {
                    return k;
                }
            }
            throw new IllegalArgumentException("Invalid file descriptor: " + fd);
        }
        SelectorKey key = keys.get(fd);
        if (key == null) {
            throw new NoSuchElementException(fileobj + " is not registered");
        }
        return key;
    }

    private static int fdOf(Socket fileobj) {
        int fd = Objects.requireNonNull(fileobj, "fileobj").fileno();
        if (fd < 0) {
            throw new IllegalArgumentException("Invalid file descriptor: " + fd);
        }
        return fd;
    }

    private static void checkEvents(int events) {
        if (events == 0 || (events & ~(EVENT_READ | EVENT_WRITE)) != 0) {
            throw new IllegalArgumentException("Invalid events: " + events);
        }
    }

    /** toEvents: a poll/epoll mask as EVENT_* bits; anything beyond IN (OUT) counts as WRITE (READ). */
    static int toEvents(int mask, int in, int out) {
        int events = 0;
        if ((mask & ~in) != 0) {
            events |= EVENT_WRITE;
        }
        if ((mask & ~out) != 0) {
            events |= EVENT_READ;
        }
        return events;
    }

    /** toMask: EVENT_* bits as a poll/epoll mask. */
    static int toMask(int events, int in, int out) {
        return ((events & EVENT_READ) != 0 ? in : 0) | ((events & EVENT_WRITE) != 0 ? out : 0);
    }

    /**
     * ceilMillis: a positive timeout in seconds rounded up to whole milliseconds (math.ceil),
     * with math.ceil's errors for NaN and infinity.
     */
    static double ceilMillis(double seconds) {
        double ms = seconds * 1e3;
        if (Double.isNaN(ms)) {
            throw new IllegalArgumentException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(ms)) {
            throw new IllegalArgumentException("cannot convert float infinity to integer");
        }
        return Math.ceil(ms);
    }
}
