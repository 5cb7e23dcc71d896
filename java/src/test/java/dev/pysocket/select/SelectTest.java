package dev.pysocket.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BackendSockets;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** SelectTest: Python's select.select (docs/python-semantics.md §5) on both backends. */
@Timeout(30)
class SelectTest extends BackendTest {
    private static final List<Socket> NONE = List.of();

    @Test
    void returnsTheSameObjectsOncePerListing() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Socket a = p.first();
            Socket b = p.second();
            SelectResult<Socket> r = Select.select(List.of(a, a, b), List.of(a), NONE, 0.0);
            assertEquals(List.of(), r.r());
            assertEquals(1, r.w().size());
            assertSame(a, r.w().get(0));
            b.sendall(new byte[] {1});
            r = Select.select(List.of(a, a, b), NONE, List.of(a), 2.0);
            assertEquals(2, r.r().size());
            assertSame(a, r.r().get(0));
            assertSame(a, r.r().get(1));
            assertEquals(List.of(), r.x());
        }
    }

    @Test
    void peerCloseAndListenerAreReadable() throws Exception {
        try (SocketPair p = Sockets.socketpair(); Socket l = listener(); Socket c = Sockets.socket()) {
            closeNow(p.second());
            assertEquals(List.of(p.first()), Select.select(List.of(p.first()), NONE, NONE, 2.0).r());
            assertEquals(List.of(), Select.select(List.of(l), NONE, NONE, 0.0).r());
            c.connect(l.getsockname());
            assertEquals(List.of(l), Select.select(List.of(l), NONE, NONE, 2.0).r());
            l.accept().conn().close();
        }
    }

    @Test
    void timeoutsPassAsPython() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            long t0 = System.nanoTime();
            SelectResult<Socket> r = Select.select(List.of(p.first()), NONE, NONE, 0.2);
            assertAbout(0.2, secondsSince(t0));
            assertEquals(List.of(), r.r());
            t0 = System.nanoTime();
            assertEquals(List.of(), Select.select(NONE, NONE, NONE, 0.1).r());
            assertAbout(0.1, secondsSince(t0));
            t0 = System.nanoTime();
            Select.select(List.of(p.first()), NONE, NONE, 0.0);
            assertTrue(secondsSince(t0) < 0.1);
            p.second().sendall(new byte[] {1});
            assertEquals(List.of(p.first()), Select.select(List.of(p.first()), NONE, NONE, null).r());
        }
    }

    @Test
    void badArgumentsRaisePythonsErrors() throws Exception {
        try (SocketPair p = Sockets.socketpair(); Socket closed = Sockets.socket()) {
            List<Socket> one = List.of(p.first());
            assertMessage("timeout must be non-negative", () -> Select.select(one, NONE, NONE, -1.0));
            assertMessage("timeout must be non-negative", () -> Select.select(one, NONE, NONE, -1e-10));
            assertMessage("Invalid value NaN (not a number)", () -> Select.select(one, NONE, NONE, Double.NaN));
            assertMessage("timestamp out of range for platform time_t",
                    () -> Select.select(one, NONE, NONE, Double.POSITIVE_INFINITY));
            assertMessage("timestamp out of range for platform time_t", () -> Select.select(one, NONE, NONE, 1e20));
            closeNow(closed);
            assertMessage("file descriptor cannot be a negative integer (-1)",
                    () -> Select.select(NONE, List.of(closed), NONE, 0.0));
            // The timeout is checked before the sockets, as in CPython.
            assertMessage("timeout must be non-negative", () -> Select.select(List.of(closed), NONE, NONE, -1.0));
            assertThrows(NullPointerException.class, () -> Select.select(java.util.Arrays.asList((Socket) null),
                    NONE, NONE, 0.0));
        }
    }

    @Test
    void aSocketOfTheOtherBackendIsAClearError() throws Exception {
        String other = isNative() ? "jdk" : "native";
        try (SocketPair p = Sockets.socketpair();
                Socket foreign = BackendSockets.socket(other, Sockets.AF_INET, Sockets.SOCK_STREAM)) {
            OSError e = assertThrows(OSError.class,
                    () -> Select.select(List.of(p.first(), foreign), NONE, NONE, null));
            assertEquals(Errno.EOPNOTSUPP, e.errno());
            assertTrue(e.getMessage().contains("a " + other + "-backend socket in select()"), e.getMessage());
        }
    }

    @Test
    @Requires(Capability.DESCRIPTORS)
    void rawDescriptorsAndFdSetsize() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            int fd = p.first().fileno();
            SelectResult<Integer> r = Select.selectFds(List.of(fd), List.of(fd), List.of(), 0.0);
            assertEquals(List.of(), r.r());
            assertEquals(List.of(fd), r.w());
            assertMessage("filedescriptor out of range in select()",
                    () -> Select.selectFds(List.of(fd, Select.FD_SETSIZE), List.of(), List.of(), 0.0));
            assertMessage("file descriptor cannot be a negative integer (-1)",
                    () -> Select.selectFds(List.of(-1), List.of(), List.of(), 0.0));
        }
    }

    @Test
    void signalsDoNotCutTheTimeoutShort() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            Storms.Outcome<SelectResult<Socket>> o = Storms.underStorm(0.8,
                    () -> Select.select(List.of(p.first()), NONE, NONE, 0.5));
            assertEquals(List.of(), o.value().r());
            assertTrue(o.seconds() >= 0.5 && o.seconds() < 1.5, () -> "took " + o.seconds());
            assertTrue(o.signals() >= 50, () -> "only " + o.signals() + " signals");
        }
    }

    static void assertMessage(String message, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertEquals(message, e.getMessage());
    }
}
