package dev.pysocket.selectors;

import dev.pysocket.Socket;

/**
 * SelectorKey: Python's {@code selectors.SelectorKey(fileobj, fd, events, data)}: a registered
 * socket, its descriptor when it was registered, the events waited for (EVENT_READ / EVENT_WRITE
 * bits) and the caller's data. Keys are values: modify returns a new one.
 *
 * @param fileobj the registered socket
 * @param fd its descriptor at registration (on the jdk backend, its handle number)
 * @param events the EVENT_* bits waited for
 * @param data the caller's data (null for Python's None)
 */
public record SelectorKey(Socket fileobj, int fd, int events, Object data) {
    /**
     * Ready: one entry of {@link BaseSelector#select}'s list, Python's {@code (key, events)} pair.
     *
     * @param key the ready socket's key
     * @param events the ready EVENT_* bits, within {@code key.events()}
     */
    public record Ready(SelectorKey key, int events) {
    }
}
