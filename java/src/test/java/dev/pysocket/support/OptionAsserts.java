package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.OSError;
import dev.pysocket.Socket;

/** OptionAsserts: the set-then-read check of the int option suites (R32, R33). */
public final class OptionAsserts {
    private OptionAsserts() {
    }

    /**
     * assertSetReads: setsockopt(level, name, value), then the int getsockopt(level, name)
     * reads {@code reads}, which is not always what was set (a boolean reads 1, Linux
     * doubles buffer sizes and raises them to its minimum).
     */
    public static void assertSetReads(Socket s, int level, int name, int value, int reads) throws OSError {
        s.setsockopt(level, name, value);
        assertEquals(reads, s.getsockopt(level, name),
                () -> "getsockopt(" + level + ", " + name + ") after setsockopt(..., " + value + ")");
    }
}
