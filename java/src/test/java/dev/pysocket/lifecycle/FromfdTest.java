package dev.pysocket.lifecycle;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdLeakCheck;
import dev.pysocket.support.OpenFile;
import dev.pysocket.support.Requires;
import dev.pysocket.support.TcpPair;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conformance section 4, scenarios 43 and 44; rule R16 (fromfd, socket(fileno=) errors). */
class FromfdTest extends BackendTest {
    private static final String EBADF = "[Errno 9] Bad file descriptor";
    private static final String ENOTSOCK = "[Errno 88] Socket operation on non-socket";

    @TempDir
    Path dir;

    /** Scenario 43: the copy sends; the original still works after the copy is closed. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void fromfdCopySendsAndOriginalWorksAfterCopyCloses() throws Exception {
        try (TcpPair p = tcpPair()) {
            p.server().settimeout(2.0);
            try (Socket copy = Sockets.fromfd(p.client().fileno(), AF_INET, SOCK_STREAM)) {
                assertNotEquals(p.client().fileno(), copy.fileno(), "fromfd duplicates");
                assertFalse(copy.getInheritable());
                copy.sendall(ascii("copy"));
                assertArrayEquals(ascii("copy"), p.server().recv(100));
            }
            p.client().sendall(ascii("original"));
            assertArrayEquals(ascii("original"), p.server().recv(100));
        }
    }

    /** Scenario 43: a wrong family is accepted as given (fromfd trusts family and type). */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void fromfdAcceptsWrongFamilyAsGiven() throws Exception {
        try (Socket s = Sockets.socket()) {
            try (Socket copy = Sockets.fromfd(s.fileno(), AF_UNIX, SOCK_STREAM)) {
                assertEquals(AF_UNIX, copy.family());
                assertEquals(SOCK_STREAM, copy.type());
                assertEquals(0, copy.proto());
            }
        }
    }

    /** Scenario 44: socket(fileno=-1) is ValueError "negative file descriptor" on every backend. */
    @Test
    void socketWithNegativeFilenoRaisesNegativeFileDescriptor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.socket(-1, -1, -1, -1));
        assertEquals("negative file descriptor", e.getMessage());
    }

    /** Scenario 44: socket(fileno=9999) gives OSError 9. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithUnusedFilenoRaisesBadFileDescriptor9() throws Exception {
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.socket(-1, -1, -1, 9999));
    }

    /** Scenario 44: socket(fileno=regular file) gives OSError 88, and the file stays open. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void socketWithRegularFileFilenoRaisesNotASocket88() throws Exception {
        try (OpenFile f = OpenFile.open(dir.resolve("plain"))) {
            assertPlainOSError(Errno.ENOTSOCK, ENOTSOCK, () -> Sockets.socket(-1, -1, -1, f.fd()));
            assertEquals(true, FdLeakCheck.openFds().containsKey(f.fd()), "the descriptor is not closed");
        }
    }

    /** Section 3: fromfd(regular file) gives OSError 88 without leaking its duplicate. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void fromfdOfRegularFileRaisesNotASocket88WithoutLeak() throws Exception {
        try (OpenFile f = OpenFile.open(dir.resolve("plain"))) {
            int before = FdLeakCheck.referring(f.fd());
            assertPlainOSError(Errno.ENOTSOCK, ENOTSOCK, () -> Sockets.fromfd(f.fd(), AF_INET, SOCK_STREAM));
            assertEquals(before, FdLeakCheck.referring(f.fd()), "the duplicate was closed again");
        }
    }

    /** Section 3: fromfd(9999) gives OSError 9. */
    @Test
    @Requires(Capability.DESCRIPTORS)
    void fromfdOfUnusedDescriptorRaisesBadFileDescriptor9() throws Exception {
        assertPlainOSError(Errno.EBADF, EBADF, () -> Sockets.fromfd(9999, AF_INET, SOCK_STREAM));
    }
}
