package dev.pysocket.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.ChildProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * LinuxStrerrorTest: the jdk backend's copy of glibc's messages (LinuxStrerror, what
 * Platform.strerror answers when libpysocket does not load) says, errno for errno, what
 * python3's os.strerror says on this machine.
 */
class LinuxStrerrorTest {
    private static final int LAST = 255;

    @Test
    void everyEntryIsPythonsOsStrerror() throws Exception {
        Map<Integer, String> python = pythonStrerror();
        Map<Integer, String> table = LinuxStrerror.table();
        for (Map.Entry<Integer, String> e : new TreeMap<>(table).entrySet()) {
            assertEquals(python.get(e.getKey()), e.getValue(), () -> "errno " + e.getKey());
        }
        assertTrue(table.size() > 100, "the table has " + table.size() + " entries");
    }

    /** pythonStrerror: os.strerror(n) for n in 1..LAST, from python3. */
    private static Map<Integer, String> pythonStrerror() throws Exception {
        String script = "import os\nfor n in range(1, " + (LAST + 1) + "):\n    print(n, os.strerror(n), sep='\\t')\n";
        ChildProcess.Output o = ChildProcess.run(List.of("python3", "-c", script), Map.of(), Duration.ofSeconds(20));
        assertEquals(0, o.exit(), o::toString);
        Map<Integer, String> out = new TreeMap<>();
        for (String line : o.stdout().split("\n")) {
            if (!line.isEmpty()) {
                String[] f = line.split("\t", 2);
                out.put(Integer.parseInt(f[0]), f[1]);
            }
        }
        assertEquals(LAST, out.size(), o::toString);
        return out;
    }
}
