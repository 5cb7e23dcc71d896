package dev.pysocket.support;

import dev.pysocket.internal.Backends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * NativeOnlyTest: the base of the suites about the native backend alone (the allocation
 * counts of its data path, which the jdk backend does not promise): each test's new sockets
 * use the native backend, and the backend before it is back afterwards.
 */
public abstract class NativeOnlyTest {
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
