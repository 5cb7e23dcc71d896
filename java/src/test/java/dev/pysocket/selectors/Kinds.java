package dev.pysocket.selectors;

import dev.pysocket.OSError;
import java.util.List;

/** Kinds: the four selectors, by name, for tests that run each behaviour on every one. */
enum Kinds {
    SELECT, POLL, EPOLL, DEFAULT;

    /** open: a new selector of this kind on the backend new sockets use. */
    BaseSelector open() throws OSError {
        switch (this) {
            case SELECT:
                return new SelectSelector();
            case POLL:
                return new PollSelector();
            case EPOLL:
                return new EpollSelector();
            default:
                return new DefaultSelector();
        }
    }

    /** on: the kinds a backend has (epoll is native only). */
    static List<Kinds> on(boolean isNative) {
        return isNative ? List.of(values()) : List.of(SELECT, POLL, DEFAULT);
    }

    /** closedError: what select and register raise once closed (null: they go on as CPython's do). */
    String closedError() {
        return this == EPOLL || this == DEFAULT ? "I/O operation on closed epoll object" : null;
    }
}
