package dev.pysocket.select;

import static dev.pysocket.select.SelectTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BackendSockets;
import dev.pysocket.Errno;
import dev.pysocket.FileNotFoundError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PollTest: Python's select.poll (docs/python-semantics.md §5) on both backends. */
@Timeout(30)
class PollTest extends BackendTest {
    @Test
    void masksAndReadinessAsLinuxReportsThem() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            Poll poll = new Poll();
            poll.register(a);
            assertEquals(List.of(new PollEvent(a.fileno(), Select.POLLOUT)), poll.poll(0));
            p.second().send(new byte[] {1});
            assertEquals(List.of(new PollEvent(a.fileno(), Select.POLLIN | Select.POLLOUT)), poll.poll(2000));
            poll.modify(a, 0);
            assertEquals(List.of(), poll.poll(0));
            poll.modify(a.fileno(), Select.POLLIN);
            assertEquals(List.of(new PollEvent(a.fileno(), Select.POLLIN)), poll.poll((Integer) null));
            closeNow(p.second());
            poll.modify(a, Select.POLLIN | Select.POLLPRI | Select.POLLOUT);
            int hup = isNative() ? Select.POLLHUP : 0; // the jdk backend sees the peer's close as POLLIN only
            assertEquals(List.of(new PollEvent(a.fileno(), Select.POLLIN | Select.POLLOUT | hup)), poll.poll(0));
            int fd = a.fileno();
            closeNow(a);
            assertEquals(List.of(new PollEvent(fd, Select.POLLNVAL)), poll.poll(0));
            poll.unregister(fd);
            assertEquals(List.of(), poll.poll(0));
        }
    }

    @Test
    void freshSocketAndListener() throws Exception {
        try (Socket fresh = Sockets.socket(); Socket l = listener(); Socket c = Sockets.socket()) {
            Poll poll = new Poll();
            poll.register(fresh, Select.POLLIN | Select.POLLOUT);
            poll.register(l, Select.POLLIN);
            assertEquals(List.of(new PollEvent(fresh.fileno(), Select.POLLOUT | Select.POLLHUP)), poll.poll(0));
            poll.unregister(fresh);
            c.connect(l.getsockname());
            assertEquals(List.of(new PollEvent(l.fileno(), Select.POLLIN)), poll.poll(2000));
            l.accept().conn().close();
        }
    }

    @Test
    void timeoutsInMilliseconds() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Poll poll = new Poll();
            poll.register(p.first(), Select.POLLIN);
            long t0 = System.nanoTime();
            assertEquals(List.of(), poll.poll(150));
            assertAbout(0.15, secondsSince(t0));
            t0 = System.nanoTime();
            assertEquals(List.of(), poll.poll(0.2)); // rounds up to 1 ms
            assertTrue(secondsSince(t0) < 0.1);
            p.second().send(new byte[] {1});
            assertEquals(1, poll.poll(-1).size());
            assertEquals(1, poll.poll(-0.5).size());
            assertMessage("Invalid value NaN (not a number)", () -> poll.poll(Double.NaN));
            assertMessage("timestamp out of range for platform time_t", () -> poll.poll(Double.POSITIVE_INFINITY));
            assertMessage("timeout is too large", () -> poll.poll(2147483648.0));
            assertMessage("timeout is too large", () -> poll.poll(-2147483649.0));
        }
    }

    @Test
    void errorsAsPython() throws Exception {
        try (SocketPair p = Sockets.socketpair(); Socket closed = Sockets.socket()) {
            Poll poll = new Poll();
            closeNow(closed);
            assertMessage("file descriptor cannot be a negative integer (-1)", () -> poll.register(closed));
            assertMessage("file descriptor cannot be a negative integer (-1)", () -> poll.register(closed, -1));
            assertMessage("value must be positive", () -> poll.register(p.first(), -1));
            assertMessage("Python int too large for C unsigned short", () -> poll.register(p.first(), 65536));
            assertMessage("file descriptor cannot be a negative integer (-1)", () -> poll.unregister(-1));
            assertOSError(FileNotFoundError.class, Errno.ENOENT, "[Errno 2] No such file or directory",
                    () -> poll.modify(p.second(), Select.POLLIN));
            assertMessage("value must be positive", () -> poll.modify(p.second(), -1));
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> poll.unregister(p.second()));
            assertEquals(Integer.toString(p.second().fileno()), e.getMessage());
            poll.register(p.first(), 65535);
        }
    }

    @Test
    void aSocketOfTheOtherBackendIsAClearError() throws Exception {
        String other = isNative() ? "jdk" : "native";
        try (Socket foreign = BackendSockets.socket(other, Sockets.AF_INET, Sockets.SOCK_STREAM)) {
            Poll poll = new Poll();
            OSError e = assertThrows(OSError.class, () -> poll.register(foreign));
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertTrue(e.getMessage().contains("a " + other + "-backend socket in select.poll() is not available on the "
                    + backend + " backend"), e.getMessage());
        }
    }

    @Test
    void signalsDoNotCutTheTimeoutShort() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Poll poll = new Poll();
            poll.register(p.first(), Select.POLLIN);
            Storms.Outcome<List<PollEvent>> o = Storms.underStorm(0.8, () -> poll.poll(500));
            assertEquals(List.of(), o.value());
            assertTrue(o.seconds() >= 0.5 && o.seconds() < 1.5, () -> "took " + o.seconds());
            assertTrue(o.signals() >= 50, () -> "only " + o.signals() + " signals");
        }
    }
}
