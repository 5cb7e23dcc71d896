package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * BindingSelectionTest: pysocket.binding / PYSOCKET_BINDING choose how libpysocket's functions
 * are bound (jni by default, or jna), checked in child JVMs: each binding carries a round trip
 * on a socket pair, and a bad value is the load failure's cause, so auto falls back to jdk.
 */
class BindingSelectionTest {
    private static String probe(String property, String env) throws Exception {
        List<String> jvmArgs = property == null ? List.of() : List.of("-Dpysocket.binding=" + property);
        Map<String, String> environment = new HashMap<>();
        environment.put("PYSOCKET_BINDING", env); // null removes it
        environment.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(
                ChildProcess.java(List.of(Sockets.class, BindingProbe.class, com.sun.jna.Native.class), jvmArgs,
                        BindingProbe.class),
                environment, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        return o.stdout();
    }

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

    /** The suite's own JVM runs on the binding the build asked for (surefire passes -Dpysocket.binding on). */
    @Test
    void thisJvmUsesTheRequestedBinding() {
        String requested = System.getProperty("pysocket.binding", "");
        assertEquals(requested.isBlank() ? "jni" : requested, NativeLoader.binding());
        assertEquals(NativeLoader.binding(), Sockets.binding());
        assertTrue(NativeLoader.cause() == null, () -> String.valueOf(NativeLoader.cause()));
    }
}
