package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdFlags;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 41; rule R16 (detach, socket(fileno=)). */
class DetachTest extends BackendTest {
    private static final String EBADF = "[Errno 9] Bad file descriptor";

    /** Scenario 41: detach returns the old fileno, closes the object, and leaves the fd open. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void detachReturnsOldFilenoAndLeavesDescriptorOpen() throws Exception {
        try (Socket s = Sockets.socket()) {
            int fd = s.fileno();
            int detached;
            try {
                detached = s.detach();
            } catch (OSError refused) {
                assertTrue(s.fileno() >= 0, "a refused detach leaves the socket open");
                throw refused;
            }
            try {
                assertEquals(fd, detached);
                assertEquals(-1, s.fileno());
                assertTrue(FdFlags.isSocket(fd), "the descriptor is still an open socket");
                assertTrue(s.toString().contains("[closed] fd=-1"), s::toString);
            } finally {
                Sockets.close(detached);
            }
        }
    }

    /** R16: every descriptor call on a detached socket raises OSError 9; close is a no-op. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void detachedSocketRaisesBadFileDescriptorAndCloseIsNoOp() throws Exception {
        try (Socket s = Sockets.socket()) {
            int fd = s.detach();
            try {
                assertPlainOSError(Errno.EBADF, EBADF, () -> s.getsockname());
                assertPlainOSError(Errno.EBADF, EBADF, () -> s.send(new byte[0]));
                closeNow(s);
                assertTrue(FdFlags.isSocket(fd), "close() after detach() does not close the descriptor");
            } finally {
                Sockets.close(fd);
            }
        }
    }

    /** R16: detach() of a closed socket returns -1 (on every backend). */
    @Test
    void detachOfClosedSocketReturnsMinusOne() throws Exception {
        Socket s = Sockets.socket();
        s.close();
        assertEquals(-1, s.detach());
    }

    /** Scenario 41: socket(fileno=fd) re-wraps with the same address and detects family/type/proto. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithFilenoRewrapsDetachedDescriptorAndDetectsFamilyTypeProto() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.bind(loopback(0));
            var name = s.getsockname();
            int fd = s.detach();
            try (Socket again = Sockets.socket(-1, -1, -1, fd)) {
                assertEquals(fd, again.fileno(), "wrapped without dup");
                assertEquals(name, again.getsockname());
                assertEquals(AF_INET, again.family());
                assertEquals(SOCK_STREAM, again.type());
                assertEquals(IPPROTO_TCP, again.proto(), "SO_PROTOCOL reads 6 for TCP (R16)");
            }
        }
    }

    /** R16/sock_initobj: values other than -1 are trusted as given, not checked. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithFilenoTrustsExplicitFamilyTypeProto() throws Exception {
        try (Socket s = Sockets.socket()) {
            int fd = s.detach();
            try (Socket again = Sockets.socket(Sockets.AF_INET6, SOCK_STREAM, 0, fd)) {
                assertEquals(Sockets.AF_INET6, again.family());
                assertEquals(0, again.proto());
            }
        }
    }

    /** R7/R16: the wrapped socket takes the default timeout, whatever O_NONBLOCK the fd had. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithFilenoTakesDefaultTimeoutNotDescriptorMode() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.settimeout(0.0);
            int fd = s.detach();
            try (Socket blocking = Sockets.socket(-1, -1, -1, fd)) {
                assertEquals(null, blocking.gettimeout());
                assertTrue(blocking.getblocking());
                Sockets.setdefaulttimeout(2.5);
                int fd2 = blocking.detach();
                try (Socket timed = Sockets.socket(-1, -1, -1, fd2)) {
                    assertEquals(2.5, timed.gettimeout());
                }
            }
        }
    }

    /** R7: SOCK_NONBLOCK in the type of socket(fileno=) gives timeout 0.0 and a plain type. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithFilenoAndSockNonblockTypeIsNonBlocking() throws Exception {
        try (Socket original = Sockets.socket()) {
            int fd = original.detach();
            try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | Sockets.SOCK_NONBLOCK, 0, fd)) {
                assertEquals(0.0, s.gettimeout());
                assertEquals(SOCK_STREAM, s.type());
            }
        }
    }
}
