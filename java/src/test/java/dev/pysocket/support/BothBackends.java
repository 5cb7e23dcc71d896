package dev.pysocket.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * BothBackends runs the annotated test class once per backend, "native" then "jdk"
 * (docs/architecture.md rule 13), and checks it for leaked descriptors and threads. The backends
 * come from {@link BackendsUnderTest} (system property {@code pysocket.test.backends}, default
 * both): the build's second pass runs only the native variant, on the JNA binding. The tag
 * {@value #TAG} lets that pass select these classes. The class (or a
 * superclass) declares {@code @Parameter String backend}; {@link BackendTest} does, and switches
 * {@code Backends.useForTesting(backend)} before each test.
 *
 * <p>The native backend is never skipped: it is always built, and failing to load it is a
 * test failure.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{index}] backend={0}")
@ArgumentsSource(BackendsUnderTest.class)
@Tag(BothBackends.TAG)
@ExtendWith(FdLeakCheck.class)
public @interface BothBackends {
    /** TAG: the JUnit tag of every per-backend class (surefire's {@code groups}). */
    String TAG = "per-backend";
}
