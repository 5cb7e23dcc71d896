package dev.pysocket.fuzz;

import java.util.List;

/**
 * Rows: what the *Cases files build their rows with: {@link #add}, the extreme ints that
 * every int argument is fed, and the CPython 3.11 messages that more than one API surface
 * raises (the timeout ones come from one parser, the port one from one address check).
 */
final class Rows {
    static final int MAX = Integer.MAX_VALUE;
    static final int MIN = Integer.MIN_VALUE;
    /** The port check's message after the function's name: {@code "bind" + PORT}. */
    static final String PORT = "(): port must be 0-65535.";
    static final String NAN = "Invalid value NaN (not a number)";
    static final String RANGE = "Timeout value out of range";
    static final String TIME_T = "timestamp out of range for platform time_t";

    private Rows() {
    }

    /** add appends one case to the table t. */
    static void add(List<FuzzCase> t, String method, String name, FuzzCase.Call call, Outcome expect) {
        t.add(new FuzzCase(method, name, call, expect));
    }
}
