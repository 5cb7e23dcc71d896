package dev.pysocket.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.MethodFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * RunTestClasses: {@code java -cp <test class path> dev.pysocket.support.RunTestClasses
 * [--exclude <regex>]... <class>...} runs the named test classes with the JUnit Platform
 * launcher, leaving out the methods whose {@code class#method} name matches an exclude
 * pattern ({@link MethodFilter}), and exits 0 only when every test left ran and passed. The second command uses it to run a few suites on a JVM
 * that has no Maven or surefire: Debian's OpenJDK for another CPU under qemu-user
 * (tools/native/test-foreign-jvms.sh).
 */
public final class RunTestClasses {
    private RunTestClasses() {
    }

    /**
     * main runs the classes and prints JUnit's summary, with each failure.
     *
     * @param args exclude patterns, then fully qualified test class names
     * @throws ClassNotFoundException when a name is not a class on the class path
     */
    public static void main(String[] args) throws ClassNotFoundException {
        List<ClassSelector> selectors = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--exclude".equals(args[i]) && i + 1 < args.length) {
                excludes.add(args[++i]);
            } else {
                selectors.add(selectClass(Class.forName(args[i])));
            }
        }
        if (selectors.isEmpty()) {
            System.err.println("usage: RunTestClasses [--exclude <class#method regex>]... <test class>...");
            System.exit(2);
        }
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request().selectors(selectors);
        if (!excludes.isEmpty()) {
            request.filters(MethodFilter.excludeMethodNamePatterns(excludes));
        }
        LauncherDiscoveryRequest built = request.build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(built, listener);
        TestExecutionSummary summary = listener.getSummary();
        PrintWriter out = new PrintWriter(System.out, true);
        summary.printFailuresTo(out, 20);
        summary.printTo(out);
        boolean ok = summary.getTotalFailureCount() == 0 && summary.getTestsSucceededCount() > 0
                && summary.getTestsSkippedCount() == 0 && summary.getTestsAbortedCount() == 0;
        System.exit(ok ? 0 : 1);
    }
}
