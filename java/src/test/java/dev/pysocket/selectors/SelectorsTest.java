package dev.pysocket.selectors;

import static dev.pysocket.selectors.BaseSelector.EVENT_READ;
import static dev.pysocket.selectors.BaseSelector.EVENT_WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.pysocket.support.TcpPair;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;

/** SelectorsTest: Python's selectors rows (docs/python-semantics.md §5) on every selector of each backend. */
@Timeout(60)
class SelectorsTest extends BackendTest {
    @Test
    void epollSelectorIsNativeOnly() throws Exception {
        if (isNative()) {
            try (EpollSelector s = new EpollSelector()) {
                assertTrue(s.fileno() >= 0);
            }
        } else {
            assertUnsupported(Capability.EPOLL, EpollSelector::new);
        }
    }

    @Test
    void registerModifyUnregisterWithPythonsMessages() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open(); SocketPair p = Sockets.socketpair(); Socket closed = Sockets.socket()) {
                Socket a = p.first();
                Socket b = p.second();
                assertMessage(kind, "Invalid events: 0", () -> s.register(a, 0));
                assertMessage(kind, "Invalid events: 4", () -> s.register(a, 4));
                assertMessage(kind, "Invalid events: -1", () -> s.register(a, -1));
                assertThrows(NullPointerException.class, () -> s.register(null, EVENT_READ));
                SelectorKey key = s.register(a, EVENT_READ, "d");
                assertEquals(new SelectorKey(a, a.fileno(), EVENT_READ, "d"), key);
                assertMessage(kind, a + " (FD " + a.fileno() + ") is already registered",
                        () -> s.register(a, EVENT_WRITE));
                assertNotRegistered(kind, b, () -> s.modify(b, EVENT_READ));
                assertNotRegistered(kind, b, () -> s.unregister(b));
                assertNotRegistered(kind, b, () -> s.getKey(b));
                assertMessage(kind, "Invalid events: 0", () -> s.modify(a, 0));
                assertSame(key, s.getKey(a), kind + ": a refused modify keeps the key");
                SelectorKey dataOnly = s.modify(a, EVENT_READ, "e");
                assertEquals(new SelectorKey(a, a.fileno(), EVENT_READ, "e"), dataOnly);
                assertEquals(dataOnly, s.getKey(a));
                Map<Integer, SelectorKey> map = s.getMap();
                assertEquals(Map.of(a.fileno(), dataOnly), map);
                assertThrows(UnsupportedOperationException.class, () -> map.remove(a.fileno()));
                closeNow(closed);
                assertMessage(kind, "Invalid file descriptor: -1", () -> s.register(closed, EVENT_READ));
                assertMessage(kind, "Invalid file descriptor: -1", () -> s.modify(closed, EVENT_READ));
                assertMessage(kind, "Invalid file descriptor: -1", () -> s.unregister(closed));
                assertMessage(kind, "Invalid file descriptor: -1", () -> s.getKey(closed));
                SelectorKey both = s.modify(a, EVENT_READ | EVENT_WRITE);
                assertEquals(List.of(new SelectorKey.Ready(both, EVENT_WRITE)), s.select(0.0), kind.name());
                assertEquals(1, map.size(), "getMap is a live view");
                assertEquals(both, s.unregister(a));
                assertEquals(Map.of(), map);
                assertEquals(List.of(), s.select(0.0));
            }
        }
    }

    @Test
    void unregisterAfterTheSocketWasClosed() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open(); SocketPair p = Sockets.socketpair()) {
                SelectorKey key = s.register(p.first(), EVENT_READ, 7);
                int fd = p.first().fileno();
                closeNow(p.first());
                assertEquals(key, s.getKey(p.first()), kind + ": the lookup falls back to identity");
                assertEquals(key, s.unregister(p.first()));
                assertEquals(fd, key.fd());
                assertMessage(kind, "Invalid file descriptor: -1", () -> s.unregister(p.first()));
                assertEquals(List.of(), s.select(0.0));
            }
        }
    }

    @Test
    void readinessMaskedByTheKeysEventsAndHangupAsBoth() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open(); SocketPair p = Sockets.socketpair(); Socket fresh = Sockets.socket()) {
                SelectorKey a = s.register(p.first(), EVENT_READ | EVENT_WRITE);
                assertEquals(List.of(new SelectorKey.Ready(a, EVENT_WRITE)), s.select(0.0));
                p.second().sendall(new byte[] {1});
                assertEquals(List.of(new SelectorKey.Ready(a, EVENT_READ | EVENT_WRITE)), s.select(2.0));
                SelectorKey readOnly = s.modify(p.first(), EVENT_READ, "r");
                assertEquals(List.of(new SelectorKey.Ready(readOnly, EVENT_READ)), s.select(2.0));
                s.unregister(p.first());
                // A fresh TCP socket polls as POLLOUT|POLLHUP: the hangup reports READ|WRITE, masked to READ.
                SelectorKey f = s.register(fresh, EVENT_READ);
                assertEquals(List.of(new SelectorKey.Ready(f, EVENT_READ)), s.select(2.0), kind.name());
            }
        }
    }

    @Test
    void timeoutsAsPython() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open(); SocketPair p = Sockets.socketpair()) {
                s.register(p.first(), EVENT_READ);
                long t0 = System.nanoTime();
                assertEquals(List.of(), s.select(0.0));
                assertEquals(List.of(), s.select(-1.0), "a negative timeout only looks");
                assertEquals(List.of(), s.select(Double.NEGATIVE_INFINITY));
                assertEquals(List.of(), s.select(1e-9), "rounded up to 1 ms, not 0 (which would spin)");
                assertTrue(secondsSince(t0) < 0.5);
                t0 = System.nanoTime();
                assertEquals(List.of(), s.select(0.2));
                assertAbout(0.2, secondsSince(t0));
                if (kind == Kinds.SELECT) {
                    assertMessage(kind, "Invalid value NaN (not a number)", () -> s.select(Double.NaN));
                    assertMessage(kind, "timestamp out of range for platform time_t",
                            () -> s.select(Double.POSITIVE_INFINITY));
                } else {
                    assertMessage(kind, "cannot convert float NaN to integer", () -> s.select(Double.NaN));
                    assertMessage(kind, "cannot convert float infinity to integer",
                            () -> s.select(Double.POSITIVE_INFINITY));
                }
            }
        }
    }

    @Test
    void closedSelector() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (SocketPair p = Sockets.socketpair()) {
                BaseSelector s = kind.open();
                s.register(p.first(), EVENT_READ);
                s.close();
                s.close();
                assertNull(s.getMap());
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.getKey(p.first()));
                assertEquals("Selector is closed", e.getMessage());
                assertNotRegistered(kind, p.first(), () -> s.unregister(p.first()));
                if (kind.closedError() != null) {
                    assertMessage(kind, kind.closedError(), () -> s.select(0.0));
                    assertMessage(kind, kind.closedError(), () -> s.register(p.second(), EVENT_READ));
                } else {
                    assertEquals(List.of(), s.select(0.0));
                }
            }
        }
    }

    @Test
    void blockingSocketsCanBeRegistered() throws Exception {
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open(); TcpPair p = tcpPair()) {
                assertTrue(p.client().getblocking());
                SelectorKey key = s.register(p.server(), EVENT_READ, "blocking");
                p.client().sendall(new byte[] {42});
                assertEquals(List.of(new SelectorKey.Ready(key, EVENT_READ)), s.select(5.0));
                assertEquals(1, p.server().recv(10).length, "the socket stays blocking and reads");
                assertTrue(p.server().getblocking());
            }
        }
    }

    @Test
    void aSocketOfTheOtherBackendIsAClearError() throws Exception {
        String other = isNative() ? "jdk" : "native";
        for (Kinds kind : Kinds.on(isNative())) {
            try (BaseSelector s = kind.open();
                    Socket foreign = BackendSockets.socket(other, Sockets.AF_INET, Sockets.SOCK_STREAM)) {
                OSError e = assertThrows(OSError.class, () -> s.register(foreign, EVENT_READ));
                assertEquals(Errno.EOPNOTSUPP, e.errno(), e::toString);
                assertTrue(e.getMessage().contains(other), e::getMessage);
                assertEquals(Map.of(), s.getMap(), "the refused socket is not left registered");
                assertEquals(List.of(), s.select(0.0));
            }
        }
    }

    private static void assertMessage(Kinds kind, String message, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, kind.name());
        assertEquals(message, e.getMessage(), kind.name());
    }

    private static void assertNotRegistered(Kinds kind, Socket s, Executable call) {
        NoSuchElementException e = assertThrows(NoSuchElementException.class, call, kind.name());
        assertEquals(s + " is not registered", e.getMessage(), kind.name());
    }
}
