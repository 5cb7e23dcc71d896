package dev.pysocket.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NativeAccessTest: both bindings on a JDK 24+, where JEP 472 (https://openjdk.org/jeps/472)
 * warns about System.load and other restricted methods unless native access is enabled for the
 * caller's module. Child JVMs of that JDK load the library, pick the native backend and do a
 * round trip; on the class path {@code --enable-native-access=ALL-UNNAMED} silences the warning,
 * on the module path {@code com.sun.jna,dev.pysocket} does (JNI's System.load is dev.pysocket's
 * call, JNA's is com.sun.jna's), as the README says.
 */
class NativeAccessTest {
    private static final String WARNING = "WARNING: A restricted method";
    private static final String SKIP_REASON = "no Java 24+ found (set -Dpysocket.jdk21 or PYSOCKET_JDK21 to its home): "
            + "JEP 472's warnings start in Java 24";

    private static Path java24() {
        Optional<Path> home = Jdk21.home().filter(h -> Jdk21.featureVersion(h) >= 24);
        assumeTrue(home.isPresent(), SKIP_REASON);
        return home.get().resolve("bin").resolve("java");
    }

    private static ChildProcess.Output run(String binding, List<String> jvmArgs) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java24().toString(), "-Dpysocket.binding=" + binding));
        cmd.addAll(jvmArgs);
        cmd.add(NativeAccessProbe.class.getName());
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(cmd, env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        assertEquals("binding=" + binding + "\nbackend=native\nrecv=ping\n", o.stdout(), o::toString);
        return o;
    }

    private static List<String> classPath(String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("-cp", String.join(File.pathSeparator, ChildProcess.location(Sockets.class),
                ChildProcess.location(com.sun.jna.Native.class), ChildProcess.location(NativeAccessProbe.class))));
        return args;
    }

    /** modulePath: the library's classes (module dev.pysocket) and JNA's jar as modules, the probe on the class path. */
    private static List<String> modulePath(String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("--module-path", String.join(File.pathSeparator, ChildProcess.location(Sockets.class),
                ChildProcess.location(com.sun.jna.Native.class)), "--add-modules", "dev.pysocket",
                "-cp", ChildProcess.location(NativeAccessProbe.class)));
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "jna"})
    void onTheClassPathAllUnnamedSilencesTheWarning(String binding) throws Exception {
        ChildProcess.Output warned = run(binding, classPath());
        assertTrue(warned.stderr().contains(WARNING), warned::toString);
        ChildProcess.Output enabled = run(binding, classPath("--enable-native-access=ALL-UNNAMED"));
        assertFalse(enabled.stderr().contains(WARNING), enabled::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jni", "jna"})
    void onTheModulePathBothModulesSilenceTheWarning(String binding) throws Exception {
        ChildProcess.Output enabled = run(binding, modulePath("--enable-native-access=com.sun.jna,dev.pysocket"));
        assertFalse(enabled.stderr().contains(WARNING), enabled::toString);
        // JNA's module alone is enough for jna only: under jni dev.pysocket calls System.load itself
        ChildProcess.Output jnaOnly = run(binding, modulePath("--enable-native-access=com.sun.jna"));
        if (binding.equals("jni")) {
            assertTrue(jnaOnly.stderr().contains(WARNING) && jnaOnly.stderr().contains("module dev.pysocket"), jnaOnly::toString);
        } else {
            assertFalse(jnaOnly.stderr().contains(WARNING), jnaOnly::toString);
        }
    }
}
