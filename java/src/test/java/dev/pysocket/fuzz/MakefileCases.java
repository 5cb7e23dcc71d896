package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.add;

import java.util.ArrayList;
import java.util.List;

/**
 * MakefileCases: the fuzz rows for makefile (R17, docs/python-semantics.md §3): modes, buffer
 * sizes, encodings, error handlers and newlines, with CPython 3.11's messages. A file made by
 * a row is closed with the fixture.
 */
final class MakefileCases {
    private MakefileCases() {
    }

    /** rows: every makefile case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        String one = "Socket.makefile(String)";
        String all = "Socket.makefile(String,int,String,String,String)";
        add(t, one, "null", f -> f.fresh().makefile(null), npe());
        for (String mode : new String[] {"x", "rt", "rw+", "a", "R", " "}) {
            add(t, one, "mode '" + mode + "'", f -> f.fresh().makefile(mode),
                    iae("invalid mode '" + mode + "' (only r, w, b allowed)"));
        }
        for (String mode : new String[] {"", "r", "w", "b", "rb", "wb", "rwb", "wr", "rr", "bwr"}) {
            add(t, one, "mode '" + mode + "'", f -> f.own(f.fresh().makefile(mode)).closed(), returns(false));
        }
        add(t, one, "closed socket", f -> f.own(f.closed().makefile("r")).mode(), returns("r"));
        add(t, all, "null mode", f -> f.fresh().makefile(null, -1, null, null, null), npe());
        add(t, all, "text, buffering 0", f -> f.fresh().makefile("r", 0, null, null, null),
                iae("unbuffered streams must be binary"));
        for (int buffering : new int[] {MIN, -1, 0, 1, 3, 1 << 20}) {
            add(t, all, "binary, buffering " + buffering, f -> f.own(f.fresh().makefile("rwb", buffering, null, null, null))
                    .mode(), returns("rwb"));
        }
        add(t, all, "unknown encoding", f -> f.fresh().makefile("r", -1, "nosuch", null, null),
                iae("unknown encoding: nosuch"));
        add(t, all, "empty encoding", f -> f.fresh().makefile("r", -1, "", null, null), iae("unknown encoding: "));
        add(t, all, "binary ignores encoding, errors, newline", f -> f.own(f.fresh().makefile("b", -1, "nosuch", "nosuch", "x"))
                .mode(), returns("rb"));
        add(t, all, "unknown errors: found at the first coding error", f -> f.own(f.fresh().makefile("w", -1, null,
                "nosuch", null)).write(""), returns(0));
        for (String nl : new String[] {"x", "\n\n", "\r\r", " ", "r"}) {
            add(t, all, "newline " + nl.replace("\n", "\\n").replace("\r", "\\r"),
                    f -> f.fresh().makefile("r", -1, null, null, nl), iae("illegal newline value: " + nl));
        }
        for (String nl : new String[] {"", "\n", "\r", "\r\n"}) {
            add(t, all, "newline ok " + nl.replace("\n", "\\n").replace("\r", "\\r"),
                    f -> f.own(f.fresh().makefile("r", -1, null, null, nl)).readable(), returns(true));
        }
        return t;
    }
}
