package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** FdHandleTest: the state word's transitions, misuse, and a stress run (after Go's fd_mutex_test.go). */
class FdHandleTest {
    /** Records what the handle asked of its owner, and checks no descriptor is destroyed in use. */
    private static final class Recorder implements FdHandle.Closer {
        final AtomicInteger wakes = new AtomicInteger();
        final AtomicInteger destroys = new AtomicInteger();
        final AtomicInteger inUse = new AtomicInteger();
        volatile boolean destroyedInUse;

        @Override
        public void preClose(int fd) {
            wakes.incrementAndGet();
        }

        @Override
        public int destroy(int fd) {
            if (inUse.get() != 0) {
                destroyedInUse = true;
            }
            destroys.incrementAndGet();
            return 0;
        }
    }

    @Test
    void closeWithNobodyInsideDestroysAtOnceAndReportsTheResult() {
        FdHandle h = new FdHandle(7, new FdHandle.Closer() {
            @Override
            public void preClose(int fd) {
                throw new AssertionError("nobody to wake");
            }

            @Override
            public int destroy(int fd) {
                assertEquals(7, fd);
                return -9;
            }
        });
        assertEquals(7, h.fileno());
        assertEquals(-9, h.close());
        assertTrue(h.isClosed());
        assertEquals(-1, h.fileno());
    }

    @Test
    void closeIsIdempotent() {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        assertEquals(0, h.close());
        assertEquals(1, h.close());
        assertEquals(1, r.destroys.get());
    }

    @Test
    void closeWithAnOperationInsideWakesAndDefersTheCloseToTheLastUser() throws OSError {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        assertEquals(3, h.acquire());
        assertEquals(3, h.acquire());
        assertEquals(0, h.close());
        assertEquals(1, r.wakes.get());
        assertEquals(0, r.destroys.get(), "descriptor closed while in use");
        h.release();
        assertEquals(0, r.destroys.get());
        h.release();
        assertEquals(1, r.destroys.get());
    }

    @Test
    void acquireAfterCloseRaisesEbadf() {
        FdHandle h = new FdHandle(3, new Recorder());
        h.close();
        OSError e = assertThrows(OSError.class, h::acquire);
        assertEquals(Errno.EBADF, e.errno());
        assertEquals("[Errno 9] Bad file descriptor", e.getMessage());
    }

    @Test
    void releaseWithoutAcquireIsReportedAsInconsistent() {
        FdHandle h = new FdHandle(3, new Recorder());
        assertThrows(IllegalStateException.class, h::release);
    }

    @Test
    void stressCloseRacingWithUsersDestroysExactlyOnceAndNeverInUse() throws Exception {
        for (int round = 0; round < 300; round++) {
            Recorder r = new Recorder();
            FdHandle h = new FdHandle(3, r);
            raceClose(h, user -> {
                h.acquire();
                r.inUse.incrementAndGet();
                r.inUse.decrementAndGet();
                h.release();
            });
            assertEquals(1, r.destroys.get(), "round " + round);
            assertFalse(r.destroyedInUse, "round " + round);
        }
    }

    /** Use: what one user thread does with the handle, over and over, until it is closed. */
    @FunctionalInterface
    private interface Use {
        void once(int user) throws OSError;
    }

    /** raceClose runs 4 users, 1000 uses each, and closes h while they run; all must end within 10 s. */
    private static void raceClose(FdHandle h, Use use) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> users = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int user = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 1000; i++) {
                        use.once(user);
                    }
                } catch (OSError e) {
                    // closed: expected once close wins
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            th.start();
            users.add(th);
        }
        start.countDown();
        Thread.yield();
        h.close();
        for (Thread th : users) {
            th.join(10_000);
            assertFalse(th.isAlive());
        }
    }

    /** detach (R16) gives the descriptor away: closed to its users, never destroyed, close a no-op. */
    @Test
    void detachReturnsTheDescriptorAndNeitherCloseNorTheLastUserDestroysIt() throws OSError {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(5, r);
        assertEquals(5, h.acquire());
        assertEquals(5, h.detach());
        assertTrue(h.isClosed());
        assertEquals(-1, h.fileno());
        assertEquals(Errno.EBADF, assertThrows(OSError.class, h::acquire).errno());
        h.release(); // the operation in flight leaves: the descriptor is not the handle's any more
        assertEquals(1, h.close());
        assertEquals(0, r.destroys.get());
        assertEquals(0, r.wakes.get(), "detach pre-closes nothing and wakes nobody, as CPython's does not");
    }

    @Test
    void detachOfClosedHandleReturnsMinusOne() {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(5, r);
        assertEquals(0, h.close());
        assertEquals(-1, h.detach());
        assertEquals(1, r.destroys.get());
    }

    /** A Waiter that counts its wake-ups and may check, when woken, what the handle has done. */
    private static final class CountingWaiter implements FdHandle.Waiter {
        final AtomicInteger woken = new AtomicInteger();
        volatile Runnable onWake = () -> { };

        @Override
        public void wake() {
            woken.incrementAndGet();
            onWake.run();
        }
    }

    /** close pre-closes the descriptor before it wakes anyone, so a woken syscall's retry meets the dead socket. */
    @Test
    void closeWakesEveryRegisteredThreadAfterThePreClose() throws OSError {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        CountingWaiter[] ws = new CountingWaiter[4]; // two slots and the overflow
        for (int i = 0; i < ws.length; i++) {
            ws[i] = new CountingWaiter();
            ws[i].onWake = () -> assertEquals(1, r.wakes.get(), "woken before the pre-close");
            h.acquire(ws[i]);
        }
        assertEquals(0, h.close());
        for (CountingWaiter w : ws) {
            assertEquals(1, w.woken.get());
        }
        for (CountingWaiter w : ws) {
            h.release(w);
        }
        assertEquals(1, r.destroys.get());
    }

    @Test
    void aThreadThatLeftIsNotWokenAndOneWithoutAWaiterIsNotRegistered() throws OSError {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        CountingWaiter gone = new CountingWaiter();
        h.acquire(gone);
        h.release(gone);
        CountingWaiter inside = new CountingWaiter();
        h.acquire(inside);
        h.acquire(null); // a non-blocking call: nobody to wake
        assertEquals(0, h.close());
        assertEquals(0, gone.woken.get());
        assertEquals(1, inside.woken.get());
        h.release(null);
        h.release(inside);
        assertEquals(1, r.destroys.get());
    }

    /** A thread that registers after close took the waiters out is not woken (its syscall meets the dead socket) and leaves freely. */
    @Test
    void registeringAfterCloseIsHarmless() throws OSError {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        h.acquire();
        assertEquals(0, h.close());
        CountingWaiter late = new CountingWaiter();
        // An operation that acquired before close and registers only now.
        h.enter(late);
        h.leave(late);
        assertEquals(0, late.woken.get());
        h.release();
        assertEquals(1, r.destroys.get());
    }

    /**
     * Stress: threads register and leave in a loop while close() runs; close must wake only
     * threads still registered, so a thread that has left is never woken while it is outside.
     */
    @Test
    void stressCloseNeverWakesAThreadThatHasLeft() throws Exception {
        for (int round = 0; round < 200; round++) {
            Recorder r = new Recorder();
            FdHandle h = new FdHandle(3, r);
            AtomicInteger wokenOutside = new AtomicInteger();
            AtomicBoolean[] inside = new AtomicBoolean[4];
            CountingWaiter[] waiters = new CountingWaiter[4];
            for (int t = 0; t < 4; t++) {
                AtomicBoolean in = new AtomicBoolean();
                inside[t] = in;
                waiters[t] = new CountingWaiter();
                waiters[t].onWake = () -> {
                    if (!in.get()) {
                        wokenOutside.incrementAndGet();
                    }
                };
            }
            raceClose(h, user -> {
                // "inside" spans the whole call: from before acquire to after release returned.
                inside[user].set(true);
                try {
                    h.acquire(waiters[user]);
                    h.release(waiters[user]);
                } finally {
                    inside[user].set(false);
                }
            });
            assertEquals(0, wokenOutside.get(), "round " + round);
            assertEquals(1, r.destroys.get(), "round " + round);
        }
    }

    /** makefile's references (Python's _io_refs): the socket's close waits for the last file, and the reverse. */
    @Test
    void theDescriptorClosesWhenTheSocketAndEveryFileAreClosed() {
        Recorder r = new Recorder();
        FdHandle h = new FdHandle(3, r);
        h.retainIo();
        h.retainIo();
        assertEquals(0, h.closeSocket());
        assertTrue(h.isSocketClosed());
        assertFalse(h.isClosed(), "a file is still open: the descriptor stays (R17)");
        assertEquals(3, h.fileno());
        assertEquals(0, h.releaseIo());
        assertEquals(0, r.destroys.get());
        assertEquals(0, h.releaseIo());
        assertTrue(h.isClosed());
        assertEquals(1, r.destroys.get());
        assertEquals(1, h.closeSocket(), "closing again is a no-op");

        FdHandle files = new FdHandle(4, r);
        files.retainIo();
        assertEquals(0, files.releaseIo());
        assertFalse(files.isClosed(), "closing a file does not close the socket");
        assertThrows(IllegalStateException.class, files::releaseIo);
        assertEquals(0, files.closeSocket());
        assertTrue(files.isClosed());
    }
}
