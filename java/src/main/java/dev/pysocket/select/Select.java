package dev.pysocket.select;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Os;
import java.util.List;

/**
 * Select: Python's {@code select} module on Linux: {@link #select} here, {@link Poll} for
 * {@code select.poll()}, {@link Epoll} for {@code select.epoll()}, and the module's constants
 * with the platform's values ({@code POLLIN}, {@code EPOLLET}, ...). {@code EPOLLET} is a
 * {@code long} (2147483648, as Python prints it), so epoll masks are {@code long}.
 *
 * <p>Every wait retries EINTR with the time left (PEP 475). Python's ValueError, TypeError
 * and OverflowError are {@link IllegalArgumentException} with Python's message.
 *
 * <p>On the jdk backend select and poll run on a java.nio Selector, which tells readable and
 * writable only (see the README); epoll raises OSError EOPNOTSUPP naming the backend.
 */
public final class Select {
    /** FD_SETSIZE: select() takes descriptors below this (1024 on Linux). */
    public static final int FD_SETSIZE = 1024;

    private Select() {
    }

    /**
     * select: Python's {@code select.select(rlist, wlist, xlist, timeout)}: waits until some of
     * the sockets are ready for reading, writing or an exceptional condition (out-of-band data),
     * or the timeout passes, and returns the ready ones: the same objects that were passed in, in
     * their order, each as often as it was listed.
     *
     * @param <S> the type of the sockets listed
     * @param rlist sockets to wait for until readable (a listener: a connection to accept)
     * @param wlist sockets to wait for until writable
     * @param xlist sockets to wait for an exceptional condition
     * @param timeout seconds; null waits without limit, 0.0 just looks
     * @return the ready sockets of each list (empty lists when the timeout passed)
     * @throws IllegalArgumentException "timeout must be non-negative", "Invalid value NaN (not a
     *         number)", "timestamp out of range for platform time_t", "file descriptor cannot be
     *         a negative integer (-1)" (a closed socket), "filedescriptor out of range in
     *         select()" (a descriptor of FD_SETSIZE or more)
     * @throws OSError the kernel's error (EBADF for a descriptor closed underneath); OSError
     *         EOPNOTSUPP for sockets of the two backends mixed in one call
     */
    public static <S extends Socket> SelectResult<S> select(List<? extends S> rlist, List<? extends S> wlist,
            List<? extends S> xlist, Double timeout) throws OSError {
        return Selection.run(rlist, wlist, xlist, timeout);
    }

    /**
     * selectFds: {@link #select} of raw descriptors (Python's ints), on the native backend.
     *
     * @param rlist descriptors to wait for until readable
     * @param wlist descriptors to wait for until writable
     * @param xlist descriptors to wait for an exceptional condition
     * @param timeout seconds; null waits without limit, 0.0 just looks
     * @return the ready descriptors of each list
     * @throws IllegalArgumentException as {@link #select}
     * @throws OSError as {@link #select}; on the jdk backend OSError EOPNOTSUPP (no descriptors)
     */
    public static SelectResult<Integer> selectFds(List<Integer> rlist, List<Integer> wlist, List<Integer> xlist,
            Double timeout) throws OSError {
        return Selection.run(rlist, wlist, xlist, timeout);
    }

    // BEGIN generated constants: from native/constants.list by python3 tools/gen_constants.py; do not edit by hand
    // select module: poll(2) and epoll(7) event bits, PIPE_BUF
    /** POLLIN: Python's {@code select.POLLIN} (Linux x86_64: 1). */
    public static final int POLLIN = Os.POLLIN;
    /** POLLPRI: Python's {@code select.POLLPRI} (Linux x86_64: 2). */
    public static final int POLLPRI = Os.POLLPRI;
    /** POLLOUT: Python's {@code select.POLLOUT} (Linux x86_64: 4). */
    public static final int POLLOUT = Os.POLLOUT;
    /** POLLERR: Python's {@code select.POLLERR} (Linux x86_64: 8). */
    public static final int POLLERR = Os.POLLERR;
    /** POLLHUP: Python's {@code select.POLLHUP} (Linux x86_64: 16). */
    public static final int POLLHUP = Os.POLLHUP;
    /** POLLNVAL: Python's {@code select.POLLNVAL} (Linux x86_64: 32). */
    public static final int POLLNVAL = Os.POLLNVAL;
    /** POLLRDNORM: Python's {@code select.POLLRDNORM} (Linux x86_64: 64). */
    public static final int POLLRDNORM = Os.POLLRDNORM;
    /** POLLRDBAND: Python's {@code select.POLLRDBAND} (Linux x86_64: 128). */
    public static final int POLLRDBAND = Os.POLLRDBAND;
    /** POLLWRNORM: Python's {@code select.POLLWRNORM} (Linux x86_64: 256). */
    public static final int POLLWRNORM = Os.POLLWRNORM;
    /** POLLWRBAND: Python's {@code select.POLLWRBAND} (Linux x86_64: 512). */
    public static final int POLLWRBAND = Os.POLLWRBAND;
    /** POLLMSG: Python's {@code select.POLLMSG} (Linux x86_64: 1024). */
    public static final int POLLMSG = Os.POLLMSG;
    /** POLLRDHUP: Python's {@code select.POLLRDHUP} (Linux x86_64: 8192). */
    public static final int POLLRDHUP = Os.POLLRDHUP;
    /** EPOLLIN: Python's {@code select.EPOLLIN} (Linux x86_64: 1). */
    public static final int EPOLLIN = Os.EPOLLIN;
    /** EPOLLPRI: Python's {@code select.EPOLLPRI} (Linux x86_64: 2). */
    public static final int EPOLLPRI = Os.EPOLLPRI;
    /** EPOLLOUT: Python's {@code select.EPOLLOUT} (Linux x86_64: 4). */
    public static final int EPOLLOUT = Os.EPOLLOUT;
    /** EPOLLERR: Python's {@code select.EPOLLERR} (Linux x86_64: 8). */
    public static final int EPOLLERR = Os.EPOLLERR;
    /** EPOLLHUP: Python's {@code select.EPOLLHUP} (Linux x86_64: 16). */
    public static final int EPOLLHUP = Os.EPOLLHUP;
    /** EPOLLRDNORM: Python's {@code select.EPOLLRDNORM} (Linux x86_64: 64). */
    public static final int EPOLLRDNORM = Os.EPOLLRDNORM;
    /** EPOLLRDBAND: Python's {@code select.EPOLLRDBAND} (Linux x86_64: 128). */
    public static final int EPOLLRDBAND = Os.EPOLLRDBAND;
    /** EPOLLWRNORM: Python's {@code select.EPOLLWRNORM} (Linux x86_64: 256). */
    public static final int EPOLLWRNORM = Os.EPOLLWRNORM;
    /** EPOLLWRBAND: Python's {@code select.EPOLLWRBAND} (Linux x86_64: 512). */
    public static final int EPOLLWRBAND = Os.EPOLLWRBAND;
    /** EPOLLMSG: Python's {@code select.EPOLLMSG} (Linux x86_64: 1024). */
    public static final int EPOLLMSG = Os.EPOLLMSG;
    /** EPOLLRDHUP: Python's {@code select.EPOLLRDHUP} (Linux x86_64: 8192). */
    public static final int EPOLLRDHUP = Os.EPOLLRDHUP;
    /** EPOLLEXCLUSIVE: Python's {@code select.EPOLLEXCLUSIVE} (Linux x86_64: 268435456). */
    public static final int EPOLLEXCLUSIVE = Os.EPOLLEXCLUSIVE;
    /** EPOLLONESHOT: Python's {@code select.EPOLLONESHOT} (Linux x86_64: 1073741824). */
    public static final int EPOLLONESHOT = Os.EPOLLONESHOT;
    /** EPOLLET: Python's {@code select.EPOLLET} (Linux x86_64: 2147483648). */
    public static final long EPOLLET = Os.EPOLLET;
    /** EPOLL_CLOEXEC: Python's {@code select.EPOLL_CLOEXEC} (Linux x86_64: 524288). */
    public static final int EPOLL_CLOEXEC = Os.EPOLL_CLOEXEC;
    /** PIPE_BUF: Python's {@code select.PIPE_BUF} (Linux x86_64: 4096). */
    public static final int PIPE_BUF = Os.PIPE_BUF;
    // END generated constants
}
