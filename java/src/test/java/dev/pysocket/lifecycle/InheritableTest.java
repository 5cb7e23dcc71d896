package dev.pysocket.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 46; rule R16 (all new descriptors are close-on-exec). */
class InheritableTest extends BackendTest {
    /** O_CLOEXEC as /proc/self/fdinfo reports it (octal 02000000). */
    private static final int O_CLOEXEC = 02000000;

    private static boolean closeOnExec(int fd) throws Exception {
        for (String line : Files.readAllLines(Paths.get("/proc/self/fdinfo/" + fd))) {
            if (line.startsWith("flags:")) {
                return (Integer.parseInt(line.substring(6).trim(), 8) & O_CLOEXEC) != 0;
            }
        }
        throw new AssertionError("no flags: line for fd " + fd);
    }

    /** Scenario 46. */
    @Test
    void newAndAcceptedSocketsAreNotInheritable() throws Exception {
        try (Socket s = Sockets.socket(); Socket l = listener();
                Socket c = Sockets.createConnection(l.getsockname()); Socket conn = l.accept().conn()) {
            assertFalse(s.getInheritable());
            assertFalse(l.getInheritable());
            assertFalse(c.getInheritable());
            assertFalse(conn.getInheritable());
            if (has(Capability.DESCRIPTORS)) { // only a real descriptor has flags to read
                for (Socket x : new Socket[] {s, l, c, conn}) {
                    assertTrue(closeOnExec(x.fileno()), () -> "FD_CLOEXEC on fd " + x.fileno());
                }
            }
        }
    }

    /** Scenario 46: set_inheritable(True) reads back True, and False again. */
    @Test
    @Requires(Capability.INHERITABLE)
    void setInheritableTrueReadsBackTrue() throws Exception {
        try (Socket s = Sockets.socket()) {
            s.setInheritable(true);
            assertTrue(s.getInheritable());
            assertFalse(closeOnExec(s.fileno()));
            s.setInheritable(false);
            assertFalse(s.getInheritable());
        }
    }
}
