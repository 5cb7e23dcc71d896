package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * BackendSelectionTest: pysocket.backend / PYSOCKET_BACKEND, checked in child JVMs whose
 * class path lacks JNA, so the native library cannot load there (API.md "Backends").
 */
class BackendSelectionTest {
    /** Result of one child JVM: its stdout and stderr. */
    private record Run(String out, String err) {
    }

    private static Run probe(boolean withJna, String property, String env) throws Exception {
        List<String> cp = new ArrayList<>(List.of(location(Sockets.class), location(BackendProbe.class)));
        if (withJna) {
            cp.add(location(com.sun.jna.Native.class));
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, cp)));
        if (property != null) {
            cmd.add("-Dpysocket.backend=" + property);
        }
        cmd.add(BackendProbe.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("PYSOCKET_BACKEND");
        if (env != null) {
            pb.environment().put("PYSOCKET_BACKEND", env);
        }
        Process p = pb.start();
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
            return new Run(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                    new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            p.getInputStream().close();
            p.getErrorStream().close();
            p.getOutputStream().close();
        }
    }

    private static String location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
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
