package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PlatformTest: the constants come from the C headers, and the jdk backend's Linux table
 * agrees with them name for name, so both backends see the same numbers on Linux.
 */
class PlatformTest {
    @Test
    void nativeLibraryLoadsFromTheBuildAndSuppliesTheConstants() {
        assertNull(dev.pysocket.internal.posix.NativeLoader.cause(), "libpysocket must load in the test build");
        assertTrue(Platform.fromNative());
    }

    @Test
    void linuxFallbackTableMatchesTheCHeadersNameForName() {
        Map<String, Long> linux = LinuxConstants.table();
        assertEquals(ConstantNames.NAMES.length, linux.size(), "every name has a Linux value");
        for (String name : ConstantNames.NAMES) {
            assertEquals(linux.get(name), Platform.constantLong(name), name);
        }
    }

    @Test
    void strerrorComesFromTheCLibrary() {
        assertEquals("Connection refused", Platform.strerror(Errno.ECONNREFUSED));
        assertEquals("Unknown error 99999", Platform.strerror(99999));
    }

    @Test
    void hasAnswersForThePlatform() {
        assertTrue(Sockets.has("AF_INET"));
        assertTrue(Sockets.has("SO_REUSEPORT"));
        assertFalse(Sockets.has("AF_NO_SUCH_FAMILY"));
        // hasattr(socket, 'ECONNREFUSED') is False: errno names live in Errno, but for three
        assertFalse(Sockets.has("ECONNREFUSED"));
        assertTrue(Sockets.has("EAGAIN"));
        assertEquals(2, Sockets.AF_INET);
        assertEquals("EAGAIN", Errno.errorcode(Errno.EWOULDBLOCK));
    }
}
