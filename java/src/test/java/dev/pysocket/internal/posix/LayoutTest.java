package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LayoutTest: Java reads the records of native/include/pysocket.h at the sizes and offsets the
 * library reports, every one of them (a number added to psk_layout that Java does not read
 * fails here; one Java reads that the library lacks fails the load), and the fields Java reads
 * as 4-byte ints fit their records.
 */
class LayoutTest {
    @BeforeAll
    static void libraryLoaded() {
        assertNull(NativeLoader.cause(), "libpysocket must load in the test build");
    }

    /** javaNames: the numbers Layout reads, its static final int fields. */
    private static Set<String> javaNames() {
        Set<String> names = new TreeSet<>();
        for (Field f : Layout.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == int.class) {
                names.add(f.getName());
            }
        }
        return names;
    }

    @Test
    void javaReadsEveryNumberTheLibraryReports() {
        assertEquals(new TreeSet<>(Layout.reported().keySet()), javaNames());
    }

    @Test
    void theFieldsReadAsIntsLieInsideTheirRecordsWithoutOverlap() {
        int[] addrInts = {Layout.ADDR_FAMILY, Layout.ADDR_PORT, Layout.ADDR_FLOWINFO, Layout.ADDR_SCOPE_ID,
            Layout.ADDR_LEN};
        assertFitsBefore(addrInts, Layout.ADDR_DATA);
        assertTrue(Layout.ADDR_DATA + Layout.ADDR_DATA_MAX <= Layout.ADDR_SIZE);
        assertTrue(Layout.ADDR_DATA_MAX >= 108, "an AF_UNIX path (sun_path) fits");

        assertFitsBefore(new int[] {Layout.AI_FAMILY, Layout.AI_SOCKTYPE, Layout.AI_PROTOCOL, Layout.AI_CANONNAME},
                Layout.AI_ADDR);
        assertTrue(Layout.AI_ADDR + Layout.ADDR_SIZE <= Layout.AI_ENTRY_SIZE);

        assertFitsBefore(new int[] {Layout.HOSTENT_ADDRTYPE, Layout.HOSTENT_ADDRLEN, Layout.HOSTENT_NALIASES,
            Layout.HOSTENT_NADDRS}, Layout.HOSTENT_SIZE);

        assertFitsBefore(new int[] {Layout.IF_INDEX}, Layout.IF_NAME);
        assertTrue(Layout.IF_NAME + Layout.IF_NAME_MAX <= Layout.IF_ENTRY_SIZE);
        assertTrue(0 < Layout.NI_SERV_OFFSET && Layout.NI_SERV_OFFSET < Layout.NI_SIZE);
    }

    /** assertFitsBefore: 4-byte fields at offsets, none overlapping another, all ending by end. */
    private static void assertFitsBefore(int[] offsets, int end) {
        int[] sorted = offsets.clone();
        Arrays.sort(sorted);
        assertTrue(sorted[0] >= 0);
        for (int i = 0; i < sorted.length; i++) {
            int next = i + 1 < sorted.length ? sorted[i + 1] : end;
            assertTrue(sorted[i] + Integer.BYTES <= next, () -> "4-byte fields at " + Arrays.toString(offsets)
                    + " overlap or pass " + end);
        }
    }

    @Test
    void theReportIsReadLineByLineAndAMalformedOneIsRefused() {
        assertEquals(Map.of("ADDR_SIZE", 128, "IF_NAME", 4), NativeInfo.parseLayout("ADDR_SIZE=128\nIF_NAME=4\n"));
        assertThrows(IllegalStateException.class, () -> NativeInfo.parseLayout("ADDR_SIZE=128\nADDR_SIZE=128\n"));
        assertThrows(IllegalStateException.class, () -> NativeInfo.parseLayout("ADDR_SIZE 128\n"));
        assertThrows(NumberFormatException.class, () -> NativeInfo.parseLayout("ADDR_SIZE=\n"));
    }
}
