package dev.pysocket.internal.selftest;

import java.io.PrintStream;
import java.util.List;

/**
 * SelfTest: {@code java -jar pysocket.jar} (JNA beside it) or {@code java -jar pysocket-all.jar}:
 * says what pysocket runs on and which backend it chose, and why, then runs a short smoke test
 * through the public API (docs/packaging.md shows the output). Exit status: 0 when every check
 * passed (or was skipped, saying why), 1 when one failed, 2 for a bad command line.
 */
public final class SelfTest {
    private static final String USAGE = "usage: java -jar pysocket.jar [--backend auto|native|jdk] [--quiet]";

    private SelfTest() {
    }

    /**
     * main runs the selftest and exits with its status.
     *
     * @param args the options, see {@link #USAGE}
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean quiet = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quiet":
                    quiet = true;
                    break;
                case "--backend":
                    if (i + 1 == args.length || !List.of("auto", "native", "jdk").contains(args[i + 1])) {
                        err.println(USAGE);
                        return 2;
                    }
                    // Read once, when the library's classes first choose: nothing has touched them yet.
                    System.setProperty("pysocket.backend", args[++i]);
                    break;
                case "--help":
                case "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println("unknown option: " + args[i]);
                    err.println(USAGE);
                    return 2;
            }
        }
        if (!quiet) {
            SystemReport.lines().forEach(out::println);
        }
        CheckRunner runner = new CheckRunner(out, quiet);
        runner.run("tcp-echo", SmokeChecks::tcpEcho);
        runner.run("udp-echo", SmokeChecks::udpEcho);
        runner.run("unix-echo", SmokeChecks::unixEcho);
        runner.run("timeout", SmokeChecks::timeout);
        runner.run("close-wakes-recv", SmokeChecks::closeWakesRecv);
        runner.run("close-wakes-accept", SmokeChecks::closeWakesAccept);
        out.println((runner.failed() == 0 ? "OK: " : "FAILED: ") + runner.summary());
        return runner.failed() == 0 ? 0 : 1;
    }
}
