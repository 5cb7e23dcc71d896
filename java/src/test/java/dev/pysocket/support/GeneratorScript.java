package dev.pysocket.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GeneratorScript: one of the repository's generators (tools/gen_constants.py,
 * tools/gen_jni.py), run by python3 on the repository or on a copy of its inputs, for the tests
 * that hold the generated files to what the generator makes now.
 */
public final class GeneratorScript {
    private final String script;

    /** @param script the generator's path from the repository's top, e.g. "tools/gen_jni.py" */
    public GeneratorScript(String script) {
        this.script = script;
    }

    /** root: the repository's top, found from the working directory (surefire runs in java/). */
    public Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(script))) {
                return dir;
            }
        }
        throw new IllegalStateException(script + " not found above " + Path.of("").toAbsolutePath());
    }

    /** run runs the generator (from the repository) on the tree at root with args, within 30 s. */
    public ChildProcess.Output run(Path root, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", root().resolve(script).toString(), "--root", root.toString()));
        cmd.addAll(List.of(args));
        return ChildProcess.run(cmd, Map.of(), Duration.ofSeconds(30));
    }
}
