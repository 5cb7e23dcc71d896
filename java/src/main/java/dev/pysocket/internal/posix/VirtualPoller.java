package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.VirtualThreads;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * VirtualPoller: the one epoll descriptor, and the loop taking its events (a virtual thread on
 * Java 24+, else a daemon platform thread), that wake virtual threads parked until a socket is
 * ready (docs/virtual-threads.md). A virtual thread blocked inside a native call would pin its
 * carrier; instead it tries the call without blocking, and on EAGAIN
 * {@link #register registers} one-shot interest here and parks
 * with {@link LockSupport}; the loop unparks it when the kernel reports the descriptor ready
 * (the JDK's sun.nio.ch.Poller does the same for java.nio on virtual threads).
 *
 * <p>Interest is EPOLLONESHOT and level-triggered: a descriptor that became ready between the
 * failed try and the registration fires at once, so no wakeup is lost, and a fired
 * registration stays disabled until someone re-arms it, so a descriptor that stays ready
 * cannot make the loop spin. Several threads may wait on one descriptor (a reader and a
 * writer, two acceptors): the registration carries the union of their events, and the ones
 * that fired are unparked and forgotten while the rest are re-armed.
 *
 * <p>A registration that fired stays in the epoll set, disabled, when its last waiter leaves,
 * and the next wait on the descriptor re-arms it with one EPOLL_CTL_MOD (JDK 25's
 * sun.nio.ch.EPollPoller deletes only a registration that did not fire, for the same reason):
 * a request/response connection then costs one epoll_ctl per wait instead of an ADD and a
 * DEL. Why a kept registration is safe is in docs/virtual-threads.md ("Kept registrations").
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
    /** MIN_VIRTUAL_LOOP_FEATURE: the first Java release whose synchronized does not pin (JEP 491). */
    private static final int MIN_VIRTUAL_LOOP_FEATURE = 24;
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

    /** started: the poller once made, so that closing a descriptor never makes one. */
    private static volatile VirtualPoller started;

    private final int epfd;
    /** loopThread: the virtual poller thread, once it runs; loopWoken: set when epfd has events for it. */
    private volatile Thread loopThread;
    private volatile boolean loopWoken;
    /**
     * interest: the waiters of each descriptor number; an empty list marks a number whose
     * registration was kept (it fired, so epoll holds it disabled) until {@link #forget}.
     */
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
        if (!p.startOnVirtualThread(out)) {
            Thread t = new Thread(() -> p.run(out), "pysocket-virtual-thread-poller");
            t.setDaemon(true);
            t.start();
        }
        started = p;
        return p;
    }

    /** run: the platform poller thread's loop, where a virtual one could not start. */
    private void run(NativeMemory out) {
        ByteBuffer events = out.buffer().order(ByteOrder.nativeOrder());
        for (;;) {
            take(out, events, -1);
        }
    }

    /**
     * startOnVirtualThread runs the loop on a virtual thread, the way JDK 25's
     * sun.nio.ch.Poller runs its sub-pollers (subPollerLoop): while events keep coming, the
     * loop takes them without blocking and yields between takes, on a carrier, so waking a
     * thread costs no switch to another kernel thread; when a take finds nothing, it arms
     * one-shot interest in epfd (an epoll descriptor is readable while it has events to
     * report, epoll(7)) with a second epoll descriptor, and parks. A platform thread waits on
     * that one and unparks the loop. False where either cannot be made, and before Java 24:
     * the loop needs a free carrier to wake anybody, and until JEP 491 (Java 24) a virtual
     * thread that parks inside synchronized keeps its carrier, so a few threads waiting in
     * pysocket under a lock could take every carrier and never be woken; the platform poller
     * wakes them all the same.
     */
    private boolean startOnVirtualThread(NativeMemory out) {
        if (Runtime.version().feature() < MIN_VIRTUAL_LOOP_FEATURE) {
            return false;
        }
        NativeMemory one;
        try {
            one = NativeMemory.allocate(Libpysocket.PSK_EPOLL_EVENT_SPACE);
        } catch (OSError e) {
            return false;
        }
        int master = Libpysocket.psk_epoll_create();
        if (master < 0) {
            one.close();
            return false;
        }
        // Added disabled (no events): the loop arms it each time before it parks.
        if (Libpysocket.psk_epoll_ctl(master, Libpysocket.PSK_EPOLL_CTL_ADD, epfd, EPOLLONESHOT) < 0
                || VirtualThreads.startVirtual("pysocket-virtual-thread-poller", () -> loop(out, master)) == null) {
            Libpysocket.psk_close(master);
            one.close();
            return false;
        }
        Thread t = new Thread(() -> watch(master, one), "pysocket-virtual-thread-poller-wakeup");
        t.setDaemon(true);
        t.start();
        return true;
    }

    /** loop: the virtual poller thread's loop, for the life of the process. */
    private void loop(NativeMemory out, int master) {
        loopThread = Thread.currentThread();
        ByteBuffer events = out.buffer().order(ByteOrder.nativeOrder());
        int n = 0;
        for (;;) {
            if (n == 0) {
                awaitEvents(master);
            } else {
                // Let the threads just unparked run before the next take (fairness, and
                // their next waits are then in the next take).
                Thread.yield();
            }
            n = take(out, events, 0);
        }
    }

    /**
     * awaitEvents parks the loop until epfd has events. The flag is cleared before the
     * interest is armed: the interest is level-triggered, so events already there fire at
     * once and set it again, and a wakeup is never lost.
     */
    private void awaitEvents(int master) {
        loopWoken = false;
        if (Libpysocket.psk_epoll_ctl(master, Libpysocket.PSK_EPOLL_CTL_MOD, epfd, EPOLLIN | EPOLLONESHOT) < 0) {
            // Cannot happen (both descriptors live as long as the process); never spin.
            LockSupport.parkNanos(ERROR_PAUSE_NANOS);
            return;
        }
        while (!loopWoken) {
            LockSupport.park(this);
        }
    }

    /** watch: the wakeup thread's loop: it unparks the virtual loop when epfd has events. */
    private void watch(int master, NativeMemory one) {
        for (;;) {
            int n = Libpysocket.psk_epoll_wait(master, one.address(), 1, -1);
            if (n < 0) {
                LockSupport.parkNanos(ERROR_PAUSE_NANOS);
            } else if (n > 0) {
                loopWoken = true;
                LockSupport.unpark(loopThread);
            }
        }
    }

    /**
     * take waits up to timeout (nanoseconds, -1 for ever, 0 not at all) for events on epfd and
     * hands them out; it returns how many there were.
     */
    private int take(NativeMemory out, ByteBuffer events, long timeoutNanos) {
        int n = Libpysocket.psk_epoll_wait(epfd, out.address(), MAX_EVENTS, timeoutNanos);
        if (n < 0) {
            // psk_epoll_wait retries EINTR; any other failure would be a bug in this class
            // (epfd is never closed). Keep serving rather than strand parked threads, but
            // never in a busy loop.
            LockSupport.parkNanos(ERROR_PAUSE_NANOS);
            return 0;
        }
        for (int i = 0; i < n; i++) {
            fire(events.getInt(i * PAIR), events.getInt(i * PAIR + 4));
        }
        return n;
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
            // An empty list keeps the (now disabled) registration for the next wait.
            return list;
        });
    }

    /**
     * register arms one-shot interest in events on fd (held by the caller until
     * {@link #deregister}) for w's thread; an epoll_ctl failure is raised as its OSError.
     * A number the map knows (waiters, or a kept registration) is re-armed with MOD, another
     * is added with ADD; each falls back to the other, since the map knows numbers while
     * epoll keys registrations by number and open file: MOD meets ENOENT when the kept
     * registration went with its file (closed outside pysocket, or the number now names the
     * dead socket of a pre-close), ADD meets EEXIST when the number names a file registered
     * under it before (a pre-closed number's dead socket, a file closed and dup'ed back).
     */
    void register(int fd, Waiting w) throws OSError {
        int[] rc = {0};
        interest.compute(fd, (k, list) -> {
            List<Waiting> l = list == null ? new ArrayList<>(1) : list;
            int all = w.events;
            for (Waiting other : l) {
                all |= other.events;
            }
            int first = list == null ? Libpysocket.PSK_EPOLL_CTL_ADD : Libpysocket.PSK_EPOLL_CTL_MOD;
            rc[0] = Libpysocket.psk_epoll_ctl(epfd, first, fd, all | EPOLLONESHOT);
            if (rc[0] == -Os.ENOENT && first == Libpysocket.PSK_EPOLL_CTL_MOD) {
                rc[0] = Libpysocket.psk_epoll_ctl(epfd, Libpysocket.PSK_EPOLL_CTL_ADD, fd, all | EPOLLONESHOT);
            } else if (rc[0] == -Os.EEXIST && first == Libpysocket.PSK_EPOLL_CTL_ADD) {
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
     * deregister forgets w. When w was the last waiter: if it fired, the registration is
     * disabled (or, if a register raced the event, armed to fire once more at nobody) and is
     * kept; if it did not fire (its deadline passed, or close() woke it), it may still be
     * armed and is deleted. On a pre-closed number that DEL fails harmlessly: the armed
     * registration then belongs to the real socket's file, which epoll drops when its last
     * descriptor closes, and should it fire first it only unparks threads that re-check and
     * wait again.
     */
    void deregister(int fd, Waiting w) {
        interest.computeIfPresent(fd, (k, list) -> {
            list.remove(w);
            if (!list.isEmpty() || w.fired) {
                return list;
            }
            Libpysocket.psk_epoll_ctl(epfd, Libpysocket.PSK_EPOLL_CTL_DEL, fd, 0);
            return null;
        });
    }

    /**
     * forget drops what the poller knows of fd, before its owner closes it for good (the
     * number is still the owner's, so no new socket can have been registered under it): the
     * map does not grow with every descriptor ever waited on. The kernel drops the kept
     * registration with the file's last descriptor; one that a duplicate keeps alive is
     * disabled (it fired), so it stays silent. Nobody waits at this point: every waiter held
     * the descriptor, and the owner closes it only after the last one released it.
     */
    static void forget(int fd) {
        VirtualPoller p = started;
        if (p != null) {
            p.interest.computeIfPresent(fd, (k, list) -> list.isEmpty() ? null : list);
        }
    }
}
