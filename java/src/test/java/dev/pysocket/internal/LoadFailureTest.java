package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LoadFailureTest: how a native load failure is explained, on mount tables written out here
 * (BackendSelectionTest runs the real case, a child JVM whose jna.tmpdir is a noexec mount).
 */
class LoadFailureTest {
    private static final String ROOT = "26 1 254:0 / / rw,relatime - ext4 /dev/vda rw";

    private static String mount(String point, String options) {
        return "65 26 0:39 / " + point + " " + options + " - tmpfs tmpfs rw";
    }

    @Test
    void theLongestMountPointContainingTheDirectoryDecides() {
        List<String> table = List.of(ROOT, mount("/tmp", "rw,nosuid,noexec,relatime"), mount("/tmp/exec", "rw,relatime"));
        assertTrue(LoadFailure.isNoexec("/tmp/jna-1", table));
        assertTrue(LoadFailure.isNoexec("/tmp", table));
        assertFalse(LoadFailure.isNoexec("/tmp/exec/jna-1", table));
        assertFalse(LoadFailure.isNoexec("/tmpfoo", table), "a name prefix is not a parent directory");
        assertFalse(LoadFailure.isNoexec("/home/u/.cache/JNA/temp", table));
    }

    @Test
    void theLastOfStackedMountsIsOnTopAndEscapesAreRead() {
        assertFalse(LoadFailure.isNoexec("/tmp/x", List.of(ROOT, mount("/tmp", "rw,noexec"), mount("/tmp", "rw"))));
        assertTrue(LoadFailure.isNoexec("/a b/x", List.of(ROOT, mount("/a\\040b", "ro,noexec"))));
    }

    @Test
    void aLibraryFileNamedInTheFailureOrItsCauseIsLookedUp(@TempDir Path dir) throws Exception {
        String real = dir.toRealPath().toString();
        List<String> table = List.of(ROOT, mount(real, "rw,noexec,relatime"));
        String gone = real + "/jna123.tmp"; // JNA deletes the file it could not load
        Throwable direct = new UnsatisfiedLinkError(gone + ": " + gone + ": failed to map segment from shared object");
        assertEquals(real, LoadFailure.noexecDirectory(direct, table));
        Throwable wrapped = new IllegalStateException("load failed", direct);
        assertEquals(real, LoadFailure.noexecDirectory(wrapped, table));
        Throwable suppressed = new UnsatisfiedLinkError("Unable to load library 'pysocket'");
        suppressed.addSuppressed(direct);
        assertEquals(real, LoadFailure.noexecDirectory(suppressed, table));
        assertNull(LoadFailure.noexecDirectory(direct, List.of(ROOT)), "an exec mount has nothing to explain");
        assertNull(LoadFailure.noexecDirectory(new NoClassDefFoundError("com/sun/jna/Pointer"), table));
    }

    @Test
    void describeNamesTheFailureAndEachCause() {
        Throwable t = new NoClassDefFoundError("com/sun/jna/Pointer");
        t.initCause(new ClassNotFoundException("com.sun.jna.Pointer"));
        assertEquals("java.lang.NoClassDefFoundError: com/sun/jna/Pointer; caused by "
                + "java.lang.ClassNotFoundException: com.sun.jna.Pointer", LoadFailure.describe(t));
    }
}
