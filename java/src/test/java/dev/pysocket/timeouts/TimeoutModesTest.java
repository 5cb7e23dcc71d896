package dev.pysocket.timeouts;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_CLOEXEC;
import static dev.pysocket.Sockets.SOCK_NONBLOCK;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenarios 23, 24, 33 and 34; rules R1 and R8. */
class TimeoutModesTest extends BackendTest {
    /** O_NONBLOCK, octal 04000 on Linux (x86_64 and aarch64). */
    private static final int O_NONBLOCK = 04000;

    /** Scenario 23. */
    @Test
    void newSocketIsBlockingAndSettimeoutSetblockingSwitchModes() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertNull(s.gettimeout());
            assertTrue(s.getblocking());

            s.settimeout(0.0);
            assertEquals(0.0, s.gettimeout());
            assertFalse(s.getblocking());

            s.settimeout(2.5);
            assertEquals(2.5, s.gettimeout());
            assertTrue(s.getblocking(), "timeout mode counts as blocking (R1)");

            s.setblocking(true);
            assertNull(s.gettimeout());
            assertTrue(s.getblocking());

            s.setblocking(false);
            assertEquals(0.0, s.gettimeout());
            assertFalse(s.getblocking());

            s.settimeout((Double) null);
            assertNull(s.gettimeout());
            assertTrue(s.getblocking());
        }
    }

    /**
     * Scenario 24: timeout mode lives on a non-blocking descriptor plus poll (R1). Where the
     * backend has real descriptors their O_NONBLOCK flag follows the mode; elsewhere (jdk) the
     * JDK owns its channels' blocking mode and the Python-visible state is the whole contract.
     */
    @Test
    void descriptorNonBlockingFlagFollowsTimeoutMode() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertMode(s, null, "None");
            s.settimeout(0.0);
            assertMode(s, 0.0, "0.0");
            s.settimeout(2.5);
            assertMode(s, 2.5, "2.5");
            s.settimeout((Double) null);
            assertMode(s, null, "None again");
            s.setblocking(false);
            assertMode(s, 0.0, "setblocking(False)");
            s.setblocking(true);
            assertMode(s, null, "setblocking(True)");
        }
    }

    /** assertMode: gettimeout and getblocking say timeout; a real descriptor's O_NONBLOCK is on unless it is None. */
    private void assertMode(Socket s, Double timeout, String step) throws Exception {
        assertEquals(timeout, s.gettimeout(), step);
        assertEquals(timeout == null || timeout > 0, s.getblocking(), step);
        if (has(Capability.DESCRIPTORS)) { // only a real descriptor has flags to read
            assertEquals(timeout != null, nonBlocking(s.fileno()), () -> step + ": O_NONBLOCK");
        }
    }

    /** nonBlocking reads the "flags:" octal field of /proc/self/fdinfo/fd. */
    static boolean nonBlocking(int fd) throws Exception {
        for (String line : Files.readAllLines(Paths.get("/proc/self/fdinfo/" + fd))) {
            if (line.startsWith("flags:")) {
                return (Integer.parseInt(line.substring(6).trim(), 8) & O_NONBLOCK) != 0;
            }
        }
        throw new AssertionError("no flags: line in /proc/self/fdinfo/" + fd);
    }

    /** Scenario 33 and section 3. */
    @Test
    void negativeTimeoutRaisesTimeoutValueOutOfRange() throws Exception {
        try (Socket s = Sockets.socket()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.settimeout(-1.0));
            assertEquals("Timeout value out of range", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> s.settimeout(Double.valueOf(-1)));
            assertEquals("Timeout value out of range", e.getMessage());
            assertNull(s.gettimeout(), "a rejected value changes nothing");
        }
    }

    /** Scenario 33. */
    @Test
    void nanTimeoutRaisesInvalidValueNaN() throws Exception {
        try (Socket s = Sockets.socket()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.settimeout(Double.NaN));
            assertEquals("Invalid value NaN (not a number)", e.getMessage());
        }
    }

    /** Scenario 33: inf and 1e300 overflow time_t (Python's OverflowError). */
    @Test
    void infiniteOrHugeTimeoutRaisesTimestampOutOfRange() throws Exception {
        try (Socket s = Sockets.socket()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.settimeout(Double.POSITIVE_INFINITY));
            assertEquals("timestamp out of range for platform time_t", e.getMessage());
            e = assertThrows(IllegalArgumentException.class, () -> s.settimeout(1e300));
            assertEquals("timestamp out of range for platform time_t", e.getMessage());
        }
    }

    /** Scenario 33: -0.0 is accepted as 0.0. */
    @Test
    void negativeZeroTimeoutReadsZero() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.settimeout(-0.0);
            assertEquals(Double.valueOf(0.0), s.gettimeout());
            assertFalse(s.getblocking());
        }
    }

    /** Scenario 33 / R8: timeouts round up to whole nanoseconds. */
    @Test
    void tinyTimeoutRoundsUpToOneNanosecond() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.settimeout(1e-10);
            assertEquals(1e-09, s.gettimeout());
            assertTrue(s.getblocking());
        }
    }

    /** Scenario 33: setdefaulttimeout(-1). */
    @Test
    void negativeDefaultTimeoutRaisesTimeoutValueOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.setdefaulttimeout(-1.0));
        assertEquals("Timeout value out of range", e.getMessage());
        assertNull(Sockets.getdefaulttimeout());
    }

    /** Scenario 34. */
    @Test
    void sockNonblockTypeFlagGivesZeroTimeoutAndPlainStreamType() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK)) {
            assertEquals(0.0, s.gettimeout());
            assertFalse(s.getblocking());
            assertEquals(SOCK_STREAM, s.type());
        }
    }

    /** 1.2: type never includes SOCK_CLOEXEC. */
    @Test
    void sockCloexecTypeFlagIsNotReportedInType() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC)) {
            assertEquals(SOCK_STREAM, s.type());
            assertNull(s.gettimeout());
        }
    }
}
