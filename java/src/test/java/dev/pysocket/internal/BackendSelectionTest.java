package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertTrue(r.err().contains("JNA is not on the class or module path") && r.err().contains("NoClassDefFoundError"),
                "the log names the cause: " + r.err());
    }

    @Test
    void forcedNativeThatCannotLoadFailsClearlyInsteadOfFallingBack() throws Exception {
        Run r = probe(false, "native", null);
        assertTrue(r.out().startsWith("backend=native\nerror=OSError: [Errno 97] Address family not supported by protocol "
                + "(pysocket.backend=native was requested, but the native library did not load: "
                + "java.lang.UnsatisfiedLinkError: JNA is not on the class or module path"), r.out());
        assertTrue(r.out().contains("; caused by java.lang.NoClassDefFoundError: com/sun/jna/"), "names the missing class: " + r.out());
        assertTrue(r.out().contains("; caused by java.lang.ClassNotFoundException: com.sun.jna."), "names the cause: " + r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    /**
     * JNA extracts its libraries to jna.tmpdir; on a noexec mount mmap refuses them with
     * "failed to map segment from shared object". The error says the directory is noexec and
     * which property moves it. The child runs in its own mount namespace (unshare(1)), where
     * dir is a fresh tmpfs mounted noexec.
     */
    @Test
    void forcedNativeWithJnaTmpdirOnANoexecMountSaysSoAndNamesTheProperty(@TempDir Path dir) throws Exception {
        List<String> unshare = noexecMountCommand(dir);
        assumeTrue(unshare != null, "this machine cannot make a mount namespace (unshare -m or -rm)");
        List<String> cmd = new ArrayList<>(unshare);
        cmd.addAll(ChildProcess.java(List.of(Sockets.class, BackendProbe.class, com.sun.jna.Native.class),
                List.of("-Dpysocket.backend=native", "-Djna.tmpdir=" + dir), BackendProbe.class));
        String out = ChildProcess.run(cmd, Map.of(), Duration.ofSeconds(60)).stdout();
        String real = dir.toRealPath().toString();
        assertTrue(out.startsWith("backend=native\nerror=OSError: [Errno 97] Address family not supported by protocol "
                + "(pysocket.backend=native was requested, but the native library did not load: "
                + "java.lang.UnsatisfiedLinkError: " + real), out);
        assertTrue(out.contains("; " + real + " is on a file system mounted noexec"), out);
        assertTrue(out.contains("-Djna.tmpdir="), out);
    }

    /** noexecMountCommand: the prefix that runs a command with a noexec tmpfs on dir, or null when none works here. */
    private static List<String> noexecMountCommand(Path dir) throws Exception {
        for (String flags : List.of("-m", "-rm")) { // -r: unprivileged, through a user namespace
            List<String> prefix = List.of("unshare", flags, "sh", "-c",
                    "mount -t tmpfs -o noexec,size=16m tmpfs \"$0\" && exec \"$@\"", dir.toString());
            List<String> probe = new ArrayList<>(prefix);
            probe.add("true");
            try {
                if (ChildProcess.run(probe, Map.of(), Duration.ofSeconds(20)).exit() == 0) {
                    return prefix;
                }
            } catch (java.io.IOException e) {
                return null; // no unshare(1)
            }
        }
        return null;
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
