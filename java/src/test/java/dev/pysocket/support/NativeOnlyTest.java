package dev.pysocket.support;

import dev.pysocket.internal.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/**
 * NativeOnlyTest: the base of the suites about the native backend alone (the allocation
 * counts of its data path, which the jdk backend does not promise): each test's new sockets
 * use the native backend, and the backend before it is back afterwards. Tagged {@value #TAG}, so
 * the build's second pass (native backend on the JNA binding) runs these classes too.
 */
@Tag(NativeOnlyTest.TAG)
public abstract class NativeOnlyTest {
    /** TAG: the JUnit tag of the native-only classes (surefire's {@code groups}). */
    public static final String TAG = "native-only";

    private String previous;

    @BeforeEach
    final void useNative() {
        previous = Backends.useForTesting("native");
    }

    @AfterEach
    final void restoreBackend() {
        Backends.useForTesting(previous);
    }
}
