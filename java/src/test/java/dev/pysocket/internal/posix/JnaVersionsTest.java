package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.nativeaccess.NativeAccessProbe;
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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * JnaVersionsTest: the ends of the JNA range pysocket supports (docs/loading.md), each as the JNA
 * a user's application brings: child JVMs with that JNA's jar, on the class path and on the
 * module path (JNA as the automatic module com.sun.jna), with each binding. The lowest is
 * {@link JnaBinding#LOWEST}, the highest the version the build compiles against; the release
 * before the lowest is refused with a one-line cause and the jdk backend. The jars are copied to
 * target/jna-versions by maven-dependency-plugin (java/pom.xml, jna-versions).
 */
class JnaVersionsTest {
    private static final Path JARS = LibraryJar.classes().getParent().resolve("jna-versions");

    private static Path jar(String which) throws Exception {
        String name;
        switch (which) {
            case "lowest":
                name = "jna-" + JnaBinding.LOWEST + ".jar";
                break;
            case "highest":
                name = Path.of(ChildProcess.location(com.sun.jna.Native.class)).getFileName().toString();
                break;
            default:
                try (Stream<Path> s = Files.list(JARS)) {
                    name = s.map(p -> p.getFileName().toString())
                            .filter(n -> olderThan(n.replaceAll("^jna-|\\.jar$", ""), JnaBinding.LOWEST))
                            .findFirst().orElse("no jar older than " + JnaBinding.LOWEST);
                }
        }
        Path jar = JARS.resolve(name);
        assertTrue(Files.isRegularFile(jar), jar + " is missing: maven-dependency-plugin's jna-versions execution copies it");
        return jar;
    }

    /** olderThan compares dotted version numbers (5.9.0 is older than 5.12.0); an unreadable one is not older. */
    private static boolean olderThan(String version, String lowest) {
        String[] a = version.split("\\.");
        String[] b = lowest.split("\\.");
        for (int i = 0; i < b.length; i++) {
            int x;
            try {
                x = i < a.length ? Integer.parseInt(a[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            int y = Integer.parseInt(b[i]);
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static ChildProcess.Output run(List<String> jvmArgs, String main) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvmArgs);
        cmd.add(main);
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(cmd, env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        return o;
    }

    @ParameterizedTest(name = "{0} JNA, binding={1}")
    @CsvSource({"lowest,jni", "lowest,jna", "highest,jni", "highest,jna"})
    void bothEndsOfTheRangeWorkOnTheClassPathAndTheModulePath(String which, String binding) throws Exception {
        Path jna = jar(which);
        String classes = LibraryJar.classes().toString();
        String tests = ChildProcess.location(LoaderProbe.class);
        ChildProcess.Output cp = run(List.of("-Dpysocket.binding=" + binding, "-cp",
                String.join(File.pathSeparator, classes, jna.toString(), tests)), LoaderProbe.class.getName());
        assertEquals("binding=" + binding + "\nlibrary=" + Path.of(classes, NativePlatform.current().resourceDir(),
                System.mapLibraryName("pysocket")) + " (class path)\nbackend=native\nrecv=ping\n", cp.stdout(), cp::toString);
        ChildProcess.Output mp = run(List.of("-Dpysocket.binding=" + binding, "--module-path",
                String.join(File.pathSeparator, classes, jna.toString()), "--add-modules", "dev.pysocket", "-cp", tests),
                NativeAccessProbe.class.getName());
        assertEquals("binding=" + binding + "\nbackend=native\nrecv=ping\n", mp.stdout(), mp::toString);
    }

    @ParameterizedTest(name = "binding={0}")
    @ValueSource(strings = {"jni", "jna"})
    void theReleaseBeforeTheLowestIsRefusedWithItsReason(String binding) throws Exception {
        Path jna = jar("below");
        String version = jna.getFileName().toString().replaceAll("^jna-|\\.jar$", "");
        ChildProcess.Output o = run(List.of("-Dpysocket.binding=" + binding, "-cp", String.join(File.pathSeparator,
                LibraryJar.classes().toString(), jna.toString(), ChildProcess.location(LoaderProbe.class))),
                LoaderProbe.class.getName());
        assertEquals("binding=none\ncause=java.lang.UnsatisfiedLinkError: JNA " + version + " (" + jna + ") is older than "
                + JnaBinding.LOWEST + ", the oldest JNA pysocket works with (it has no Memory.close())\nbackend=jdk\nrecv=ping\n",
                o.stdout(), o::toString);
    }
}
