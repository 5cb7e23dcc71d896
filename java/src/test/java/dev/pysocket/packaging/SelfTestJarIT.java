package dev.pysocket.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.internal.posix.NativePlatform;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SelfTestJarIT: the selftest as users start it, from the packaged jars in child JVMs: java -jar
 * with JNA's jar beside it (the manifest's Class-Path), the -all jar alone, the module path, each
 * backend and binding, a jar without JNA (the fallback and its reason; forced native: every check
 * fails), a check failed on purpose (exit 1) and a bad option (exit 2). Every line of the output is checked.
 */
class SelfTestJarIT {
    private static final List<String> CHECKS =
            List.of("tcp-echo", "udp-echo", "unix-echo", "timeout", "close-wakes-recv", "close-wakes-accept");
    /** NO_JNA: the load failure's description without JNA (NativeLoader; JnaBinding's first JNA class is Memory). */
    private static final String NO_JNA = "java.lang.UnsatisfiedLinkError: JNA is not on the class or module path (pysocket needs"
            + " net.java.dev.jna:jna 5.12.0 or later under either binding); caused by java.lang.NoClassDefFoundError:"
            + " com/sun/jna/Memory; caused by java.lang.ClassNotFoundException: com.sun.jna.Memory";
    private static final String USAGE = "usage: java -jar pysocket.jar [--backend auto|native|jdk] [--quiet]\n";

    @TempDir
    Path dir;

    @Test
    void javaJarWithJnaBesideRunsOnTheNativeBackend() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(), "-jar", jar.toString()));
        assertPassed(o, "native", "jni", null);
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void javaJarWithTheJdkBackendRequestedSaysSo() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(
                List.of(PackagedJars.java(), "-Dpysocket.backend=jdk", "-jar", jar.toString()));
        assertPassed(o, "jdk", "jni", "requested: pysocket.backend=jdk");
    }

    @Test
    void theBackendOptionChoosesTheBackend() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(
                List.of(PackagedJars.java(), "-jar", jar.toString(), "--backend", "jdk"));
        assertPassed(o, "jdk", "jni", "requested: pysocket.backend=jdk");
    }

    @Test
    void javaJarWithoutJnaFallsBackToJdkAndSaysWhy() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar()).get(0);
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(), "-jar", jar.toString()));
        String reason = NO_JNA;
        assertPassed(o, "jdk", "none", reason);
        // the fallback's one log line (Backends), on stderr
        assertTrue(o.stderr().contains("pysocket: native library unavailable, using the jdk backend: " + reason),
                o::toString);
    }

    @Test
    void theJnaBindingIsReported() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(
                List.of(PackagedJars.java(), "-Dpysocket.binding=jna", "-jar", jar.toString()));
        assertPassed(o, "native", "jna", null);
    }

    /** A forced native backend that cannot load: the reason, a FAIL line per check, exit 1 (never a silent jdk). */
    @Test
    void aForcedNativeBackendWithoutJnaFailsEveryCheck() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar()).get(0);
        ChildProcess.Output o = PackagedJars.run(
                List.of(PackagedJars.java(), "-jar", jar.toString(), "--backend", "native"));
        assertEquals(1, o.exit(), o::toString);
        List<String> lines = List.of(o.stdout().split("\n"));
        assertTrue(lines.containsAll(List.of("backend: native", "binding: none", "reason: " + NO_JNA)), o::toString);
        List<String> expected = new ArrayList<>();
        for (String check : CHECKS) {
            expected.add("FAIL " + check
                    + ": pysocket.backend=native was requested, but the native library did not load (reason above)");
        }
        expected.add("FAILED: 0 passed, 6 failed, 0 skipped");
        assertEquals(expected, lines.subList(lines.size() - expected.size(), lines.size()), o::toString);
    }

    @Test
    void theAllJarAloneRunsOnTheNativeBackend() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.allJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(), "-jar", jar.toString()));
        assertPassed(o, "native", "jni", null);
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void onTheModulePathItRunsOnTheNativeBackend() throws Exception {
        List<Path> jars = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar());
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(),
                "-p", jars.get(0) + File.pathSeparator + jars.get(1),
                "-m", "dev.pysocket/dev.pysocket.internal.selftest.SelfTest"));
        assertPassed(o, "native", "jni", null);
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void quietPrintsOnlyTheResult() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(), "-jar", jar.toString(), "--quiet"));
        assertEquals(0, o.exit(), o::toString);
        assertEquals("OK: 6 passed, 0 failed, 0 skipped\n", o.stdout(), o::toString);
    }

    @Test
    void aFailedCheckGivesAFailLineAndExitStatus1() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output o = PackagedJars.run(List.of(PackagedJars.java(),
                "-Dpysocket.selftest.fail=udp-echo", "-jar", jar.toString(), "--quiet"));
        assertEquals(1, o.exit(), o::toString);
        assertEquals("FAIL udp-echo: failed on purpose (pysocket.selftest.fail=udp-echo)\n"
                + "FAILED: 5 passed, 1 failed, 0 skipped\n", o.stdout(), o::toString);
    }

    @Test
    void aBadOptionGivesTheUsageAndExitStatus2() throws Exception {
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        ChildProcess.Output bad = PackagedJars.run(
                List.of(PackagedJars.java(), "-jar", jar.toString(), "--backend", "fast"));
        assertEquals(2, bad.exit(), bad::toString);
        assertEquals("", bad.stdout(), bad::toString);
        assertEquals(USAGE, bad.stderr(), bad::toString);
        ChildProcess.Output unknown = PackagedJars.run(List.of(PackagedJars.java(), "-jar", jar.toString(), "-x"));
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("unknown option: -x\n" + USAGE, unknown.stderr(), unknown::toString);
    }

    /** On JDK 24+ (JEP 472) the manifest's Enable-Native-Access: ALL-UNNAMED keeps java -jar free of the warning. */
    @Test
    void onJava24PlusTheManifestSparesTheNativeAccessWarning() throws Exception {
        Optional<Path> home = Jdk21.home().filter(h -> Jdk21.featureVersion(h) >= 24);
        assumeTrue(home.isPresent(), "no Java 24+ found (set -Dpysocket.jdk21 or PYSOCKET_JDK21 to its home)");
        Path jar = PackagedJars.copyInto(dir, PackagedJars.jar(), PackagedJars.jnaJar()).get(0);
        Path all = PackagedJars.copyInto(java.nio.file.Files.createDirectory(dir.resolve("all")), PackagedJars.allJar()).get(0);
        for (Path j : List.of(jar, all)) {
            ChildProcess.Output o = PackagedJars.run(
                    List.of(home.get().resolve("bin/java").toString(), "-jar", j.toString(), "--quiet"));
            assertEquals(0, o.exit(), o::toString);
            assertEquals("OK: 6 passed, 0 failed, 0 skipped\n", o.stdout(), o::toString);
            assertFalse(o.stderr().contains("WARNING"), o::toString);
        }
    }

    /**
     * assertPassed: exit 0 and exactly the expected lines: the header (reason only when
     * given), a PASS line per check, the summary.
     */
    private static void assertPassed(ChildProcess.Output o, String backend, String binding, String reason) {
        assertEquals(0, o.exit(), o::toString);
        List<String> lines = new ArrayList<>(List.of(o.stdout().split("\n", -1)));
        // The library line names a fresh extracted file: its shape is checked, then it is set aside.
        List<String> library = lines.stream().filter(l -> l.startsWith("library: ")).collect(Collectors.toList());
        if (binding.equals("none")) {
            assertEquals(List.of(), library, o::toString);
        } else {
            assertEquals(1, library.size(), o::toString);
            assertTrue(Pattern.matches("library: /\\S*libpysocket\\S*\\.so \\(.+\\)", library.get(0)), o::toString);
            lines.remove(library.get(0));
        }
        List<String> header = new ArrayList<>(List.of(
                "pysocket: " + PackagedJars.version(),
                "os: " + System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "cpu: " + System.getProperty("os.arch"),
                "libc: " + NativePlatform.current().libc(),
                "jdk: " + System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.home") + ")",
                "backend: " + backend,
                "binding: " + binding,
                "resources: " + NativePlatform.current().resourceDir()));
        if (reason != null) {
            header.add("reason: " + reason);
        }
        assertEquals(header, lines.subList(0, Math.min(header.size(), lines.size())), o::toString);
        List<String> rest = lines.subList(header.size(), lines.size());
        assertEquals(CHECKS.size() + 2, rest.size(), o::toString);
        for (int i = 0; i < CHECKS.size(); i++) {
            String line = rest.get(i);
            assertTrue(Pattern.matches("PASS " + CHECKS.get(i) + " \\(\\d+ ms\\)", line), () -> line + "\n" + o);
        }
        assertEquals("OK: 6 passed, 0 failed, 0 skipped", rest.get(CHECKS.size()), o::toString);
        assertEquals("", rest.get(CHECKS.size() + 1), "output ends with a newline");
    }
}
