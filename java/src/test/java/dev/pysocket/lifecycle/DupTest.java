package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdFlags;
import dev.pysocket.support.Requires;
import dev.pysocket.support.TcpPair;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 42; rules R1 and R16 (Socket.dup). */
class DupTest extends BackendTest {

    /** Scenario 42: a different fd, the same timeout, non-inheritable, bound after the original closes. */
    @Test
    @Requires({Capability.INHERITABLE, Capability.DESCRIPTORS})
    void dupGivesNewNonInheritableFdWithSameTimeoutThatOutlivesOriginal() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(loopback(0));
            s.settimeout(2.5);
            s.setInheritable(true); // dup is non-inheritable whatever the original is
            Address name = s.getsockname();
            try (Socket copy = s.dup()) {
                assertNotEquals(s.fileno(), copy.fileno());
                assertEquals(2.5, copy.gettimeout());
                assertFalse(copy.getInheritable());
                assertEquals(s.family(), copy.family());
                assertEquals(s.type(), copy.type());
                assertEquals(s.proto(), copy.proto());
                closeNow(s);
                assertEquals(name, copy.getsockname(), "still bound after the original is closed");
            }
        }
    }

    /** R1: the copy shares the open file description, so data sent through it reaches the peer. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void dupSharesTheConnection() throws Exception {
        try (TcpPair p = tcpPair()) {
            try (Socket copy = p.client().dup()) {
                copy.sendall(ascii("via copy"));
                p.server().settimeout(2.0);
                assertArrayEquals(ascii("via copy"), p.server().recv(100));
            }
            p.client().sendall(ascii("original"));
            assertArrayEquals(ascii("original"), p.server().recv(100));
        }
    }

    /** R16: dup() of a closed socket raises OSError 9 on every backend. */
    @Test
    void dupOfClosedSocketRaisesBadFileDescriptor() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertPlainOSError(Errno.EBADF, "[Errno 9] Bad file descriptor", s::dup);
    }

    /** R7/R16: the default timeout does not apply to a dup, which copies its original's. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void dupCopiesOwnTimeoutNotDefault() throws Exception {
        try (Socket s = Sockets.socket()) {
            Sockets.setdefaulttimeout(3.0);
            try (Socket copy = s.dup()) {
                assertEquals(null, copy.gettimeout());
                assertTrue(copy.getblocking());
                assertFalse(FdFlags.nonBlocking(copy.fileno()), "O_NONBLOCK stays off");
            }
        }
    }
}
