package dev.pysocket.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * ExamplePrograms: the repository's {@code examples/} directory and the commands that run its
 * programs. The Java examples are compiled once, as a user's javac at release 17 would with only
 * the library and JNA on the class path, every lint on and warnings as errors, so each run
 * starts a plain JVM instead of compiling in source-file mode again (measured: 1.7 s of CPU for
 * a source-file run of EchoClient, 0.55 s for the compiled one); the README's source-file
 * command is run by {@link #javaSource}. The examples that
 * need Java 21 are compiled by a Java 21+'s javac ({@link #java21}).
 */
final class ExamplePrograms implements AutoCloseable {
    /** NEEDS_JAVA_21: examples that use Java 21 API, compiled and run by a Java 21+ only. */
    static final Set<String> NEEDS_JAVA_21 = Set.of("VirtualThreadEchoServer.java");
    /**
     * ENV: UTF-8 for every child whatever the test's locale: python3's stdout and a JDK 17's
     * argv, System.out and default charset follow it, and the examples print non-ASCII text.
     */
    static final Map<String, String> ENV = Map.of("LC_ALL", "C.UTF-8", "PYTHONIOENCODING", "utf-8");
    /**
     * FAST_START: an example runs for a fraction of a second and does little work, so the
     * interpreter alone and a serial GC cost the least CPU (measured: about 0.45 s of CPU per run
     * against 0.6 s with the client compiler, on a loaded 2-core machine).
     */
    private static final List<String> FAST_START = List.of("-Xint", "-XX:+UseSerialGC", "-XX:-UsePerfData");

    private final Path examples;
    private final Path classes;
    private final String python3;
    /** classes21: NEEDS_JAVA_21 compiled by a Java 21+'s javac, once it was asked for. */
    private Path classes21;

    private ExamplePrograms(Path examples, Path classes, String python3) {
        this.examples = examples;
        this.classes = classes;
        this.python3 = python3;
    }

    /** compile finds examples/ above the working directory and compiles its Java programs. */
    static ExamplePrograms compile() throws IOException {
        Path examples = locate();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(examples)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !NEEDS_JAVA_21.contains(p.getFileName().toString())).sorted().toList();
        }
        assertTrue(!sources.isEmpty(), "no Java example under " + examples);
        Path classes = Files.createTempDirectory("pysocket-examples-");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter javacOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-cp", libraryClassPath(), "-d", classes.toString());
            ok = javac.getTask(javacOutput, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.NOTE) {
                problems.add(d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok || !problems.isEmpty()) {
            deleteTree(classes);
            throw new AssertionError("the examples do not compile cleanly:\n" + String.join("\n", problems) + javacOutput);
        }
        return new ExamplePrograms(examples, classes, python3());
    }

    /** python: {@code python3 examples/<script> args}. */
    List<String> python(String script, String... args) {
        List<String> cmd = new ArrayList<>(List.of(python3, examples.resolve(script).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** java: the compiled example mainClass on backend, in a JVM like this one's. */
    List<String> java(String backend, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(FAST_START);
        cmd.addAll(List.of("-Dpysocket.backend=" + backend,
                "-cp", classes + File.pathSeparator + libraryClassPath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * java21: the example mainClass of NEEDS_JAVA_21 on backend, in a JVM of jdk21 (a Java 21+
     * home) with jvmArgs; the first call compiles those examples with that JDK's javac, at
     * release 21 with every lint on and warnings as errors.
     */
    synchronized List<String> java21(Path jdk21, List<String> jvmArgs, String backend, String mainClass, String... args)
            throws IOException, InterruptedException {
        if (classes21 == null) {
            Path out = Files.createTempDirectory("pysocket-examples-21-");
            List<String> javac = new ArrayList<>(List.of(jdk21.resolve("bin").resolve("javac").toString(),
                    "--release", "21", "-Xlint:all", "-Werror", "-proc:none", "-encoding", "UTF-8",
                    "-cp", libraryClassPath(), "-d", out.toString()));
            try (Stream<Path> files = Files.walk(examples)) {
                files.filter(p -> NEEDS_JAVA_21.contains(p.getFileName().toString())).forEach(p -> javac.add(p.toString()));
            }
            ChildProcess.Output compiled = ChildProcess.run(javac, ENV, Duration.ofSeconds(60));
            if (compiled.exit() != 0 || !compiled.stdout().isEmpty() || !compiled.stderr().isEmpty()) {
                deleteTree(out);
                throw new AssertionError("the Java 21 examples do not compile cleanly: " + compiled);
            }
            classes21 = out;
        }
        List<String> cmd = new ArrayList<>(List.of(jdk21.resolve("bin").resolve("java").toString()));
        cmd.addAll(FAST_START);
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-Dpysocket.backend=" + backend,
                "-cp", classes21 + File.pathSeparator + libraryClassPath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * javaSource: the README's command, {@code java -cp PYSOCKET:JNA examples/<file> args} (JEP 330
     * source-file mode), with launcher as the java and jvmArgs before the class path.
     */
    List<String> javaSource(Path launcher, List<String> jvmArgs, String backend, String file, String... args) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-Dpysocket.backend=" + backend, "-cp", libraryClassPath(), examples.resolve(file).toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** close deletes the compiled classes. */
    @Override
    public synchronized void close() throws IOException {
        deleteTree(classes);
        if (classes21 != null) {
            deleteTree(classes21);
        }
    }

    /** libraryClassPath: the library's classes and JNA's jar, what a user's program has. */
    private static String libraryClassPath() {
        try {
            return ChildProcess.location(Sockets.class) + File.pathSeparator
                    + ChildProcess.location(Class.forName("com.sun.jna.Native"));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JNA is not on the test class path", e);
        }
    }

    /**
     * python3: the executable behind the python3 on PATH, asked once: a version manager's shim
     * (pyenv's is a shell script) can take longer to start than the example takes to run.
     */
    private static String python3() throws IOException {
        try {
            ChildProcess.Output out = ChildProcess.run(List.of("python3", "-c", "import sys; print(sys.executable)"),
                    Map.of(), Duration.ofSeconds(20));
            String executable = out.stdout().strip();
            assertTrue(out.exit() == 0 && !executable.isEmpty(), () -> "python3 does not run: " + out);
            return executable;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking python3 where it is", e);
        }
    }

    /** locate: the examples/ beside native/ in the nearest directory above the working one that has both. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("native"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
