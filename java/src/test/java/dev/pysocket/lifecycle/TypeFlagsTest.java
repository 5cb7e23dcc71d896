package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_CLOEXEC;
import static dev.pysocket.Sockets.SOCK_NONBLOCK;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.BlockingIOError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdFlags;
import org.junit.jupiter.api.Test;

/** Rules R7 and R16: SOCK_NONBLOCK and SOCK_CLOEXEC in socket()'s type. */
class TypeFlagsTest extends BackendTest {

    /** R7: SOCK_NONBLOCK wins over a default timeout: 0.0, and the descriptor is O_NONBLOCK. */
    @Test
    void sockNonblockOverridesDefaultTimeout() throws Exception {
        Sockets.setdefaulttimeout(2.5);
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK)) {
            assertEquals(0.0, s.gettimeout());
            assertFalse(s.getblocking());
            assertEquals(SOCK_STREAM, s.type());
            if (has(Capability.DESCRIPTORS)) { // only a real descriptor has flags to read
                assertTrue(FdFlags.nonBlocking(s.fileno()));
            }
        }
    }

    /** R7: a SOCK_NONBLOCK socket behaves non-blocking: accept with no client raises BlockingIOError 11. */
    @Test
    void sockNonblockListenerAcceptRaisesBlockingIOError() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK)) {
            s.bind(loopback(0));
            s.listen();
            assertOSError(BlockingIOError.class, 11, "[Errno 11] Resource temporarily unavailable", s::accept);
        }
    }

    /** R16: SOCK_CLOEXEC changes nothing visible: new sockets are close-on-exec anyway; the default timeout applies. */
    @Test
    void sockCloexecKeepsDefaultTimeoutAndPlainType() throws Exception {
        Sockets.setdefaulttimeout(2.5);
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK)) {
            assertEquals(SOCK_STREAM, s.type());
            assertFalse(s.getInheritable());
            if (has(Capability.DESCRIPTORS)) { // only a real descriptor has flags to read
                assertTrue(FdFlags.closeOnExec(s.fileno()));
            }
        }
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC)) {
            assertEquals(2.5, s.gettimeout());
            assertEquals(SOCK_STREAM, s.type());
        }
    }
}
