package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.Capability;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * RequiresCheckTest: the {@link Requires} extension decides right, judged twice: its verdict
 * on outcomes built here, and what JUnit reports when fixture classes (below, enabled only
 * while this test launches them) run through a Launcher of their own on both backends.
 */
class RequiresCheckTest {
    private static final String JDK = "jdk";
    private static final Set<Capability> DESCRIPTORS = EnumSet.of(Capability.DESCRIPTORS);

    /** launching: true only while {@link #launch} runs the fixtures (surefire never runs them alone). */
    private static volatile boolean launching;

    static boolean launching() {
        return launching;
    }

    // ---- the verdict on a backend that lacks the capability ----

    @Test
    void theCapabilitysOwnErrorPasses() {
        assertNull(RequiresCheck.verdict(JDK, DESCRIPTORS, Capability.DESCRIPTORS.unsupported(JDK, "dup()")));
    }

    @Test
    void anyMissingCapabilitysErrorPasses() {
        Set<Capability> two = EnumSet.of(Capability.DESCRIPTORS, Capability.PEERCRED);
        assertNull(RequiresCheck.verdict(JDK, two, Capability.PEERCRED.unsupported(JDK, "getsockopt(SO_PEERCRED)")));
    }

    @Test
    void aTestThatCompletesIsReported() {
        AssertionError e = RequiresCheck.verdict(JDK, DESCRIPTORS, null);
        assertNotNull(e);
        assertTrue(e.getMessage().endsWith("but the test completed"), e::getMessage);
        assertTrue(e.getMessage().contains("[Errno 95] Operation not supported (<what> is not available on the jdk backend)"),
                e::getMessage);
    }

    @Test
    void anotherCapabilitysErrnoIsReported() {
        OSError other = Capability.PEERCRED.unsupported(JDK, "getsockopt(SO_PEERCRED)"); // ENOPROTOOPT, not EOPNOTSUPP
        AssertionError e = RequiresCheck.verdict(JDK, DESCRIPTORS, other);
        assertNotNull(e);
        assertSame(other, e.getCause());
    }

    @Test
    void theRightErrnoWithoutTheBackendsNameIsReported() {
        assertNotNull(RequiresCheck.verdict(JDK, DESCRIPTORS, OSError.of(Errno.EOPNOTSUPP)));
        assertNotNull(RequiresCheck.verdict(JDK, DESCRIPTORS, Capability.DESCRIPTORS.unsupported("native", "dup()")));
        assertNotNull(RequiresCheck.verdict(JDK, DESCRIPTORS, Capability.DESCRIPTORS.unsupported(JDK, "")),
                "the message names what is not available");
    }

    @Test
    void anotherExceptionIsReportedWithItAsCause() {
        AssertionError own = new AssertionError("the test's own assertion");
        AssertionError e = RequiresCheck.verdict(JDK, DESCRIPTORS, own);
        assertNotNull(e);
        assertSame(own, e.getCause());
        assertNotNull(RequiresCheck.verdict(JDK, DESCRIPTORS, new IllegalStateException("x")));
    }

    @Test
    void missingIsWhatTheBackendLacks() throws Exception {
        Set<Capability> all = EnumSet.allOf(Capability.class);
        assertEquals(Set.of(), RequiresCheck.missing(Backends.named("native"), all));
        assertEquals(DESCRIPTORS, RequiresCheck.missing(Backends.named(JDK), DESCRIPTORS));
    }

    @Test
    void letRefusalThroughRethrowsOnlyTheRefusalOfAMissingCapability() {
        OSError refusal = Capability.DESCRIPTORS.unsupported(JDK, "dup()");
        String previous = Backends.useForTesting(JDK);
        try {
            Throwable t = assertThrows(OSError.class, () -> RequiresCheck.letRefusalThrough(refusal));
            assertSame(refusal, t);
            RequiresCheck.letRefusalThrough(OSError.of(Errno.EOPNOTSUPP)); // Linux's own error: not a refusal
            RequiresCheck.letRefusalThrough(Capability.DESCRIPTORS.unsupported("native", "dup()"));
            Backends.useForTesting("native");
            RequiresCheck.letRefusalThrough(refusal); // native lacks nothing
        } finally {
            Backends.useForTesting(previous);
        }
    }

    // ---- what JUnit reports for fixtures run on both backends ----

    @Test
    void fixturesPassAndFailAsTheirBackendsCapabilitiesSay() {
        Map<String, TestExecutionResult> r = launch(CapabilityFixture.class);
        assertEquals(10, r.size(), r::toString);
        // needs DESCRIPTORS and uses them: passes where they exist and where they are refused
        assertPassed(r, "dupsASocket", "native");
        assertPassed(r, "dupsASocket", JDK);
        // needs DESCRIPTORS but never touches them: fine on native, reported on jdk
        assertPassed(r, "neverUsesWhatItRequires", "native");
        assertFailedWith(r, "neverUsesWhatItRequires", JDK, "but the test completed");
        // says PEERCRED, hits DESCRIPTORS' refusal: reported on jdk
        assertPassed(r, "requiresOneCapabilityButNeedsAnother", "native");
        assertFailedWith(r, "requiresOneCapabilityButNeedsAnother", JDK, "but the test raised dev.pysocket.OSError: [Errno 95]");
        // the refusal inside assertPlainOSError reaches @Requires as the outcome
        assertPassed(r, "expectsAnErrnoFromACallThatNeedsIt", "native");
        assertPassed(r, "expectsAnErrnoFromACallThatNeedsIt", JDK);
        // a failing assertion of the test itself is reported on both
        assertFailedWith(r, "failsItsOwnAssertion", "native", "the fixture's own assertion");
        assertFailedWith(r, "failsItsOwnAssertion", JDK, "but the test raised org.opentest4j.AssertionFailedError");
    }

    @Test
    void requiresOnAClassAppliesToEveryTestInIt() {
        Map<String, TestExecutionResult> r = launch(ClassLevelFixture.class);
        assertEquals(2, r.size(), r::toString);
        assertPassed(r, "detaches", "native");
        assertPassed(r, "detaches", JDK);
    }

    private static void assertPassed(Map<String, TestExecutionResult> r, String method, String backend) {
        TestExecutionResult got = r.get(method + " on " + backend);
        assertNotNull(got, () -> method + " on " + backend + " did not run: " + r);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL, got.getStatus(),
                () -> method + " on " + backend + ": " + got.getThrowable().orElse(null));
    }

    private static void assertFailedWith(Map<String, TestExecutionResult> r, String method, String backend, String text) {
        TestExecutionResult got = r.get(method + " on " + backend);
        assertNotNull(got, () -> method + " on " + backend + " did not run: " + r);
        assertEquals(TestExecutionResult.Status.FAILED, got.getStatus(), () -> method + " on " + backend);
        String message = got.getThrowable().map(Throwable::getMessage).orElse("");
        assertTrue(message.contains(text), () -> method + " on " + backend + " failed with: " + message);
    }

    /** launch runs fixture on both backends and returns "method on backend" → result of each test. */
    private static Map<String, TestExecutionResult> launch(Class<?> fixture) {
        Map<String, TestExecutionResult> results = new TreeMap<>();
        TestExecutionListener listener = new TestExecutionListener() {
            private TestPlan plan;

            @Override
            public void testPlanExecutionStarted(TestPlan testPlan) {
                plan = testPlan;
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    String run = plan.getParent(id).map(TestIdentifier::getDisplayName).orElse("?");
                    String backend = run.substring(run.indexOf("backend=") + "backend=".length());
                    results.put(id.getDisplayName().replace("()", "") + " on " + backend, result);
                }
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                fail(id.getDisplayName() + " was skipped: " + reason);
            }
        };
        Launcher launcher = LauncherFactory.create();
        launching = true;
        try {
            launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build(), listener);
        } finally {
            launching = false;
        }
        return results;
    }

    /** CapabilityFixture: tests that @Requires must pass or report; run only by launch. */
    @EnabledIf("dev.pysocket.support.RequiresCheckTest#launching")
    static class CapabilityFixture extends BackendTest {
        @Test
        @Requires(Capability.DESCRIPTORS)
        void dupsASocket() throws Exception {
            try (Socket s = Sockets.socket(); Socket copy = s.dup()) {
                assertNotEquals(s.fileno(), copy.fileno());
            }
        }

        @Test
        @Requires(Capability.DESCRIPTORS)
        void neverUsesWhatItRequires() throws Exception {
            try (Socket s = Sockets.socket()) {
                assertTrue(s.fileno() >= 0);
            }
        }

        @Test
        @Requires(Capability.PEERCRED)
        void requiresOneCapabilityButNeedsAnother() throws Exception {
            try (Socket s = Sockets.socket()) {
                s.dup().close();
            }
        }

        @Test
        @Requires(Capability.DESCRIPTORS)
        void expectsAnErrnoFromACallThatNeedsIt() {
            assertPlainOSError(Errno.EBADF, "[Errno 9] Bad file descriptor", () -> Sockets.dup(9999));
        }

        @Test
        @Requires(Capability.DESCRIPTORS)
        void failsItsOwnAssertion() {
            fail("the fixture's own assertion");
        }
    }

    /** ClassLevelFixture: @Requires on the class; run only by launch. */
    @EnabledIf("dev.pysocket.support.RequiresCheckTest#launching")
    @Requires(Capability.DESCRIPTORS)
    static class ClassLevelFixture extends BackendTest {
        @Test
        void detaches() throws Exception {
            try (Socket s = Sockets.socket()) {
                int fd = s.detach();
                Sockets.close(fd);
            }
        }
    }
}
