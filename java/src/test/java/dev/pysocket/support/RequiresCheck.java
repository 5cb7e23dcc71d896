package dev.pysocket.support;

import dev.pysocket.OSError;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.opentest4j.TestAbortedException;

/**
 * RequiresCheck: the extension behind {@link Requires}. It wraps each test method: where the
 * backend under test has every required capability it lets the test run untouched; where it
 * lacks some, it runs the test and hands the outcome to {@link #verdict}, which passes only
 * the unsupported OSError of a missing capability. The backend under test is the
 * {@link BackendTest}'s {@code backend} (its {@code @BeforeEach} has switched to it when the
 * test method runs), else the process default.
 */
public final class RequiresCheck implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        check(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        check(invocation, context);
    }

    private static void check(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        Backend backend = backendUnderTest(context);
        Set<Capability> missing = missing(backend, required(context));
        if (missing.isEmpty()) {
            invocation.proceed();
            return;
        }
        Throwable outcome = null;
        try {
            invocation.proceed();
        } catch (TestAbortedException skipped) {
            throw skipped; // an assumption that does not hold here (no ::1) skips, as without @Requires
        } catch (Throwable t) {
            outcome = t;
        }
        AssertionError failure = verdict(backend.name(), missing, outcome);
        if (failure != null) {
            throw failure;
        }
    }

    /** required: the capabilities the test method and its class (with superclasses) ask for. */
    static Set<Capability> required(ExtensionContext context) {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        add(out, context.getTestClass());
        add(out, context.getTestMethod());
        return out;
    }

    private static void add(Set<Capability> out, Optional<? extends AnnotatedElement> element) {
        element.flatMap(e -> AnnotationSupport.findAnnotation(e, Requires.class))
                .ifPresent(r -> out.addAll(Set.of(r.value())));
    }

    /** missing: the required capabilities backend lacks. */
    static Set<Capability> missing(Backend backend, Set<Capability> required) {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        for (Capability c : required) {
            if (!backend.has(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * verdict judges how a test ended on a backend that lacks the capabilities missing (not
     * empty): null when outcome is the unsupported OSError of one of them, as
     * {@link Capability#unsupported} builds it for this backend (same class, same errno, the
     * message "[Errno N] strerror (what is not available on the NAME backend)" with some
     * what); otherwise the AssertionError to report, with outcome as its cause. outcome is
     * null when the test completed.
     */
    static AssertionError verdict(String backendName, Set<Capability> missing, Throwable outcome) {
        if (missing.isEmpty()) {
            throw new IllegalArgumentException("verdict needs at least one missing capability");
        }
        String expected = missing.stream().map(c -> c.unsupported(backendName, "<what>").getMessage())
                .collect(Collectors.joining(" or "));
        String needs = "@Requires " + missing + " on the " + backendName + " backend, which lacks it: expected "
                + expected + ", but the test ";
        if (outcome == null) {
            return new AssertionError(needs + "completed");
        }
        for (Capability c : missing) {
            if (isUnsupported(c, backendName, outcome)) {
                return null;
            }
        }
        AssertionError e = new AssertionError(needs + "raised " + outcome);
        e.initCause(outcome);
        return e;
    }

    /**
     * letRefusalThrough rethrows t, unchanged, when it is the unsupported error of a capability
     * the backend new sockets use lacks. An assertion helper that catches what a call raised
     * (to compare its errno) calls this first, so that on such a backend the refusal ends the
     * test as its outcome, for {@link Requires} to judge, rather than as a failed comparison.
     * On a backend with every capability it does nothing.
     */
    public static void letRefusalThrough(Throwable t) {
        Backend b = Backends.chosen();
        if (b == null) {
            return;
        }
        for (Capability c : Capability.values()) {
            if (!b.has(c) && isUnsupported(c, b.name(), t)) {
                throw RequiresCheck.<RuntimeException>unchecked(t);
            }
        }
    }

    /** unchecked throws t as it is, checked or not (the caller's signature need not declare it). */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
    }

    /** isUnsupported: t is c's unsupported error on the backend named backendName. */
    static boolean isUnsupported(Capability c, String backendName, Throwable t) {
        if (!(t instanceof OSError e)) {
            return false;
        }
        // The expected shape, taken from the library's own builder around a marker "what".
        String marker = "\u0000";
        OSError exemplar = c.unsupported(backendName, marker);
        String m = exemplar.getMessage();
        int at = m.indexOf(marker);
        String prefix = m.substring(0, at);
        String suffix = m.substring(at + marker.length());
        String actual = e.getMessage();
        return e.getClass() == exemplar.getClass() && e.errno() == exemplar.errno() && actual != null
                && actual.length() > prefix.length() + suffix.length()
                && actual.startsWith(prefix) && actual.endsWith(suffix);
    }

    private static Backend backendUnderTest(ExtensionContext context) throws OSError {
        Object instance = context.getTestInstance().orElse(null);
        if (instance instanceof BackendTest t && t.backend != null) {
            return Backends.named(t.backend);
        }
        return Backends.current();
    }
}
