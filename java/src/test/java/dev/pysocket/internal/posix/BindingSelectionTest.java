package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BindingSelectionTest: pysocket.binding / PYSOCKET_BINDING choose how libpysocket's functions
 * are bound (jni by default, or jna), checked in child JVMs: each binding carries a round trip
 * on a socket pair, and a bad value is the load failure's cause, so auto falls back to jdk. A JNI
 * registration that fails falls back to JNA (one log line) only when no binding was chosen.
 */
class BindingSelectionTest {
    private static String probe(String property, String env) throws Exception {
        return run(property, env, List.of()).stdout();
    }

    private static ChildProcess.Output run(String property, String env, List<String> moreJvmArgs) throws Exception {
        List<String> jvmArgs = new ArrayList<>(moreJvmArgs);
        if (property != null) {
            jvmArgs.add("-Dpysocket.binding=" + property);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("PYSOCKET_BINDING", env); // null removes it
        environment.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(
                ChildProcess.java(List.of(Sockets.class, BindingProbe.class, com.sun.jna.Native.class), jvmArgs,
                        BindingProbe.class),
                environment, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        return o;
    }

    /**
     * withoutJni: JVM arguments that make JNI's registration fail in the child: JniBinding's test
     * hook points JNI at a shared library compiled here that loads but has no registration
     * function, as a libpysocket built with -DPSK_JNI=OFF would.
     */
    private static List<String> withoutJni(Path dir) throws Exception {
        Path source = Files.writeString(dir.resolve("nojni.c"), "int psk_no_jni_here(void) { return 0; }\n");
        Path library = dir.resolve("libnojni.so");
        ChildProcess.Output cc = ChildProcess.run(List.of("cc", "-shared", "-fPIC", "-o", library.toString(), source.toString()),
                Map.of(), Duration.ofSeconds(30));
        assertEquals(0, cc.exit(), cc::toString);
        return List.of("-D" + JniBinding.TEST_LIBRARY + "=" + library);
    }

    private static final String FALLBACK_LOG = "pysocket: native library bound through jna: the jni binding failed: "
            + "java.lang.UnsatisfiedLinkError: 'int dev.pysocket.internal.posix.JniBinding.registerNatives(java.lang.Class)'";

    @Test
    void jniIsTheDefault() throws Exception {
        assertEquals("binding=jni\nbackend=native\nrecv=ping\n", probe(null, null));
    }

    @Test
    void thePropertyChoosesJna() throws Exception {
        assertEquals("binding=jna\nbackend=native\nrecv=ping\n", probe("jna", null));
    }

    @Test
    void thePropertyChoosesJniOverTheEnvironment() throws Exception {
        assertEquals("binding=jni\nbackend=native\nrecv=ping\n", probe("JNI", "jna"));
    }

    @Test
    void theEnvironmentChoosesWithoutTheProperty() throws Exception {
        assertEquals("binding=jna\nbackend=native\nrecv=ping\n", probe(null, "jna"));
    }

    @Test
    void aBadValueIsTheLoadFailureAndAutoFallsBackToJdk() throws Exception {
        assertEquals("binding=none\ncause=java.lang.IllegalArgumentException: pysocket.binding must be jni or jna, "
                + "not 'ffm'\nbackend=jdk\nrecv=ping\n", probe("ffm", null));
    }

    @Test
    void aFailedJniRegistrationFallsBackToJnaWhenNoBindingWasChosen(@TempDir Path dir) throws Exception {
        ChildProcess.Output o = run(null, null, withoutJni(dir));
        assertEquals("binding=jna\nbackend=native\nrecv=ping\n", o.stdout());
        assertEquals(1, o.stderr().lines().filter(l -> l.contains("pysocket:")).count(), o::toString);
        assertTrue(o.stderr().contains(FALLBACK_LOG), o::toString);
    }

    @Test
    void aFailedJniRegistrationIsTheLoadFailureWhenJniWasChosen(@TempDir Path dir) throws Exception {
        for (String[] chosen : new String[][] {{"jni", null}, {null, "jni"}}) {
            ChildProcess.Output o = run(chosen[0], chosen[1], withoutJni(dir));
            assertEquals("binding=none\ncause=java.lang.UnsatisfiedLinkError: "
                    + "'int dev.pysocket.internal.posix.JniBinding.registerNatives(java.lang.Class)'\nbackend=jdk\nrecv=ping\n",
                    o.stdout(), o::toString);
            assertFalse(o.stderr().contains("bound through jna"), o::toString);
        }
    }

    /** The suite's own JVM runs on the binding the build asked for (surefire passes -Dpysocket.binding on). */
    @Test
    void thisJvmUsesTheRequestedBinding() {
        String requested = System.getProperty("pysocket.binding", "");
        assertEquals(requested.isBlank() ? "jni" : requested, NativeLoader.binding());
        assertEquals(NativeLoader.binding(), Sockets.binding());
        assertTrue(NativeLoader.cause() == null, () -> String.valueOf(NativeLoader.cause()));
    }
}
