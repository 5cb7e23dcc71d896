package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.Os;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * VirtualPoller: the one epoll descriptor, and the one daemon platform thread waiting on it,
 * that wake virtual threads parked until a socket is ready (docs/virtual-threads.md). A
 * virtual thread blocked inside a native call would pin its carrier; instead it tries the call
 * without blocking, and on EAGAIN {@link #register registers} one-shot interest here and parks
 * with {@link LockSupport}; this thread unparks it when the kernel reports the descriptor ready
 * (the JDK's sun.nio.ch.Poller does the same for java.nio on virtual threads).
 *
 * <p>Interest is EPOLLONESHOT and level-triggered: a descriptor that became ready between the
 * failed try and the registration fires at once, so no wakeup is lost, and a fired
 * registration stays disabled until someone re-arms it, so a descriptor that stays ready
 * cannot make this thread spin. Several threads may wait on one descriptor (a reader and a
 * writer, two acceptors): the registration carries the union of their events, and the ones
 * that fired are unparked and forgotten while the rest are re-armed.
 */
final class VirtualPoller {
    /** Linux's epoll bits (sys/epoll.h): the poller exists only where psk_epoll_create works. */
    static final int EPOLLIN = 0x001;
    static final int EPOLLOUT = 0x004;
    private static final int EPOLLERR = 0x008;
    private static final int EPOLLHUP = 0x010;
    private static final int EPOLLONESHOT = 1 << 30;
    /** MAX_EVENTS: events taken per epoll_wait; more simply wait for the next round. */
    private static final int MAX_EVENTS = 256;
    /** ERROR_PAUSE_NANOS: the pause after an epoll_wait failure (which should never happen). */
    private static final long ERROR_PAUSE_NANOS = 10_000_000;
    /** PAIR: psk_epoll_wait rewrites each event as {int32 fd, uint32 events}. */
    private static final int PAIR = 8;

    /** Waiting: one parked thread and what it waits for; fired once the poller has unparked it. */
    static final class Waiting {
        final Thread thread;
        final int events;
        volatile boolean fired;

        Waiting(Thread thread, int events) {
            this.thread = thread;
            this.events = events;
        }
    }

    private final int epfd;
    private final ConcurrentHashMap<Integer, List<Waiting>> interest = new ConcurrentHashMap<>();

    private VirtualPoller(int epfd) {
        this.epfd = epfd;
    }

    /** Holder: the poller, made (and its thread started) on first use by a virtual thread. */
    private static final class Holder {
        static final VirtualPoller POLLER = start();
    }

    /** get returns the process's poller, or null where epoll is unavailable (callers then block as before). */
    static VirtualPoller get() {
        return Holder.POLLER;
    }

    private static VirtualPoller start() {
        int epfd = Libpysocket.psk_epoll_create();
        if (epfd < 0) {
            return null;
        }
        NativeMemory out;
        try {
            out = NativeMemory.allocate(MAX_EVENTS * Libpysocket.PSK_EPOLL_EVENT_SPACE);
        } catch (OSError e) {
            Libpysocket.psk_close(epfd);
            return null;
        }
        VirtualPoller p = new VirtualPoller(epfd);
        Thread t = new Thread(() -> p.run(out), "pysocket-virtual-thread-poller");
        t.setDaemon(true);
        t.start();
        return p;
    }

    /** run: the poller thread's loop, for the life of the process. */
    private void run(NativeMemory out) {
        ByteBuffer events = out.buffer().order(ByteOrder.nativeOrder());
        for (;;) {
            int n = Libpysocket.psk_epoll_wait(epfd, out.address(), MAX_EVENTS, -1);
            if (n < 0) {
                // psk_epoll_wait retries EINTR; any other failure would be a bug in this class
                // (epfd is never closed). Keep serving rather than strand parked threads, but
                // never in a busy loop.
                LockSupport.parkNanos(ERROR_PAUSE_NANOS);
                continue;
            }
            for (int i = 0; i < n; i++) {
                fire(events.getInt(i * PAIR), events.getInt(i * PAIR + 4));
            }
        }
    }

    /** fire unparks the threads waiting on fd for what revents reports, and re-arms the rest. */
    private void fire(int fd, int revents) {
        interest.computeIfPresent(fd, (k, list) -> {
            boolean all = (revents & (EPOLLERR | EPOLLHUP)) != 0;
            int rest = 0;
            for (int i = list.size() - 1; i >= 0; i--) {
                Waiting w = list.get(i);
                if (all || (w.events & revents) != 0) {
                    list.remove(i);
                    w.fired = true;
                    LockSupport.unpark(w.thread);
                } else {
                    rest |= w.events;
                }
            }
            if (rest != 0) {
                Libpysocket.psk_epoll_ctl(epfd, Libpysocket.PSK_EPOLL_CTL_MOD, fd, rest | EPOLLONESHOT);
            }
            // An empty list keeps the (disabled) registration: its last waiter removes both.
            return list;
        });
    }

    /**
     * register arms one-shot interest in events on fd (held by the caller until
     * {@link #deregister}) for w's thread; an epoll_ctl failure is raised as its OSError.
     */
    void register(int fd, Waiting w) throws OSError {
        int[] rc = {0};
        interest.compute(fd, (k, list) -> {
            List<Waiting> l = list;
            int op = Libpysocket.PSK_EPOLL_CTL_MOD;
            if (l == null) {
                l = new ArrayList<>(1);
                op = Libpysocket.PSK_EPOLL_CTL_ADD;
            }
            int all = w.events;
            for (Waiting other : l) {
                all |= other.events;
            }
            rc[0] = Libpysocket.psk_epoll_ctl(epfd, op, fd, all | EPOLLONESHOT);
            if (rc[0] == -Os.EEXIST && op == Libpysocket.PSK_EPOLL_CTL_ADD) {
                // A registration this map forgot (its DEL met a pre-closed number): take it over.
                rc[0] = Libpysocket.psk_epoll_ctl(epfd, Libpysocket.PSK_EPOLL_CTL_MOD, fd, all | EPOLLONESHOT);
            }
            if (rc[0] < 0) {
                return list;
            }
            l.add(w);
            return l;
        });
        if (rc[0] < 0) {
            throw Errors.fromReturn(rc[0]);
        }
    }

    /**
     * deregister forgets w (fired or not) and, once nobody waits on fd, removes the
     * registration. On a pre-closed number the DEL fails harmlessly: the registration then
     * belongs to the real socket's file, which epoll drops when its last descriptor closes, and
     * should it fire first it only unparks threads that re-check and wait again.
     */
    void deregister(int fd, Waiting w) {
        interest.computeIfPresent(fd, (k, list) -> {
            list.remove(w);
            if (!list.isEmpty()) {
                return list;
            }
            Libpysocket.psk_epoll_ctl(epfd, Libpysocket.PSK_EPOLL_CTL_DEL, fd, 0);
            return null;
        });
    }
}
