package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.Sockets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** The library's table ends where the Java list does: both are made from native/constants.list. */
    @Test
    void theLibraryKnowsNoNamePastTheJavaList() {
        long[] table = dev.pysocket.internal.posix.NativeLoader.constantTable(ConstantNames.NAMES.length + 1);
        assertEquals(Long.MIN_VALUE, table[ConstantNames.NAMES.length], "psk_init has more names than ConstantNames");
    }

    /** Os has one field per name, holding the platform's value, long exactly where the Linux value needs it. */
    @Test
    void osHoldsEveryNameWithThePlatformsValue() throws Exception {
        Map<String, Long> linux = LinuxConstants.table();
        Set<String> fields = new TreeSet<>();
        for (Field f : Os.class.getFields()) {
            String name = f.getName();
            fields.add(name);
            boolean wide = linux.get(name) != (int) (long) linux.get(name);
            assertEquals(wide ? long.class : int.class, f.getType(), name);
            assertEquals(wide ? Platform.constantLong(name) : Platform.constant(name), f.getLong(null), name);
        }
        assertEquals(new TreeSet<>(List.of(ConstantNames.NAMES)), fields);
    }

    /** The list's socket and errno module names are exactly the fields of Sockets (with SocketConstants) and Errno. */
    @Test
    void moduleNamesAreThePublicClassesFields() {
        Set<String> sockets = new TreeSet<>();
        for (Field f : Sockets.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && (f.getType() == int.class || f.getType() == long.class)) {
                sockets.add(f.getName());
            }
        }
        Set<String> errno = new TreeSet<>();
        for (Field f : Errno.class.getFields()) {
            errno.add(f.getName());
        }
        for (String name : ConstantNames.NAMES) {
            assertEquals(sockets.contains(name), ConstantNames.isSocketModuleName(name), name);
            assertEquals(errno.contains(name), ConstantNames.isErrnoName(name), name);
        }
        assertTrue(List.of(ConstantNames.NAMES).containsAll(sockets));
        assertTrue(List.of(ConstantNames.NAMES).containsAll(errno));
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
