package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BackendSelectionTest: pysocket.backend / PYSOCKET_BACKEND, checked in child JVMs whose
 * class path lacks JNA, so the native library cannot load there (the README's "Backends").
 */
class BackendSelectionTest {
    /** Result of one child JVM: its stdout and stderr. */
    private record Run(String out, String err) {
    }

    private static Run probe(boolean withJna, String property, String env) throws Exception {
        List<Class<?>> cp = new ArrayList<>(List.of(Sockets.class, BackendProbe.class));
        if (withJna) {
            cp.add(com.sun.jna.Native.class);
        }
        List<String> jvmArgs = property == null ? List.of() : List.of("-Dpysocket.backend=" + property);
        Map<String, String> environment = new HashMap<>();
        environment.put("PYSOCKET_BACKEND", env); // null removes it
        ChildProcess.Output o = ChildProcess.run(ChildProcess.java(cp, jvmArgs, BackendProbe.class), environment,
                Duration.ofSeconds(60));
        return new Run(o.stdout(), o.stderr());
    }

    @Test
    void autoWithoutTheNativeLibraryFallsBackToJdkAndLogsWhyOnce() throws Exception {
        Run r = probe(false, null, null);
        assertEquals("backend=jdk\nsocket=jdk\n", r.out());
        assertEquals(1, r.err().split("native library unavailable, using the jdk backend", -1).length - 1, r.err());
        assertTrue(r.err().contains("NoClassDefFoundError"), "the log names the cause: " + r.err());
    }

    @Test
    void forcedNativeThatCannotLoadFailsClearlyInsteadOfFallingBack() throws Exception {
        Run r = probe(false, "native", null);
        assertTrue(r.out().startsWith("backend=native\nerror=OSError: [Errno 97] Address family not supported by protocol "
                + "(pysocket.backend=native was requested, but the native library did not load: "), r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void environmentVariableChoosesWhenThePropertyIsAbsent() throws Exception {
        assertEquals("backend=jdk\nsocket=jdk\n", probe(true, null, "jdk").out());
        assertEquals("backend=native\nsocket=native\n", probe(true, null, "native").out());
        assertEquals("backend=native\nsocket=native\n", probe(true, "native", "jdk").out(), "the property wins");
    }

    @Test
    void autoWithTheLibraryTakesNativeFromTheBuild() throws Exception {
        Run r = probe(true, "auto", null);
        assertEquals("backend=native\nsocket=native\n", r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void anUnknownChoiceIsReportedAtTheFirstSocketCall() throws Exception {
        assertEquals("backend=fast\nerror=IllegalArgumentException: pysocket.backend must be auto, native or jdk, not 'fast'\n",
                probe(true, "fast", null).out());
    }
}
