package dev.pysocket.support;

import dev.pysocket.internal.Capability;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requires states which {@link Capability capabilities} a test of a {@link BackendTest} needs
 * beyond the core both backends share. On a backend that has them all, the test runs as
 * written. On a backend that lacks one, the test still runs, and must end by raising that
 * capability's unsupported OSError (its exact class and errno, the message naming the
 * backend, as {@link Capability#unsupported} builds it): a test that completes, or raises
 * anything else, fails ({@link RequiresCheck}). So a test says what it needs once, instead of
 * branching on the backend to assert the refusal by hand, and a backend that gains the
 * capability, or silently does nothing, is reported.
 *
 * <p>On a class, it applies to every test method of the class (and of its subclasses); on a
 * method, the method's capabilities add to its class's. Put the calls that need the
 * capability where the test's meaning starts: every assertion before the first such call is
 * made on every backend, none after it on a backend that lacks the capability (a check that
 * must hold after the refusal goes in a catch that rethrows it). The assertion helpers of
 * {@link BackendTest} let such a refusal through ({@link RequiresCheck#letRefusalThrough}), so
 * a call under {@code assertOSError} may be the one that needs the capability.
 *
 * <p>It covers {@code @Test} and template methods ({@code @ParameterizedTest},
 * {@code @RepeatedTest}); the dynamic tests of a {@code @TestFactory} ask
 * {@link BackendTest#has} and {@link BackendTest#assertUnsupported} themselves.
 *
 * <p>The error names the backend and what was asked, not the capability: among missing
 * capabilities that share an errno (most are EOPNOTSUPP), the first call that needs one of them
 * ends the test.
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresCheck.class)
public @interface Requires {
    /** value: the capabilities the test needs. */
    Capability[] value();
}
