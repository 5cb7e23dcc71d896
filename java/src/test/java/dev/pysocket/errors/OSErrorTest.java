package dev.pysocket.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pysocket.BlockingIOError;
import dev.pysocket.BrokenPipeError;
import dev.pysocket.ConnectionAbortedError;
import dev.pysocket.ConnectionError;
import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Errno;
import dev.pysocket.FileNotFoundError;
import dev.pysocket.InterruptedError;
import dev.pysocket.OSError;
import dev.pysocket.PermissionError;
import dev.pysocket.TimeoutError;
import dev.pysocket.support.BackendTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Conformance 1.3 and R9: the errno → class table, messages, and the Errno constants. */
class OSErrorTest extends BackendTest {

    private static void assertBuilds(Class<? extends OSError> type, int errno, String strerror) {
        OSError e = OSError.of(errno, strerror);
        assertEquals(type, e.getClass(), () -> "OSError.of(" + errno + ", ...)");
        assertEquals(errno, e.errno());
        assertEquals(strerror, e.strerror());
        assertEquals("[Errno " + errno + "] " + strerror, e.getMessage());
    }

    @Test
    void ofBuildsPythonsSubclassForEachErrno() {
        assertBuilds(ConnectionRefusedError.class, 111, "Connection refused");
        assertBuilds(ConnectionResetError.class, 104, "Connection reset by peer");
        assertBuilds(ConnectionAbortedError.class, 103, "Software caused connection abort");
        assertBuilds(BrokenPipeError.class, 32, "Broken pipe");
        assertBuilds(BrokenPipeError.class, 108, "Cannot send after transport endpoint shutdown");
        assertBuilds(BlockingIOError.class, 11, "Resource temporarily unavailable");
        assertBuilds(BlockingIOError.class, 114, "Operation already in progress");
        assertBuilds(BlockingIOError.class, 115, "Operation now in progress");
        assertBuilds(InterruptedError.class, 4, "Interrupted system call");
        assertBuilds(FileNotFoundError.class, 2, "No such file or directory");
        assertBuilds(PermissionError.class, 1, "Operation not permitted");
        assertBuilds(PermissionError.class, 13, "Permission denied");
    }

    /** Conformance 1.3 / gap 1: ETIMEDOUT maps to TimeoutError with errno 110. */
    @Test
    void ofEtimedoutBuildsTimeoutErrorWithErrno110() {
        assertBuilds(TimeoutError.class, 110, "Connection timed out");
    }

    /** Conformance 1.3: every other errno is a plain OSError. */
    @Test
    void ofOtherErrnosBuildsPlainOSError() {
        for (int errno : new int[] {98, 99, 107, 106, 9, 22, 88, 97, 95, 90, 101, 113, 89, 93, 94, 92, 14, 105, 24, 6}) {
            OSError e = OSError.of(errno, "x");
            assertEquals(OSError.class, e.getClass(), () -> "errno " + errno);
            assertEquals("[Errno " + errno + "] x", e.getMessage());
        }
    }

    /** OSError.of(111, 'x') is a ConnectionRefusedError whose str is "[Errno 111] x". */
    @Test
    void ofKeepsTheGivenMessage() {
        OSError e = OSError.of(111, "x");
        assertInstanceOf(ConnectionRefusedError.class, e);
        assertEquals("[Errno 111] x", e.getMessage());
    }

    @Test
    void ofWithoutMessageUsesPlatformStrerror() {
        assertEquals("[Errno 111] Connection refused", OSError.of(111).getMessage());
        assertEquals("[Errno 9] Bad file descriptor", OSError.of(9).getMessage());
        assertEquals("[Errno 98] Address already in use", OSError.of(98).getMessage());
    }

    @Test
    void hierarchyMatchesPython() {
        assertInstanceOf(IOException.class, OSError.of(9, "x"));
        for (int errno : new int[] {32, 103, 104, 111}) {
            assertInstanceOf(ConnectionError.class, OSError.of(errno, "x"));
        }
        assertInstanceOf(OSError.class, new TimeoutError());
        assertInstanceOf(OSError.class, OSError.of(11, "x"));
    }

    /** R9 / 1.3: the socket-timeout TimeoutError has no errno and prints bare. */
    @Test
    void socketTimeoutErrorHasNoErrnoAndBareMessage() {
        TimeoutError e = new TimeoutError();
        assertEquals(0, e.errno());
        assertEquals("timed out", e.getMessage());
    }

    /** Conformance 1.3: errors without an errno print as the bare message. */
    @Test
    void errorWithoutErrnoPrintsBareMessage() {
        OSError e = new OSError("getsockopt buflen out of range");
        assertEquals(0, e.errno());
        assertEquals("getsockopt buflen out of range", e.getMessage());
        assertEquals(OSError.class, e.getClass());
    }

    @Test
    void errnoConstantsHoldLinuxValues() {
        assertEquals(1, Errno.EPERM);
        assertEquals(2, Errno.ENOENT);
        assertEquals(4, Errno.EINTR);
        assertEquals(9, Errno.EBADF);
        assertEquals(11, Errno.EAGAIN);
        assertEquals(11, Errno.EWOULDBLOCK);
        assertEquals(13, Errno.EACCES);
        assertEquals(22, Errno.EINVAL);
        assertEquals(32, Errno.EPIPE);
        assertEquals(92, Errno.ENOPROTOOPT);
        assertEquals(93, Errno.EPROTONOSUPPORT);
        assertEquals(94, Errno.ESOCKTNOSUPPORT);
        assertEquals(95, Errno.EOPNOTSUPP);
        assertEquals(97, Errno.EAFNOSUPPORT);
        assertEquals(98, Errno.EADDRINUSE);
        assertEquals(99, Errno.EADDRNOTAVAIL);
        assertEquals(103, Errno.ECONNABORTED);
        assertEquals(104, Errno.ECONNRESET);
        assertEquals(106, Errno.EISCONN);
        assertEquals(107, Errno.ENOTCONN);
        assertEquals(110, Errno.ETIMEDOUT);
        assertEquals(111, Errno.ECONNREFUSED);
        assertEquals(114, Errno.EALREADY);
        assertEquals(115, Errno.EINPROGRESS);
    }

    @Test
    void errorcodeNamesErrnosLikePython() {
        assertEquals("ECONNREFUSED", Errno.errorcode(111));
        assertEquals("EAGAIN", Errno.errorcode(11));
        assertEquals("EBADF", Errno.errorcode(9));
        assertNull(Errno.errorcode(99999));
    }
}
