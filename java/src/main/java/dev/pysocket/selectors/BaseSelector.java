package dev.pysocket.selectors;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * BaseSelector: Python's {@code selectors.BaseSelector}: sockets registered with the events to
 * wait for and data of the caller's, and {@link #select} that waits until some are ready.
 *
 * <p>Python's KeyError is {@link NoSuchElementException} ("&lt;socket&gt; is not registered") or
 * {@link IllegalArgumentException} ("&lt;socket&gt; (FD n) is already registered"); its ValueError
 * ("Invalid events: n", "Invalid file descriptor: -1") is IllegalArgumentException; its
 * RuntimeError ("Selector is closed") is {@link IllegalStateException}. A socket of the other
 * backend raises OSError EOPNOTSUPP naming both, never waits.
 */
public interface BaseSelector extends AutoCloseable {
    /** EVENT_READ: wait until the socket is readable (a listener: a connection to accept). */
    int EVENT_READ = 1;
    /** EVENT_WRITE: wait until the socket is writable (a connecting socket: connected or failed). */
    int EVENT_WRITE = 2;

    /**
     * register: Python's {@code register(fileobj, events, data)}.
     *
     * @param fileobj the socket, blocking or not
     * @param events EVENT_READ, EVENT_WRITE or both
     * @param data the caller's data, returned with the key
     * @return the new key
     * @throws IllegalArgumentException "Invalid events: n", "Invalid file descriptor: -1" (a closed
     *         socket), "&lt;socket&gt; (FD n) is already registered"; after close, the closed error of
     *         the selector's kind
     * @throws OSError EOPNOTSUPP for a socket of the other backend; the kernel's error
     */
    SelectorKey register(Socket fileobj, int events, Object data) throws OSError;

    /**
     * register: {@code register(fileobj, events)} with data None.
     *
     * @param fileobj the socket
     * @param events EVENT_READ, EVENT_WRITE or both
     * @return the new key
     * @throws IllegalArgumentException as {@link #register(Socket, int, Object)}
     * @throws OSError as {@link #register(Socket, int, Object)}
     */
    default SelectorKey register(Socket fileobj, int events) throws OSError {
        return register(fileobj, events, null);
    }

    /**
     * modify: Python's {@code modify(fileobj, events, data)}: a data-only change keeps the
     * registration.
     *
     * @param fileobj a registered socket
     * @param events EVENT_READ, EVENT_WRITE or both
     * @param data the new data
     * @return the new key
     * @throws NoSuchElementException "&lt;socket&gt; is not registered"
     * @throws IllegalArgumentException "Invalid events: n" (the registration stays as it was)
     * @throws OSError the kernel's error (the socket is then unregistered, as in CPython)
     */
    SelectorKey modify(Socket fileobj, int events, Object data) throws OSError;

    /**
     * modify: {@code modify(fileobj, events)} with data None.
     *
     * @param fileobj a registered socket
     * @param events EVENT_READ, EVENT_WRITE or both
     * @return the new key
     * @throws NoSuchElementException as {@link #modify(Socket, int, Object)}
     * @throws OSError as {@link #modify(Socket, int, Object)}
     */
    default SelectorKey modify(Socket fileobj, int events) throws OSError {
        return modify(fileobj, events, null);
    }

    /**
     * unregister: Python's {@code unregister(fileobj)}; works after the socket was closed.
     *
     * @param fileobj a registered socket
     * @return the key it had
     * @throws NoSuchElementException "&lt;socket&gt; is not registered"
     */
    SelectorKey unregister(Socket fileobj);

    /**
     * select: Python's {@code select(timeout)}: waits until some registered socket is ready.
     *
     * @param timeout seconds; null waits without limit, 0 or less only looks; poll and epoll
     *        round up to whole milliseconds
     * @return (key, ready events) pairs, the events within the key's; empty when the time passed
     * @throws IllegalArgumentException NaN or infinite timeouts (Python's ValueError and
     *         OverflowError); after close, the closed error of the selector's kind
     * @throws OSError the kernel's error
     */
    List<SelectorKey.Ready> select(Double timeout) throws OSError;

    /**
     * select: {@code select()}: waits without limit.
     *
     * @return (key, ready events) pairs
     * @throws OSError as {@link #select(Double)}
     */
    default List<SelectorKey.Ready> select() throws OSError {
        return select(null);
    }

    /**
     * getKey: Python's {@code get_key(fileobj)}.
     *
     * @param fileobj a registered socket (also once closed)
     * @return its key
     * @throws NoSuchElementException "&lt;socket&gt; is not registered"
     * @throws IllegalStateException "Selector is closed"
     */
    SelectorKey getKey(Socket fileobj);

    /**
     * getMap: Python's {@code get_map()}.
     *
     * @return a read-only live view, descriptor to key; null once closed
     */
    Map<Integer, SelectorKey> getMap();

    /**
     * close: Python's {@code close()}: forgets every key and releases the selector's resources;
     * idempotent.
     *
     * @throws OSError the error of closing the underlying descriptor, if any
     */
    @Override
    void close() throws OSError;
}
