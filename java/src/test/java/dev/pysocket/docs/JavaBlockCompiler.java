package dev.pysocket.docs;

import dev.pysocket.Sockets;
import dev.pysocket.support.ChildProcess;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * JavaBlockCompiler compiles one README Java block as a user would: javac at release 17 with
 * only the library and its one dependency (JNA) on the class path, every lint on and warnings
 * as errors. Each problem is reported with its README line.
 */
final class JavaBlockCompiler {
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)", Pattern.MULTILINE);

    /** Result: the problems found (empty when the block compiled) and the first type's name. */
    record Result(List<String> problems, String mainClass) {
    }

    private JavaBlockCompiler() {
    }

    /** libraryClassPath: the library's classes and JNA's jar, what a user's program has. */
    static String libraryClassPath() throws ClassNotFoundException {
        return ChildProcess.location(Sockets.class) + File.pathSeparator
                + ChildProcess.location(Class.forName("com.sun.jna.Native"));
    }

    /** compile writes block into src (as its first type's file) and compiles it into out. */
    static Result compile(ReadmeBlocks.Block block, Path src, Path out) throws IOException, ClassNotFoundException {
        Matcher m = TOP_LEVEL_TYPE.matcher(block.code());
        if (!m.find()) {
            return new Result(List.of("README.md line " + block.line() + ": Java block declares no class"), null);
        }
        String name = m.group(1);
        Path file = src.resolve(name + ".java");
        Files.writeString(file, block.code(), StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter javacOutput = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--release", "17", "-Xlint:all", "-Werror", "-proc:none",
                    "-cp", libraryClassPath(), "-d", out.toString());
            ok = javac.getTask(javacOutput, files, diagnostics, options, null, files.getJavaFileObjects(file)).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.NOTE) {
                continue;
            }
            long line = d.getLineNumber() == Diagnostic.NOPOS ? block.line() : block.line() + d.getLineNumber() - 1;
            problems.add("README.md line " + line + ": " + d.getKind().toString().toLowerCase(Locale.ROOT) + ": "
                    + d.getMessage(Locale.ROOT));
        }
        if (!ok && problems.isEmpty()) {
            problems.add("README.md line " + block.line() + ": javac failed: " + javacOutput);
        }
        return new Result(problems, name);
    }

    /** deleteTree removes dir and everything under it. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
