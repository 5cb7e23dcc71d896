package dev.pysocket.select;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.posix.NativeEpoll;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.List;

/**
 * Epoll: Python's {@code select.epoll()}: an epoll(7) descriptor, close-on-exec, with
 * level-triggered, edge-triggered ({@link Select#EPOLLET}), one-shot ({@link Select#EPOLLONESHOT})
 * and exclusive ({@link Select#EPOLLEXCLUSIVE}) registrations, and {@link #poll} returning
 * {@code (fd, events)} pairs. Masks are {@code long} because EPOLLET is 2<sup>31</sup>; as with
 * Python's unsigned int converter only the low 32 bits count. Timeouts are in seconds.
 *
 * <p>Native backend only (the jdk backend raises OSError EOPNOTSUPP naming itself: a java.nio
 * Selector has no descriptor and no edge-triggered mode). After {@link #close()} every method but
 * {@link #closed()} and close raises "I/O operation on closed epoll object"; close() from another
 * thread wakes a thread blocked in poll(), which then raises that error too. An Epoll dropped
 * without close() is closed when it becomes unreachable, as CPython's does. {@link #fromfd}
 * wraps an epoll descriptor made elsewhere, without duplicating it.
 */
public final class Epoll implements AutoCloseable {
    /** DEFAULT_MASK: register's default, Python's {@code EPOLLIN | EPOLLPRI | EPOLLOUT}. */
    private static final long DEFAULT_MASK = Select.EPOLLIN | Select.EPOLLPRI | Select.EPOLLOUT;
    /** MAXEVENTS_DEFAULT: maxevents -1 means FD_SETSIZE - 1, as in CPython. */
    private static final int MAXEVENTS_DEFAULT = Select.FD_SETSIZE - 1;
    /**
     * EP_MAX_EVENTS: the most maxevents Linux's epoll_wait takes (INT_MAX / sizeof(struct
     * epoll_event), 12 bytes on x86_64); more is EINVAL, as in CPython (whose allocation fails
     * first, MemoryError, for the very largest).
     */
    private static final int EP_MAX_EVENTS = Integer.MAX_VALUE / 12;
    /**
     * ROOM_MAX: the most events one poll collects. A larger maxevents only allows more: the
     * kernel hands out ready events round-robin, and the rest come with the next poll.
     */
    private static final int ROOM_MAX = 4096;
    private static final Cleaner CLEANER = Cleaner.create();

    private final NativeEpoll epoll;
    private final Cleaner.Cleanable cleanable;

    /**
     * Epoll: Python's {@code select.epoll()}.
     *
     * @throws OSError the kernel's error (EMFILE, ...); EOPNOTSUPP on the jdk backend
     */
    public Epoll() throws OSError {
        this(-1, 0);
    }

    /**
     * Epoll: Python's {@code select.epoll(sizehint)}; sizehint is ignored by Linux.
     *
     * @param sizehint -1 or a positive number
     * @throws IllegalArgumentException "negative sizehint" for 0 or below -1
     * @throws OSError as {@link #Epoll()}
     */
    public Epoll(int sizehint) throws OSError {
        this(sizehint, 0);
    }

    /**
     * Epoll: Python's {@code select.epoll(sizehint, flags)}.
     *
     * @param sizehint -1 or a positive number
     * @param flags 0 or EPOLL_CLOEXEC (the descriptor is close-on-exec either way)
     * @throws IllegalArgumentException "negative sizehint"
     * @throws OSError "invalid flags" (no errno) for other flags; as {@link #Epoll()}
     */
    public Epoll(int sizehint, int flags) throws OSError {
        this(create(sizehint, flags));
    }

    private Epoll(NativeEpoll epoll) {
        this.epoll = epoll;
        FdHandle lifetime = epoll.lifetime();
        this.cleanable = CLEANER.register(this, lifetime::close);
    }

    private static NativeEpoll create(int sizehint, int flags) throws OSError {
        if (sizehint <= 0 && sizehint != -1) {
            throw new IllegalArgumentException("negative sizehint");
        }
        if (flags != 0 && flags != Select.EPOLL_CLOEXEC) {
            throw new OSError("invalid flags");
        }
        requireNative("select.epoll()");
        return NativeEpoll.create();
    }

    /**
     * fromfd: Python's {@code select.epoll.fromfd(fd)}: an Epoll over an epoll descriptor made
     * elsewhere, taken as it is (not duplicated, not checked): {@link #close()} closes fd, and so
     * does an Epoll dropped without close(). As in CPython (Modules/selectmodule.c
     * {@code newPyEpoll_Object}), -1 makes a new epoll descriptor, as {@link #Epoll()} does;
     * what fd is not an epoll descriptor shows in the calls (EBADF for a closed one, EINVAL for
     * a socket).
     *
     * @param fd an epoll descriptor, or -1 for a new one
     * @return the Epoll owning fd
     * @throws OSError {@code [Errno 0] Error} for fd below -1 (CPython raises the calling thread's
     *         last errno there, 0 in a fresh thread); EOPNOTSUPP on the jdk backend
     */
    public static Epoll fromfd(int fd) throws OSError {
        requireNative("select.epoll.fromfd()");
        if (fd == -1) {
            return new Epoll();
        }
        if (fd < 0) {
            throw new OSError(0, "Error");
        }
        return new Epoll(NativeEpoll.adopt(fd));
    }

    private static void requireNative(String what) throws OSError {
        String backend = Backends.current().name();
        if (!backend.equals("native")) {
            throw Capability.EPOLL.unsupported(backend, what);
        }
    }

    /**
     * register: Python's {@code epoll.register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT)}.
     *
     * @param socket the socket to watch
     * @throws IllegalArgumentException "file descriptor cannot be a negative integer (-1)" for a
     *         closed socket; "I/O operation on closed epoll object"
     * @throws OSError FileExistsError [Errno 17] when already registered; EOPNOTSUPP for a jdk socket
     */
    public void register(Socket socket) throws OSError {
        ctl(NativeEpoll.ADD, socket, DEFAULT_MASK);
    }

    /**
     * register: Python's {@code epoll.register(fd, eventmask)}.
     *
     * @param socket the socket to watch
     * @param eventmask EPOLL* bits (low 32 bits)
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError as {@link #register(Socket)}; EINVAL for a mask the kernel refuses
     */
    public void register(Socket socket, long eventmask) throws OSError {
        ctl(NativeEpoll.ADD, socket, eventmask);
    }

    /**
     * register: {@code epoll.register(fd)} of a raw descriptor.
     *
     * @param fd the descriptor
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError as {@link #register(Socket)}; EPERM for a regular file
     */
    public void register(int fd) throws OSError {
        ctl(NativeEpoll.ADD, fd, DEFAULT_MASK);
    }

    /**
     * register: {@code epoll.register(fd, eventmask)} of a raw descriptor.
     *
     * @param fd the descriptor
     * @param eventmask EPOLL* bits (low 32 bits)
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError as {@link #register(Socket, long)}
     */
    public void register(int fd, long eventmask) throws OSError {
        ctl(NativeEpoll.ADD, fd, eventmask);
    }

    /**
     * modify: Python's {@code epoll.modify(fd, eventmask)}.
     *
     * @param socket a registered socket
     * @param eventmask EPOLL* bits (low 32 bits)
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError FileNotFoundError [Errno 2] when not registered; EINVAL for an EPOLLEXCLUSIVE one
     */
    public void modify(Socket socket, long eventmask) throws OSError {
        ctl(NativeEpoll.MOD, socket, eventmask);
    }

    /**
     * modify: {@code epoll.modify(fd, eventmask)} of a raw descriptor.
     *
     * @param fd a registered descriptor
     * @param eventmask EPOLL* bits (low 32 bits)
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError as {@link #modify(Socket, long)}
     */
    public void modify(int fd, long eventmask) throws OSError {
        ctl(NativeEpoll.MOD, fd, eventmask);
    }

    /**
     * unregister: Python's {@code epoll.unregister(fd)}.
     *
     * @param socket a registered socket
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError FileNotFoundError [Errno 2] when not registered
     */
    public void unregister(Socket socket) throws OSError {
        ctl(NativeEpoll.DEL, socket, 0);
    }

    /**
     * unregister: {@code epoll.unregister(fd)} of a raw descriptor.
     *
     * @param fd a registered descriptor
     * @throws IllegalArgumentException as {@link #register(Socket)}
     * @throws OSError FileNotFoundError [Errno 2] when not registered
     */
    public void unregister(int fd) throws OSError {
        ctl(NativeEpoll.DEL, fd, 0);
    }

    private void ctl(int op, Object target, long eventmask) throws OSError {
        int fd = Targets.fd(target);
        SocketImpl impl = Targets.impl(target);
        checkOpen();
        Targets.checkBackend(impl, "native", "select.epoll()");
        epoll.ctl(op, fd, (int) eventmask);
    }

    /**
     * poll: Python's {@code epoll.poll()}: waits without limit for up to FD_SETSIZE - 1 events.
     *
     * @return the ready (fd, events) pairs
     * @throws OSError the kernel's error (a poll that close() woke raises the closed error)
     */
    public List<PollEvent> poll() throws OSError {
        return poll(null, -1);
    }

    /**
     * poll: Python's {@code epoll.poll(timeout)}.
     *
     * @param timeout seconds, rounded up to whole milliseconds; null or negative waits without limit
     * @return the ready (fd, events) pairs; empty when the time passed
     * @throws IllegalArgumentException as {@link #poll(Double, int)}
     * @throws OSError as {@link #poll()}
     */
    public List<PollEvent> poll(Double timeout) throws OSError {
        return poll(timeout, -1);
    }

    /**
     * poll: Python's {@code epoll.poll(timeout, maxevents)}.
     *
     * @param timeout seconds, rounded up to whole milliseconds; null or negative waits without limit
     * @param maxevents the most events returned; -1 means FD_SETSIZE - 1
     * @return the ready (fd, events) pairs; empty when the time passed
     * @throws IllegalArgumentException "I/O operation on closed epoll object", "Invalid value NaN
     *         (not a number)", "timeout is too large", "timestamp out of range for platform
     *         time_t", "maxevents must be greater than 0, got N"
     * @throws OSError as {@link #poll()}; EINVAL for a maxevents above Linux's limit
     *         (INT_MAX / sizeof(struct epoll_event))
     */
    public List<PollEvent> poll(Double timeout, int maxevents) throws OSError {
        checkOpen();
        long timeoutNs = Waits.epoll(timeout);
        if (maxevents == -1) {
            maxevents = MAXEVENTS_DEFAULT;
        } else if (maxevents < 1) {
            throw new IllegalArgumentException("maxevents must be greater than 0, got " + maxevents);
        }
        if (maxevents > EP_MAX_EVENTS) {
            throw OSError.of(Errno.EINVAL);
        }
        int room = Math.min(maxevents, ROOM_MAX);
        ArrayList<PollEvent> events = new ArrayList<>(0); // sized by waitFor: exactly the events
        try {
            epoll.waitFor(room, timeoutNs, events, PollEvent::new);
        } catch (OSError e) {
            checkOpen();
            throw e;
        }
        return events;
    }

    /**
     * close: Python's {@code epoll.close()}; idempotent. A thread blocked in poll() wakes. The
     * error of close(2) is not raised, as in CPython (its check of that errno never fires), so
     * closing an Epoll of {@link #fromfd} over a descriptor already closed is quiet.
     *
     * @throws OSError never; kept so that try-with-resources code compiles as before
     */
    @Override
    public void close() throws OSError {
        epoll.lifetime().close();
        cleanable.clean();
    }

    /**
     * closed: Python's {@code epoll.closed}.
     *
     * @return true once closed
     */
    public boolean closed() {
        return epoll.lifetime().isClosed();
    }

    /**
     * fileno: Python's {@code epoll.fileno()}.
     *
     * @return the epoll descriptor
     * @throws IllegalArgumentException "I/O operation on closed epoll object"
     */
    public int fileno() {
        checkOpen();
        return epoll.lifetime().fileno();
    }

    private void checkOpen() {
        if (epoll.lifetime().isClosed()) {
            throw new IllegalArgumentException("I/O operation on closed epoll object");
        }
    }

    @Override
    public String toString() {
        return "<select.epoll object>";
    }
}
