package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.GeneratorScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeneratedConstantsTest: the files made from native/constants.list (the C table and
 * fallbacks, ConstantNames, LinuxConstants, Os, the fields of Sockets, SocketConstants and
 * Errno) are what tools/gen_constants.py makes of the list now, so that an edit of the list
 * without a run of the generator, or an edit of a generated file by hand, fails here.
 */
class GeneratedConstantsTest {
    private static final String LIST = "native/constants.list";
    private static final String GENERATOR = "tools/gen_constants.py";
    private static final GeneratorScript SCRIPT = new GeneratorScript(GENERATOR);

    @Test
    void everyGeneratedFileIsUpToDate() throws Exception {
        ChildProcess.Output o = SCRIPT.run(SCRIPT.root(), "--check");
        assertEquals(0, o.exit(), () -> "a file made from " + LIST + " is stale; run `python3 " + GENERATOR
                + "` at the repository's top and commit what it rewrites.\n" + o.stderr());
    }

    /** On a copy: one new line in the list makes --check fail naming the command, and one run makes it pass. */
    @Test
    void aNewLineInTheListIsStaleUntilTheGeneratorRuns(@TempDir Path copy) throws Exception {
        copyInputs(SCRIPT.root(), copy);
        Files.writeString(copy.resolve(LIST), "PSK_TEST_ONLY 7 -\n", StandardOpenOption.APPEND);

        ChildProcess.Output stale = SCRIPT.run(copy, "--check");
        assertEquals(1, stale.exit(), stale::toString);
        assertTrue(stale.stderr().contains("native/include/pysocket_constants.h")
                && stale.stderr().contains("run: python3 " + GENERATOR), stale::stderr);

        assertEquals(0, SCRIPT.run(copy).exit());
        assertEquals(0, SCRIPT.run(copy, "--check").exit());
        assertTrue(Files.readString(copy.resolve("native/include/pysocket_constants.h")).contains("X(PSK_TEST_ONLY)"));
        assertTrue(Files.readString(copy.resolve("java/src/main/java/dev/pysocket/internal/Os.java"))
                .contains("public static final int PSK_TEST_ONLY = Platform.constant(\"PSK_TEST_ONLY\");"));
        String names = Files.readString(copy.resolve("java/src/main/java/dev/pysocket/internal/ConstantNames.java"));
        assertTrue(names.trim().contains("\"PSK_TEST_ONLY\"\n    };"), "the last name of NAMES");
        String linux = Files.readString(copy.resolve("java/src/main/java/dev/pysocket/internal/LinuxConstants.java"));
        assertTrue(linux.contains(" 7L,\n    };"), "its Linux value, the last of VALUES");
    }

    /** A value above 2^31-1 needs the flag long: the Java field's type must not change silently. */
    @Test
    void aWideValueWithoutTheLongFlagIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(SCRIPT.root(), copy);
        Files.writeString(copy.resolve(LIST), "PSK_TEST_WIDE 0x80000000 -\n", StandardOpenOption.APPEND);
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains("PSK_TEST_WIDE = 2147483648 does not fit an int: add the flag long"), o::stderr);
    }

    /** copyInputs copies the list and every file the generator writes or reads (same relative paths). */
    private static void copyInputs(Path from, Path to) throws IOException, InterruptedException {
        ChildProcess.Output o = SCRIPT.run(from, "--outputs");
        assertEquals(0, o.exit(), o::toString);
        List<String> paths = new ArrayList<>(o.stdout().lines().toList());
        paths.add(LIST);
        for (String p : paths) {
            Files.createDirectories(to.resolve(p).getParent());
            Files.copy(from.resolve(p), to.resolve(p));
        }
    }
}
