package dev.pysocket.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ReadmeMatrix reads the README's backend feature matrix: the table under the heading
 * "### Feature matrix", one {@link Row} per line after the header and separator.
 */
final class ReadmeMatrix {
    static final String HEADING = "### Feature matrix";

    /** Row: a feature and what each backend's cell says about it. */
    record Row(String feature, String nativeCell, String jdkCell) {
        String cell(String backend) {
            return "native".equals(backend) ? nativeCell : jdkCell;
        }
    }

    private ReadmeMatrix() {
    }

    /** read returns the matrix rows of the README at the repository's top. */
    static List<Row> read() throws IOException {
        List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        int at = lines.indexOf(HEADING);
        if (at < 0) {
            throw new IllegalStateException("README.md has no line '" + HEADING + "'");
        }
        List<Row> rows = new ArrayList<>();
        int i = at + 1;
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        i += 2; // the header row and the |---| separator
        for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            if (cells.length != 5) {
                throw new IllegalStateException("matrix row without 3 cells: " + lines.get(i));
            }
            rows.add(new Row(cells[1].trim(), cells[2].trim(), cells[3].trim()));
        }
        return rows;
    }

    /** readme finds README.md in the working directory or above it (surefire runs in java/). */
    static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("README.md");
            if (Files.isRegularFile(candidate) && Files.isDirectory(dir.resolve("native"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("README.md not found above " + Path.of("").toAbsolutePath());
    }
}
