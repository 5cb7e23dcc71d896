package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.Channel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * JdkPoller: one Selector that jdk-backend sockets wait in, in blocking and timeout mode (R1,
 * R2; their channels are always non-blocking), so that a socket costs one descriptor, as in
 * CPython. A poller costs two (the selector's epoll descriptor and its wakeup eventfd) and
 * one daemon thread ({@link JdkDeadlineWatch}); the process keeps a few ({@link JdkPollers}).
 *
 * <p>Leader and followers: a waiting thread that finds no other thread selecting selects
 * itself (the leader), so a lone waiter costs what a selector of its own would: one
 * epoll_wait, no thread hand-off. Threads that wait meanwhile (followers) park with their
 * own deadline; the leader's dispatch marks them ready and unparks them, and a leader that
 * leaves unparks one follower to take over. Keys keep OP_READ and OP_ACCEPT after a wait
 * (a ping-pong re-arms nothing) and the dispatch drops them once nobody waits; OP_WRITE and
 * OP_CONNECT go when their wait ends.
 *
 * <p>Deadlines: followers park ({@link LockSupport#parkNanos}, an absolute deadline in
 * HotSpot), the leader's select is cut short at its deadline by {@link JdkDeadlineWatch}:
 * signals to the waiting thread do not stretch a timeout.
 */
final class JdkPoller {
    /** RELEASE_NANOS: how long forget may wait for a selecting thread to drop a cancelled key. */
    private static final long RELEASE_NANOS = 1_000_000_000L;
    /** RELEASE_STEP_NANOS: pause between looks while another thread drops a cancelled key. */
    private static final long RELEASE_STEP_NANOS = 20_000L;

    private final Selector selector;
    /** leadership: held by the one thread that selects (or flushes) at a time. */
    private final ReentrantLock leadership = new ReentrantLock();
    /** flushRequested: a flush was asked for and may not have been made yet (see flush). */
    private volatile boolean flushRequested;
    /** leader: the thread selecting now, for close() and wakeup() to reach it. */
    private volatile Thread leader;
    /** followers: threads parked in await while another selects. */
    private final ConcurrentLinkedQueue<Thread> followers = new ConcurrentLinkedQueue<>();
    private final JdkDeadlineWatch watch;
    private final Consumer<SelectionKey> dispatch = JdkPoller::dispatch;

    /** JdkPoller over selector; name names its deadline thread. */
    JdkPoller(Selector selector, String name) {
        this.selector = selector;
        this.watch = new JdkDeadlineWatch(selector, name);
    }

    /** busy: a thread selects here now, so a thread that waits here would follow it. */
    boolean busy() {
        return leadership.isLocked();
    }

    /**
     * await parks the calling thread until w's ops are ready on ch, w is poked or closed, the
     * thread is interrupted, or, when timed, deadline (System.nanoTime) passes (TimeoutError).
     * A return means "try the call again". CancelledKeyException means the channel was
     * forgotten meanwhile (forget); ClosedChannelException that it was closed.
     */
    void await(JdkWaiter w, SelectableChannel ch, int ops, boolean timed, long deadline) throws IOException {
        SelectionKey key = keyFor(w, ch, timed, deadline);
        Waiters waiters = (Waiters) key.attachment();
        Thread me = Thread.currentThread();
        w.poller = this; // before thread: close() wakes w's thread in the poller it waits in
        w.ready = false;
        w.poked = false;
        w.ops = ops;
        w.thread = me;
        boolean queued = false;
        try {
            boolean changed;
            synchronized (waiters) {
                waiters.add(w);
                changed = (key.interestOps() & ops) != ops;
                if (changed) {
                    key.interestOpsOr(ops);
                }
            }
            while (!w.ready && !w.poked) {
                checkWaiting(w, me, timed, deadline);
                if (leadership.tryLock()) {
                    if (queued) {
                        followers.remove(me);
                        queued = false;
                    }
                    try {
                        lead(w, me, timed, deadline);
                    } finally {
                        leadership.unlock();
                    }
                    flushIfRequested();
                    promote();
                } else if (!queued) {
                    if (changed) {
                        selector.wakeup(); // the leader must see the new interest
                        changed = false;
                    }
                    // Queue first, then look at leadership again: a leader leaving after our
                    // tryLock then finds us in the queue and unparks us (no lost wake-up).
                    followers.add(me);
                    queued = true;
                } else if (timed) {
                    LockSupport.parkNanos(this, deadline - System.nanoTime());
                } else {
                    LockSupport.park(this);
                }
            }
        } finally {
            if (queued) {
                followers.remove(me);
            }
            w.thread = null;
            synchronized (waiters) {
                waiters.remove(w);
                dropTransient(key, waiters, ops);
            }
            promote();
        }
    }

    /**
     * dropTransient removes OP_WRITE and OP_CONNECT from key's interest when its last waiter
     * for them leaves. Unlike OP_READ and OP_ACCEPT, which are ready only while there is
     * something to take, these stay ready (a connected socket with buffer space), and
     * OP_CONNECT once connected is even ready in epoll but never reported by the JDK
     * (SocketChannelImpl.translateReadyOps): left in place, it would make every later select
     * return at once, so the selecting thread would spin.
     */
    private static void dropTransient(SelectionKey key, Waiters waiters, int ops) {
        int transientOps = ops & ~waiters.ops() & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT);
        if (transientOps != 0) {
            try {
                key.interestOpsAnd(~transientOps);
            } catch (CancelledKeyException e) {
                // Closed or forgotten: nothing left to drop.
            }
        }
    }

    /**
     * checkWaiting raises what ends a wait that is not ready: close (EBADF), interrupt (EINTR), the
     * deadline.
     */
    private static void checkWaiting(JdkWaiter w, Thread me, boolean timed, long deadline) throws OSError {
        if (w.closed) {
            throw OSError.of(Errno.EBADF); // close() from another thread (R16)
        }
        if (me.isInterrupted()) {
            throw OSError.of(Errno.EINTR); // a Java interrupt plays a raising signal handler (R10)
        }
        if (timed && deadline - System.nanoTime() <= 0) {
            throw new TimeoutError();
        }
    }

    /**
     * lead selects until w is ready, poked or closed, the thread is interrupted, or (timed)
     * deadline passes.
     */
    private void lead(JdkWaiter w, Thread me, boolean timed, long deadline) throws IOException {
        leader = me; // written before w.closed is read: close() sees us or we see it
        try {
            while (!w.ready && !w.poked && !w.closed && !me.isInterrupted()) {
                if (!timed) {
                    selector.select(dispatch); // no deadline: close(), wakeup() and interrupts end it
                    continue;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                watch.arm(deadline);
                // Round up (R2 step 2): 0 would mean "forever" to Selector.select. Written
                // without an addition so a huge timeout cannot overflow.
                selector.select(dispatch, remaining / 1_000_000 + (remaining % 1_000_000 == 0 ? 0 : 1));
            }
        } finally {
            watch.disarm();
            leader = null;
        }
    }

    /** promote unparks a follower when nobody selects, so that one of them takes the lead. */
    private void promote() {
        if (!leadership.isLocked()) {
            Thread next = followers.peek();
            if (next != null) {
                LockSupport.unpark(next);
            }
        }
    }

    /** dispatch (in the selecting thread): marks and unparks the waiters whose ops are ready. */
    private static void dispatch(SelectionKey key) {
        if (!(key.attachment() instanceof Waiters waiters)) {
            return;
        }
        try {
            int ready = key.readyOps();
            synchronized (waiters) {
                int wanted = waiters.notify(ready);
                int unwanted = ready & ~wanted;
                if (unwanted != 0) {
                    // Nobody waits for these now (a waiter left, or was told already and its
                    // thread has not run yet): without this a level-triggered key would wake
                    // every select, and the selecting thread would spin until that thread
                    // reads, which takes a whole time slice when both share a CPU. The
                    // waiter's next await adds them again.
                    key.interestOpsAnd(~unwanted);
                }
            }
        } catch (CancelledKeyException e) {
            // Closed or forgotten meanwhile: its waiters are told by close()/forget().
        }
    }

    /**
     * keyFor returns ch's key in the selector, registering ch on first need. A key cancelled
     * by forget but not yet dropped by a select is dropped first (registering over it throws).
     */
    private SelectionKey keyFor(JdkWaiter w, SelectableChannel ch, boolean timed, long deadline) throws IOException {
        SelectionKey k = w.key;
        if (k != null && k.channel() == ch && k.selector() == selector && k.isValid()) {
            return k;
        }
        while (true) {
            // blockingLock: what register and configureBlocking synchronize on, so the two
            // directions of a socket register one key with one attachment.
            synchronized (ch.blockingLock()) {
                k = ch.keyFor(selector);
                if (k == null) {
                    if (w.closed) {
                        throw OSError.of(Errno.EBADF); // see deregister
                    }
                    k = ch.register(selector, 0, new Waiters());
                }
                if (k.isValid()) {
                    w.key = k;
                    return k;
                }
            }
            if (timed && deadline - System.nanoTime() <= 0) {
                throw new TimeoutError();
            }
            if (w.closed) {
                throw OSError.of(Errno.EBADF);
            }
            flush();
            LockSupport.parkNanos(RELEASE_STEP_NANOS);
        }
    }

    /**
     * deregister cancels the keys of channels here and drops them (flush). Under the
     * channel's blockingLock, where keyFor registers after looking at the waiter's closed
     * flag: a waiter of a closed socket registers no key after this.
     */
    void deregister(Channel[] channels) {
        boolean cancelled = false;
        for (Channel ch : channels) {
            if (ch instanceof SelectableChannel s) {
                synchronized (s.blockingLock()) {
                    SelectionKey k = s.keyFor(selector);
                    if (k != null) {
                        k.cancel();
                        cancelled = true;
                    }
                }
            }
        }
        if (cancelled) {
            flush();
        }
    }

    /**
     * holdsKeyOf: one of channels has a key here, valid or cancelled but not yet dropped (a
     * closed channel keeps its descriptor until then).
     */
    boolean holdsKeyOf(Channel[] channels) {
        for (Channel ch : channels) {
            if (ch instanceof SelectableChannel s && s.keyFor(selector) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * flush makes the selector drop cancelled keys, which lets a closed channel release its
     * descriptor: at once if nobody selects, else by waking the selecting thread (a select
     * drops them before it returns). The request is remembered ({@link #flushRequested}): a
     * leader that had already left its select when woken flushes as it steps down
     * ({@link #flushIfRequested}), so a cancelled key never waits for the next wait.
     */
    void flush() {
        flushRequested = true;
        if (leadership.tryLock()) {
            flushHeld();
        } else {
            selector.wakeup();
            flushIfRequested();
        }
    }

    /**
     * flushIfRequested: a flush that was asked for while another thread held the leadership,
     * made by whoever finds the leadership free after it (the asker looks again after its
     * wakeup, a leader after stepping down), so one of them always makes it.
     */
    private void flushIfRequested() {
        if (flushRequested && leadership.tryLock()) {
            flushHeld();
        }
    }

    /** flushHeld: selectNow under the leadership (held on entry, released on return). */
    private void flushHeld() {
        do {
            try {
                flushRequested = false;
                selector.selectNow(dispatch);
            } catch (IOException e) {
                // The next select drops them.
            } finally {
                leadership.unlock();
            }
            // A request made while this selectNow ran may have come after it looked.
        } while (flushRequested && leadership.tryLock());
        promote();
    }

    /**
     * release drops ch from the selector (forget): its key is cancelled, its waiters return to
     * try again, and it waits (at most a second) until the key is gone, so that ch can block or
     * close for real at once.
     */
    void release(SelectableChannel ch) {
        SelectionKey k = ch.keyFor(selector);
        if (k == null) {
            return;
        }
        k.cancel();
        if (k.attachment() instanceof Waiters waiters) {
            synchronized (waiters) {
                waiters.poke(this);
            }
        }
        long end = System.nanoTime() + RELEASE_NANOS;
        while (true) {
            flush();
            if (ch.keyFor(selector) == null || System.nanoTime() - end > 0) {
                return;
            }
            LockSupport.parkNanos(RELEASE_STEP_NANOS);
        }
    }

    /** wake makes thread t, waiting in await, look at its state again (poked, closed). */
    void wake(Thread t) {
        LockSupport.unpark(t);
        if (leader == t) {
            selector.wakeup();
        }
    }

    /** Waiters: the attachment of a channel's key: who waits on it now (a socket's two directions). */
    private static final class Waiters {
        private JdkWaiter first;
        private JdkWaiter second;

        void add(JdkWaiter w) {
            if (first == null) {
                first = w;
            } else {
                second = w;
            }
        }

        void remove(JdkWaiter w) {
            if (first == w) {
                first = second;
                second = null;
            } else if (second == w) {
                second = null;
            }
        }

        /** ops: what the waiters here now wait for. */
        int ops() {
            return (first == null ? 0 : first.ops) | (second == null ? 0 : second.ops);
        }

        /**
         * notify marks the waiters ready whose ops are in ready and wakes them; returns the ops
         * of those it told now (not of those told before, whose threads have yet to run).
         */
        int notify(int ready) {
            return notify(first, ready) | notify(second, ready);
        }

        private static int notify(JdkWaiter w, int ready) {
            if (w == null || (w.ops & ready) == 0 || w.ready) {
                return 0;
            }
            w.ready = true;
            Thread t = w.thread;
            if (t != null && t != Thread.currentThread()) {
                LockSupport.unpark(t);
            }
            return w.ops;
        }

        void poke(JdkPoller poller) {
            for (JdkWaiter w : new JdkWaiter[] {first, second}) {
                if (w != null) {
                    w.poke(poller);
                }
            }
        }
    }
}
