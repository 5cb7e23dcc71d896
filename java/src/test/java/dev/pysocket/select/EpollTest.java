package dev.pysocket.select;

import static dev.pysocket.select.SelectTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.FileExistsError;
import dev.pysocket.FileNotFoundError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdFlags;
import dev.pysocket.support.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** EpollTest: Python's select.epoll (docs/python-semantics.md §5); the jdk backend refuses it. */
@Timeout(30)
@Requires(Capability.EPOLL)
class EpollTest extends BackendTest {
    @Test
    void registrationsAndErrorsAsPython() throws Exception {
        try (Epoll ep = new Epoll(); SocketPair p = Sockets.socketpair(); Socket closed = Sockets.socket()) {
            assertTrue(FdFlags.closeOnExec(ep.fileno()));
            assertFalse(ep.closed());
            ep.register(p.first());
            assertEquals(List.of(new PollEvent(p.first().fileno(), Select.EPOLLOUT)), ep.poll(0.0));
            assertOSError(FileExistsError.class, Errno.EEXIST, "[Errno 17] File exists", () -> ep.register(p.first()));
            assertOSError(FileNotFoundError.class, Errno.ENOENT, "[Errno 2] No such file or directory",
                    () -> ep.modify(p.second(), Select.EPOLLIN));
            assertOSError(FileNotFoundError.class, Errno.ENOENT, "[Errno 2] No such file or directory",
                    () -> ep.unregister(p.second()));
            assertOSError(OSError.class, Errno.EINVAL, "[Errno 22] Invalid argument", () -> ep.register(p.second(), -1));
            closeNow(closed);
            assertMessage("file descriptor cannot be a negative integer (-1)", () -> ep.register(closed, 1));
            assertMessage("maxevents must be greater than 0, got 0", () -> ep.poll(0.0, 0));
            assertMessage("maxevents must be greater than 0, got -2", () -> ep.poll(0.0, -2));
            assertMessage("Invalid value NaN (not a number)", () -> ep.poll(Double.NaN, 0));
            assertMessage("timeout is too large", () -> ep.poll(3e6, 0));
            assertMessage("timestamp out of range for platform time_t", () -> ep.poll(Double.POSITIVE_INFINITY));
            assertMessage("negative sizehint", () -> new Epoll(0));
            OSError flags = assertThrows(OSError.class, () -> new Epoll(1, 5));
            assertEquals("invalid flags", flags.getMessage());
            ep.unregister(p.first());
            assertEquals(List.of(), ep.poll(0.0));
        }
    }

    @Test
    void edgeTriggeredOneShotExclusive() throws Exception {
        try (Epoll ep = new Epoll(); SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            ep.register(a, Select.EPOLLIN | Select.EPOLLET);
            p.second().send(new byte[] {1, 2});
            assertEquals(List.of(new PollEvent(a.fileno(), Select.EPOLLIN)), ep.poll(2.0));
            assertEquals(List.of(), ep.poll(0.0)); // the edge was reported once
            ep.register(p.second(), Select.EPOLLOUT | Select.EPOLLONESHOT);
            assertEquals(List.of(new PollEvent(p.second().fileno(), Select.EPOLLOUT)), ep.poll(0.0));
            assertEquals(List.of(), ep.poll(0.0));
            ep.modify(p.second(), Select.EPOLLOUT | Select.EPOLLONESHOT);
            assertEquals(1, ep.poll(0.0, 1).size());
            ep.unregister(p.second());
            ep.register(p.second(), Select.EPOLLIN | Select.EPOLLEXCLUSIVE);
            assertOSError(OSError.class, Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> ep.modify(p.second(), Select.EPOLLIN));
        }
    }

    @Test
    void peerCloseAndMaxevents() throws Exception {
        try (Epoll ep = new Epoll(); SocketPair p = Sockets.socketpair(); SocketPair q = Sockets.socketpair()) {
            long mask = Select.EPOLLIN | Select.EPOLLOUT | Select.EPOLLRDHUP;
            ep.register(p.first(), mask);
            ep.register(q.first(), mask);
            closeNow(p.second());
            List<PollEvent> one = ep.poll(0.0, 1);
            assertEquals(1, one.size());
            assertEquals(2, ep.poll(0.0, 2).size());
            assertEquals(2, ep.poll(0.0).size());
            for (PollEvent e : ep.poll(0.0)) {
                if (e.fd() == p.first().fileno()) {
                    assertEquals(8213, e.events());
                } else {
                    assertEquals(Select.EPOLLOUT, e.events());
                }
            }
        }
    }

    @Test
    void closedEpollAndCloseFromAnotherThread() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Epoll ep = new Epoll();
            ep.register(p.first(), Select.EPOLLIN);
            try (Async<List<PollEvent>> waiter = Async.start("epoll-waiter", () -> ep.poll(10.0))) {
                Thread.sleep(200);
                assertFalse(waiter.isDone());
                long t0 = System.nanoTime();
                ep.close();
                Throwable t = waiter.failure(Duration.ofSeconds(5));
                assertTrue(secondsSince(t0) < 2.0);
                assertTrue(t instanceof IllegalArgumentException, () -> "the woken poll raised " + t);
                assertEquals("I/O operation on closed epoll object", t.getMessage());
            }
            assertTrue(ep.closed());
            ep.close();
            assertMessage("I/O operation on closed epoll object", ep::fileno);
            assertMessage("I/O operation on closed epoll object", () -> ep.register(p.second()));
            assertMessage("I/O operation on closed epoll object", () -> ep.poll(0.0));
            assertMessage("file descriptor cannot be a negative integer (-1)", () -> ep.register(-1));
        }
    }

    @Test
    void fromfdWrapsTheDescriptorItself() throws Exception {
        try (Epoll ep = new Epoll(); SocketPair p = Sockets.socketpair(); SocketPair carrier = Sockets.socketpair()) {
            int copy = unownedCopy(ep.fileno(), carrier); // a second descriptor of the same epoll
            Epoll other = Epoll.fromfd(copy);
            try {
                assertEquals(copy, other.fileno()); // not duplicated
                assertFalse(other.closed());
                assertEquals("<select.epoll object>", other.toString());
                ep.register(p.first(), Select.EPOLLIN); // one kernel object: the copy sees it
                p.second().send(new byte[] {7});
                assertEquals(List.of(new PollEvent(p.first().fileno(), Select.EPOLLIN)), other.poll(2.0));
                assertOSError(FileExistsError.class, Errno.EEXIST, "[Errno 17] File exists",
                        () -> other.register(p.first()));
            } finally {
                other.close();
            }
            assertTrue(other.closed());
            assertFalse(Files.exists(Path.of("/proc/self/fd/" + copy)), "close() closes the wrapped descriptor");
            other.close(); // idempotent, quiet
            assertMessage("I/O operation on closed epoll object", other::fileno);
            assertEquals(List.of(new PollEvent(p.first().fileno(), Select.EPOLLIN)), ep.poll(0.0));
        }
    }

    @Test
    void fromfdOfWhatIsNoEpollAsPython() throws Exception {
        try (SocketPair carrier = Sockets.socketpair(); SocketPair p = Sockets.socketpair()) {
            assertPlainOSError(0, "[Errno 0] Error", () -> Epoll.fromfd(-2)); // below -1: CPython's errno 0
            try (Epoll fresh = Epoll.fromfd(-1)) { // -1: a new epoll, as select.epoll()
                assertTrue(FdFlags.closeOnExec(fresh.fileno()));
                fresh.register(p.first(), Select.EPOLLOUT);
                assertEquals(List.of(new PollEvent(p.first().fileno(), Select.EPOLLOUT)), fresh.poll(0.0));
            }
            Epoll none = Epoll.fromfd(Integer.MAX_VALUE); // never an open descriptor
            assertEquals(Integer.MAX_VALUE, none.fileno());
            assertOSError(OSError.class, Errno.EBADF, "[Errno 9] Bad file descriptor", () -> none.poll(0.0));
            assertOSError(OSError.class, Errno.EBADF, "[Errno 9] Bad file descriptor", () -> none.register(p.first()));
            none.close(); // close(2) fails with EBADF; CPython's close does not raise it
            assertTrue(none.closed());
            int socketCopy = unownedCopy(p.second().fileno(), carrier);
            try (Epoll notEpoll = Epoll.fromfd(socketCopy)) {
                assertOSError(OSError.class, Errno.EINVAL, "[Errno 22] Invalid argument", () -> notEpoll.poll(0.0));
                assertOSError(OSError.class, Errno.EINVAL, "[Errno 22] Invalid argument",
                        () -> notEpoll.register(p.first()));
            }
            assertFalse(Files.exists(Path.of("/proc/self/fd/" + socketCopy)));
            assertTrue(FdFlags.isSocket(p.second().fileno()), "the socket's own descriptor stays open");
        }
    }

    /** unownedCopy: a new descriptor of fd's file that no pysocket object owns (through SCM_RIGHTS). */
    private static int unownedCopy(int fd, SocketPair carrier) throws OSError {
        carrier.first().sendFds(List.of(new byte[] {0}), new int[] {fd});
        int[] got = carrier.second().recvFds(1, 1).fds();
        assertEquals(1, got.length);
        return got[0];
    }

    @Test
    void signalsDoNotCutTheTimeoutShort() throws Exception {
        try (Epoll ep = new Epoll(); SocketPair p = Sockets.socketpair()) {
            ep.register(p.first(), Select.EPOLLIN);
            Storms.Outcome<List<PollEvent>> o = Storms.underStorm(0.8, () -> ep.poll(0.5));
            assertEquals(List.of(), o.value());
            assertTrue(o.seconds() >= 0.5 && o.seconds() < 1.5, () -> "took " + o.seconds());
            assertTrue(o.signals() >= 50, () -> "only " + o.signals() + " signals");
        }
    }
}
