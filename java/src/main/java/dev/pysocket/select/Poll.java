package dev.pysocket.select;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.jdk.JdkReadiness;
import dev.pysocket.internal.posix.NativePollArray;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Poll: Python's {@code select.poll()} object: descriptors registered with an event mask
 * (POLL* bits, an unsigned short), and {@link #poll} that waits until some are ready and
 * returns {@code (fd, revents)} pairs in registration order. Timeouts are in milliseconds.
 *
 * <p>It polls on the backend new sockets use when it is made: on native poll(2) over an array
 * kept in native memory between calls; on jdk a java.nio Selector per call, which reports
 * POLLIN, POLLOUT, a fresh socket's POLLHUP and a closed socket's POLLNVAL only. A socket of the
 * other backend raises OSError EOPNOTSUPP. As in CPython the poll object keeps descriptor
 * numbers, not sockets: a socket closed while registered reports POLLNVAL.
 */
public final class Poll {
    /** DEFAULT_MASK: register's default, Python's {@code POLLIN | POLLPRI | POLLOUT}. */
    private static final int DEFAULT_MASK = Select.POLLIN | Select.POLLPRI | Select.POLLOUT;

    private final String backend;
    /** registered: fd to mask, in registration order (CPython's dict) (this). */
    private final Map<Integer, Integer> registered = new LinkedHashMap<>();
    /** sockets: fd to impl, for the jdk backend, whose "fds" are handles (this). */
    private final Map<Integer, SocketImpl> sockets = new LinkedHashMap<>();
    /** polling: a poll() is under way (this). */
    private boolean polling;
    /** stale: the registrations changed since {@link #refill} last copied them (this). */
    private boolean stale = true;
    /**
     * count, fds, masks, events, impls: the registrations as poll() passes them on, the first
     * count entries of each array; nativeRevents and revents: what poll() reports of each.
     * Written by {@link #refill}, then owned by the one poll() under way.
     */
    private int count;
    private int[] fds = new int[0];
    private int[] masks = new int[0];
    private short[] events = new short[0];
    private SocketImpl[] impls = new SocketImpl[0];
    private short[] nativeRevents = new short[0];
    private int[] revents = new int[0];
    private NativePollArray array;

    /**
     * Poll: Python's {@code select.poll()}.
     *
     * @throws OSError when the requested backend cannot load
     */
    public Poll() throws OSError {
        this.backend = Backends.current().name();
    }

    /**
     * register: Python's {@code poll.register(fd, eventmask=POLLIN|POLLPRI|POLLOUT)}.
     *
     * @param socket the socket to watch
     * @throws IllegalArgumentException "file descriptor cannot be a negative integer (-1)" for a closed socket
     * @throws OSError EOPNOTSUPP for a socket of the other backend
     */
    public void register(Socket socket) throws OSError {
        register((Object) socket, DEFAULT_MASK);
    }

    /**
     * register: Python's {@code poll.register(fd, eventmask)}; registering again replaces the mask.
     *
     * @param socket the socket to watch
     * @param eventmask POLL* bits, 0..65535
     * @throws IllegalArgumentException as {@link #register(Socket)}; "value must be positive" for
     *         a negative mask, "Python int too large for C unsigned short" above 65535
     * @throws OSError EOPNOTSUPP for a socket of the other backend
     */
    public void register(Socket socket, int eventmask) throws OSError {
        register((Object) socket, eventmask);
    }

    /**
     * register: {@code poll.register(fd)} of a raw descriptor (native backend).
     *
     * @param fd the descriptor
     * @throws IllegalArgumentException "file descriptor cannot be a negative integer (N)"
     * @throws OSError EOPNOTSUPP on the jdk backend, which has no descriptors
     */
    public void register(int fd) throws OSError {
        register((Object) fd, DEFAULT_MASK);
    }

    /**
     * register: {@code poll.register(fd, eventmask)} of a raw descriptor (native backend).
     *
     * @param fd the descriptor
     * @param eventmask POLL* bits, 0..65535
     * @throws IllegalArgumentException as {@link #register(Socket, int)}
     * @throws OSError EOPNOTSUPP on the jdk backend, unless fd is a registered socket's handle
     */
    public void register(int fd, int eventmask) throws OSError {
        register((Object) fd, eventmask);
    }

    private void register(Object target, int eventmask) throws OSError {
        int fd = Targets.fd(target);
        checkMask(eventmask);
        SocketImpl impl = Targets.impl(target);
        synchronized (this) {
            if (impl != null || !sockets.containsKey(fd)) {
                Targets.checkBackend(impl, backend, "select.poll()");
            }
            registered.put(fd, eventmask);
            if (impl != null) {
                sockets.put(fd, impl);
            }
            stale = true;
        }
    }

    /**
     * modify: Python's {@code poll.modify(fd, eventmask)}.
     *
     * @param socket a registered socket
     * @param eventmask POLL* bits, 0..65535
     * @throws IllegalArgumentException as {@link #register(Socket, int)}
     * @throws OSError FileNotFoundError [Errno 2] when the socket is not registered
     */
    public void modify(Socket socket, int eventmask) throws OSError {
        modify((Object) socket, eventmask);
    }

    /**
     * modify: {@code poll.modify(fd, eventmask)} of a raw descriptor or a jdk socket's handle.
     *
     * @param fd a registered descriptor
     * @param eventmask POLL* bits, 0..65535
     * @throws IllegalArgumentException as {@link #register(int, int)}
     * @throws OSError FileNotFoundError [Errno 2] when fd is not registered
     */
    public void modify(int fd, int eventmask) throws OSError {
        modify((Object) fd, eventmask);
    }

    private void modify(Object target, int eventmask) throws OSError {
        int fd = Targets.fd(target);
        checkMask(eventmask);
        synchronized (this) {
            if (!registered.containsKey(fd)) {
                throw OSError.of(Errno.ENOENT);
            }
            registered.put(fd, eventmask);
            stale = true;
        }
    }

    /**
     * unregister: Python's {@code poll.unregister(fd)}.
     *
     * @param socket a registered socket
     * @throws IllegalArgumentException for a closed socket
     * @throws NoSuchElementException Python's KeyError (the fd as message) when it is not registered
     */
    public void unregister(Socket socket) {
        unregister((Object) socket);
    }

    /**
     * unregister: {@code poll.unregister(fd)} of a raw descriptor or a jdk socket's handle.
     *
     * @param fd a registered descriptor
     * @throws IllegalArgumentException for a negative fd
     * @throws NoSuchElementException Python's KeyError (the fd as message) when it is not registered
     */
    public void unregister(int fd) {
        unregister((Object) fd);
    }

    private synchronized void unregister(Object target) {
        int fd = Targets.fd(target);
        if (registered.remove(fd) == null) {
            throw new NoSuchElementException(Integer.toString(fd));
        }
        sockets.remove(fd);
        stale = true;
    }

    /**
     * poll: Python's {@code poll.poll()}: waits without limit.
     *
     * @return the ready (fd, revents) pairs
     * @throws OSError the kernel's error
     */
    public List<PollEvent> poll() throws OSError {
        return waitFor(-1);
    }

    /**
     * poll: Python's {@code poll.poll(timeout)} in whole milliseconds.
     *
     * @param timeoutMs milliseconds; null or negative waits without limit, 0 just looks
     * @return the ready (fd, revents) pairs, in registration order; empty when the time passed
     * @throws IllegalStateException "concurrent poll() invocation" (Python's RuntimeError)
     * @throws OSError the kernel's error
     */
    public List<PollEvent> poll(Integer timeoutMs) throws OSError {
        return waitFor(Waits.poll(timeoutMs));
    }

    /**
     * poll: Python's {@code poll.poll(timeout)} with a fractional millisecond count, rounded up
     * to whole milliseconds.
     *
     * @param timeoutMs milliseconds; negative waits without limit
     * @return the ready (fd, revents) pairs
     * @throws IllegalArgumentException "Invalid value NaN (not a number)", "timestamp out of range
     *         for platform time_t" (infinite), "timeout is too large" (beyond a C int of ms)
     * @throws IllegalStateException "concurrent poll() invocation"
     * @throws OSError the kernel's error
     */
    public List<PollEvent> poll(double timeoutMs) throws OSError {
        return waitFor(Waits.poll(timeoutMs));
    }

    private List<PollEvent> waitFor(long timeoutNs) throws OSError {
        int n;
        synchronized (this) {
            if (polling) {
                throw new IllegalStateException("concurrent poll() invocation");
            }
            polling = true;
            if (stale) {
                refill();
            }
            n = count;
        }
        try {
            int found;
            if (backend.equals("native")) {
                if (array == null) {
                    array = new NativePollArray();
                }
                found = array.poll(fds, events, n, timeoutNs, nativeRevents);
                for (int i = 0; i < n; i++) {
                    revents[i] = nativeRevents[i] & 0xffff;
                }
            } else {
                found = JdkReadiness.poll(impls, masks, n, timeoutNs, revents);
            }
            List<PollEvent> ready = new ArrayList<>(found);
            for (int i = 0; i < n; i++) {
                if (revents[i] != 0) {
                    ready.add(new PollEvent(fds[i], revents[i]));
                }
            }
            return ready;
        } finally {
            synchronized (this) {
                polling = false;
            }
        }
    }

    /**
     * refill copies the registrations into the arrays poll() passes on, growing them only when
     * registrations outnumber them, so a poll() with no registration change since the last one
     * allocates just its result (CPython's ufd_uptodate, Modules/selectmodule.c). Called under
     * the lock by the one poll() under way, which then owns the arrays until it ends.
     */
    private void refill() {
        int n = registered.size();
        if (fds.length < n) {
            int size = Math.max(n, 2 * fds.length);
            fds = new int[size];
            masks = new int[size];
            events = new short[size];
            nativeRevents = new short[size];
            revents = new int[size];
            impls = new SocketImpl[size];
        }
        int i = 0;
        for (Map.Entry<Integer, Integer> e : registered.entrySet()) {
            fds[i] = e.getKey();
            masks[i] = e.getValue();
            events[i] = (short) masks[i];
            impls[i] = sockets.get(e.getKey());
            i++;
        }
        Arrays.fill(impls, n, impls.length, null); // no unregistered socket kept reachable
        count = n;
        stale = false;
    }

    /** checkMask: CPython's unsigned short converter. */
    private static void checkMask(int eventmask) {
        if (eventmask < 0) {
            throw new IllegalArgumentException("value must be positive");
        }
        if (eventmask > 0xffff) {
            throw new IllegalArgumentException("Python int too large for C unsigned short");
        }
    }
}
