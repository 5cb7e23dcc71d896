package dev.pysocket.copies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.LibraryJar;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TwoCopiesIT: two copies of pysocket in one JVM (two class loaders of one jar or one class
 * directory; a relocated copy, as a user's shaded jar carries it, beside the plain one) each get
 * the native backend, and pass bytes both ways over one socket pair whose ends are the two
 * copies' sockets. JNI lets one class loader load a library file: a second loader of the same
 * file loads a copy of it, so both keep JNI. A relocated copy cannot register its JNI natives
 * (their names carry the class name), so, nobody having chosen jni, it binds through JNA and
 * says so in one INFO line.
 *
 * <p>The relocated jar is built by maven-shade-plugin at package (java/pom.xml,
 * relocated-test-jar), so this class runs in the two-copies surefire execution, after package.
 */
class TwoCopiesIT {
    private static final Pattern COPY = Pattern.compile("copy(\\d): (\\S+) backend=(\\S+) binding=(\\S+) library=(.*)");
    private static final String EXCHANGE = "copy1 recv=from copy0\ncopy0 recv=from copy1\n";

    @TempDir
    Path dir;

    /** Line: one copy's report. */
    private record Line(String sockets, String backend, String binding, String library) {
    }

    private ChildProcess.Output run(List<String> classPath, String... copies) throws Exception {
        Path jnaTmp = Files.createDirectories(dir.resolve("jna-tmp"));
        List<String> cmd = ChildProcess.java(List.of(com.sun.jna.Native.class, TwoCopiesProbe.class),
                List.of("-Djna.tmpdir=" + jnaTmp), TwoCopiesProbe.class, copies);
        int cp = cmd.indexOf("-cp") + 1;
        List<String> full = new ArrayList<>(classPath);
        full.add(cmd.get(cp));
        cmd.set(cp, String.join(File.pathSeparator, full));
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(cmd, env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        assertTrue(o.stdout().endsWith(EXCHANGE), o::toString);
        try (Stream<Path> left = Files.list(jnaTmp)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.contains("pysocket")).toList(),
                    "the extracted copies were deleted");
        }
        return o;
    }

    private static List<Line> lines(ChildProcess.Output o) {
        List<Line> lines = new ArrayList<>();
        for (String l : o.stdout().lines().toList()) {
            Matcher m = COPY.matcher(l);
            if (m.matches()) {
                lines.add(new Line(m.group(2), m.group(3), m.group(4), m.group(5)));
            }
        }
        assertEquals(2, lines.size(), o::toString);
        return lines;
    }

    private static String file(Line l) {
        return l.library().substring(0, l.library().indexOf(" ("));
    }

    @Test
    void twoClassLoadersOfOneJarEachLoadTheirOwnExtractedCopy() throws Exception {
        Path jar = LibraryJar.pack(LibraryJar.classes(), dir.resolve("pysocket.jar"));
        ChildProcess.Output o = run(List.of(), jar + "|dev.pysocket", jar + "|dev.pysocket");
        List<Line> l = lines(o);
        for (Line line : l) {
            assertEquals(new Line("dev.pysocket.Sockets", "native", "jni", line.library()), line, o::toString);
            assertTrue(line.library().endsWith(" (extracted to jna.tmpdir)"), o::toString);
        }
        assertNotEquals(file(l.get(0)), file(l.get(1)), "each class loader loads a file of its own");
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void aSecondClassLoaderOfTheClassDirectoryLoadsACopyOfTheFile() throws Exception {
        String classes = LibraryJar.classes().toString();
        ChildProcess.Output o = run(List.of(), classes + "|dev.pysocket", classes + "|dev.pysocket");
        List<Line> l = lines(o);
        assertTrue(l.get(0).library().endsWith(" (class path)"), o::toString);
        assertTrue(l.get(1).library().endsWith(" (extracted to jna.tmpdir)"), "JNI refuses the file to a second loader: " + o);
        for (Line line : l) {
            assertEquals("native jni", line.backend() + " " + line.binding(), o::toString);
        }
    }

    @Test
    void aRelocatedCopyBesideThePlainOneBindsThroughJnaAndSaysWhy() throws Exception {
        String relocated = System.getProperty("pysocket.test.relocatedJar", "");
        assertTrue(Files.isRegularFile(Path.of(relocated)), "no relocated jar '" + relocated + "': maven-shade-plugin's"
                + " relocated-test-jar execution writes it at package; this class runs after it (mvn verify)");
        ChildProcess.Output o = run(List.of(LibraryJar.classes().toString(), relocated),
                "app|dev.pysocket", "app|shadedpysocket.dev.pysocket");
        List<Line> l = lines(o);
        assertEquals(new Line("dev.pysocket.Sockets", "native", "jni", l.get(0).library()), l.get(0), o::toString);
        assertEquals(new Line("shadedpysocket.dev.pysocket.Sockets", "native", "jna", l.get(1).library()), l.get(1), o::toString);
        List<String> logged = o.stderr().lines().filter(s -> s.contains("pysocket:")).toList();
        assertEquals(List.of("INFO: pysocket: native library bound through jna: the jni binding failed: java.lang.UnsatisfiedLinkError: "
                + "'int shadedpysocket.dev.pysocket.internal.posix.JniBinding.registerNatives(java.lang.Class)'"), logged, o::toString);
    }
}
