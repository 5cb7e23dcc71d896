package dev.pysocket.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * ReadmeBlocks reads the README's fenced code blocks (a line {@code ```lang}, the code, a
 * line {@code ```}), so tests can compile and run what the README shows.
 */
final class ReadmeBlocks {
    private static final String FENCE = "```";

    /** Block: a fenced block's language, the README line of its first code line (from 1), its code. */
    record Block(String language, int line, String code) {
    }

    private ReadmeBlocks() {
    }

    /** all returns every fenced block of the README, in order. */
    static List<Block> all() throws IOException {
        List<String> lines = Files.readAllLines(ReadmeMatrix.readme(), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String open = lines.get(i).strip();
            if (!open.startsWith(FENCE)) {
                continue;
            }
            int first = i + 1;
            int end = first;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end == lines.size()) {
                throw new IllegalStateException("README.md line " + (i + 1) + ": fence never closed");
            }
            StringBuilder code = new StringBuilder();
            for (String l : lines.subList(first, end)) {
                code.append(l).append('\n');
            }
            blocks.add(new Block(open.substring(FENCE.length()).strip(), first + 1, code.toString()));
            i = end;
        }
        return blocks;
    }

    /** of returns the blocks of one language ("java", "python", ...). */
    static List<Block> of(String language) throws IOException {
        return all().stream().filter(b -> b.language().equals(language)).toList();
    }

    /**
     * after returns the first block of language that follows the heading line (exact text),
     * e.g. the Python or the Java of "## Python and Java side by side".
     */
    static Block after(String heading, String language) throws IOException {
        List<String> lines = Files.readAllLines(ReadmeMatrix.readme(), StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        if (at < 0) {
            throw new IllegalStateException("README.md has no line '" + heading + "'");
        }
        return of(language).stream().filter(b -> b.line() > at + 1).findFirst().orElseThrow(
                () -> new IllegalStateException("README.md has no " + language + " block after '" + heading + "'"));
    }
}
