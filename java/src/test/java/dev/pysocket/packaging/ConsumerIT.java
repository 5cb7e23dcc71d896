package dev.pysocket.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ConsumerIT: a user's project (src/test/consumers/modular: module-info.java requiring
 * dev.pysocket, and a Main) compiled with javac against the packaged jar and JNA's, then run with
 * java: on the module path as a module, and the same Main on the class path. On Java 24+ each runs
 * with the native-access flag the README gives for its path (NativeAccessTest covers the warning
 * without it).
 */
class ConsumerIT {
    private static final String MAIN = "com.example.consumer.Main";
    private static final String OUTPUT = "backend=native\nbinding=jni\necho=ping\n";

    @TempDir
    Path dir;

    private static Path sources() {
        return Path.of(System.getProperty("pysocket.test.consumers"), "modular");
    }

    private String libraryPath() throws Exception {
        List<Path> jars = PackagedJars.copyInto(Files.createDirectory(dir.resolve("lib")), PackagedJars.jar(),
                PackagedJars.jnaJar());
        return jars.get(0) + File.pathSeparator + jars.get(1);
    }

    /**
     * compile: javac (--release 17, every lint, warnings as errors) of files with the given class path
     * (null: none) and module path (null: none); fails with javac's messages.
     */
    private Path compile(String name, String classPath, String modulePath, Path... files) throws Exception {
        Path out = dir.resolve(name);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // Always an explicit class path: javac's default is this JVM's, which under failsafe holds the
        // packaged jar, whose Class-Path names a JNA jar beside it that target/ lacks (-Xlint:path).
        String cp = classPath != null ? classPath : Files.createDirectories(dir.resolve("empty")).toString();
        List<String> args = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror", "-d", out.toString(),
                "-cp", cp));
        if (modulePath != null) {
            args.addAll(List.of("-p", modulePath));
        }
        for (Path f : files) {
            args.add(f.toString());
        }
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int rc = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertEquals(0, rc, () -> "javac " + args + "\n" + messages);
        return out;
    }

    private Path compileModular(String modulePath) throws Exception {
        return compile("modular", null, modulePath, sources().resolve("module-info.java"),
                sources().resolve("com/example/consumer/Main.java"));
    }

    private Path compileClassPath(String classPath) throws Exception {
        return compile("classpath", classPath, null, sources().resolve("com/example/consumer/Main.java"));
    }

    private static List<String> onModulePath(String java, String modulePath, Path classes, String... flags) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-p", modulePath + File.pathSeparator + classes, "-m", "com.example.consumer/" + MAIN));
        return cmd;
    }

    private static List<String> onClassPath(String java, String classPath, Path classes, String... flags) {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("-cp", classPath + File.pathSeparator + classes, MAIN));
        return cmd;
    }

    private static void assertRuns(List<String> cmd) throws Exception {
        ChildProcess.Output o = PackagedJars.run(cmd);
        assertEquals(0, o.exit(), o::toString);
        assertEquals(OUTPUT, o.stdout(), o::toString);
        assertEquals("", o.stderr(), o::toString);
    }

    @Test
    void aModularProjectRunsOnTheModulePath() throws Exception {
        String lib = libraryPath();
        assertRuns(onModulePath(PackagedJars.java(), lib, compileModular(lib)));
    }

    @Test
    void theSameMainRunsOnTheClassPath() throws Exception {
        String lib = libraryPath();
        assertRuns(onClassPath(PackagedJars.java(), lib, compileClassPath(lib)));
    }

    @Test
    void theSameMainRunsWithTheAllJarAloneOnTheClassPath() throws Exception {
        Path all = PackagedJars.copyInto(Files.createDirectory(dir.resolve("lib")), PackagedJars.allJar()).get(0);
        assertRuns(onClassPath(PackagedJars.java(), all.toString(), compileClassPath(all.toString())));
    }

    @Test
    void onJava24PlusBothRunWithTheDocumentedFlag() throws Exception {
        Optional<Path> home = Jdk21.home().filter(h -> Jdk21.featureVersion(h) >= 24);
        assumeTrue(home.isPresent(), "no Java 24+ found (set -Dpysocket.jdk21 or PYSOCKET_JDK21 to its home)");
        String java = home.get().resolve("bin/java").toString();
        String lib = libraryPath();
        ChildProcess.Output modular = PackagedJars.run(onModulePath(java, lib, compileModular(lib),
                "--enable-native-access=com.sun.jna,dev.pysocket"));
        assertEquals(OUTPUT, modular.stdout(), modular::toString);
        assertFalse(modular.stderr().contains("WARNING"), modular::toString);
        ChildProcess.Output classPath = PackagedJars.run(onClassPath(java, lib, compileClassPath(lib),
                "--enable-native-access=ALL-UNNAMED"));
        assertEquals(OUTPUT, classPath.stdout(), classPath::toString);
        assertFalse(classPath.stderr().contains("WARNING"), classPath::toString);
    }
}
