package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.IfName;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** if_nameindex, if_nametoindex, if_indextoname (docs/python-semantics.md §1.1 and section 3). */
class InterfaceTest extends BackendTest {

    /** if_nameindex lists the loopback interface, and each entry round-trips. */
    @Test
    void ifNameindexListsLoopbackAndRoundTrips() throws Exception {
        List<IfName> all = Sockets.ifNameindex();
        assertTrue(all.stream().anyMatch(i -> i.name().equals("lo")), all::toString);
        for (IfName i : all) {
            assertEquals(i.index(), Sockets.ifNametoindex(i.name()));
            assertEquals(i.name(), Sockets.ifIndextoname(i.index()));
        }
    }

    /** Section 3: an unknown name is OSError without errno "no interface with this name". */
    @Test
    void ifNametoindexOfUnknownRaisesNoInterfaceWithThisName() {
        assertPlainOSError(0, "no interface with this name", () -> Sockets.ifNametoindex("nosuch"));
        assertPlainOSError(0, "no interface with this name", () -> Sockets.ifNametoindex(""));
    }

    /** Section 3: an unknown index (and 0) is OSError 6. */
    @Test
    void ifIndextonameOfUnknownRaisesOSError6() {
        assertPlainOSError(Errno.ENXIO, "[Errno 6] No such device or address", () -> Sockets.ifIndextoname(9999));
        assertPlainOSError(Errno.ENXIO, "[Errno 6] No such device or address", () -> Sockets.ifIndextoname(0));
    }

    /** Section 3: a negative index is OverflowError "can't convert negative value to unsigned int". */
    @Test
    void ifIndextonameOfNegativeRaisesOverflow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.ifIndextoname(-1));
        assertEquals("can't convert negative value to unsigned int", e.getMessage());
    }

    /** PyUnicode_FSConverter: a NUL in the name is ValueError "embedded null byte". */
    @Test
    void ifNametoindexWithNulRaisesEmbeddedNullByte() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sockets.ifNametoindex("lo\0"));
        assertEquals("embedded null byte", e.getMessage());
    }

    /** if_nameindex lists exactly python3's interfaces, in the same (index) order. */
    @Test
    void ifNameindexMatchesPython3() throws Exception {
        List<String> expected = Python3.run("import socket\nfor i, n in socket.if_nameindex(): print(i, n)\n").lines().toList();
        assertEquals(expected, Sockets.ifNameindex().stream().map(i -> i.index() + " " + i.name()).toList());
    }
}
