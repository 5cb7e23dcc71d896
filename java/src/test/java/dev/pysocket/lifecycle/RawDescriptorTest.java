package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/** Rule R16 and section 3: the module functions socket.close(fd) and socket.dup(fd). */
class RawDescriptorTest extends BackendTest {
    private static final String EBADF = "[Errno 9] Bad file descriptor";

    /** Section 3: socket.close(9999) gives OSError 9, and so does close(-1). */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void closeOfUnusedDescriptorRaisesBadFileDescriptor9() throws Exception {
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.close(9999));
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.close(-1));
    }

    /** Section 3: socket.dup(9999) gives OSError 9, and so does dup(-1). */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void dupOfUnusedDescriptorRaisesBadFileDescriptor9() throws Exception {
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.dup(9999));
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.dup(-1));
    }

    /** R16: socket.dup(fd) returns a new non-inheritable descriptor on the same socket. */
    @Test
    @Requires({Capability.INHERITABLE, Capability.DESCRIPTORS})
    void dupOfDescriptorIsNewAndNonInheritable() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setInheritable(true);
            int copy = Sockets.dup(s.fileno());
            try {
                assertNotEquals(s.fileno(), copy);
                assertTrue(FdFlags.isSocket(copy));
                assertTrue(FdFlags.closeOnExec(copy), "socket.dup is non-inheritable");
            } finally {
                Sockets.close(copy);
            }
            assertTrue(s.fileno() >= 0, "closing the copy leaves the original open");
            assertTrue(s.getInheritable(), "the original keeps its own flag");
        }
    }

    /**
     * R16: a descriptor closed underneath with socket.close(fd) makes close() raise OSError 9
     * once; fileno() is -1 anyway and a second close() is a no-op.
     */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void closeAfterDescriptorClosedUnderneathRaisesNineOnceAndFilenoIsMinusOne() throws Exception {
        Socket s = Sockets.socket();
        try {
            Sockets.close(s.fileno());
        } catch (OSError refused) {
            s.close(); // the socket still owns its descriptor
            throw refused;
        }
        // Nothing may open a descriptor here: its number would be reused, and closed by s.close().
        assertPlainOSError(Errno.EBADF, EBADF, s::close);
        assertEquals(-1, s.fileno());
        s.close();
    }
}
