package dev.pysocket.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ReadmeJavaBlocksTest compiles every fenced Java block of the README ({@code ```java}), each
 * on its own, against the library and JNA only (what a user's class path holds), so that no
 * example the README shows can stop compiling: a missing import, a renamed method or a
 * checked exception left unhandled fails here with the README line of the problem.
 */
class ReadmeJavaBlocksTest {

    @Test
    void everyJavaBlockCompilesAgainstTheLibraryAlone() throws Exception {
        List<ReadmeBlocks.Block> blocks = ReadmeBlocks.of("java");
        assertFalse(blocks.isEmpty(), "README.md has no ```java block (the side-by-side example is one)");
        List<String> problems = new ArrayList<>();
        for (ReadmeBlocks.Block block : blocks) {
            Path dir = Files.createTempDirectory("pysocket-readme-java-");
            try {
                Path src = Files.createDirectory(dir.resolve("src"));
                Path out = Files.createDirectory(dir.resolve("out"));
                problems.addAll(JavaBlockCompiler.compile(block, src, out).problems());
            } finally {
                JavaBlockCompiler.deleteTree(dir);
            }
        }
        assertTrue(problems.isEmpty(), () -> "README Java blocks do not compile:\n" + String.join("\n", problems));
    }
}
