package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.einval;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Sockets;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SendfileCases: the fuzz rows for {@code Socket.sendfile} (R23): null, zero, negative and
 * huge counts and offsets, a UDP, an unconnected, a non-blocking and a closed socket, a
 * closed and an empty file. Outcomes are python3's (socket.sendfile on a regular file).
 */
final class SendfileCases {
    private static final String SENDFILE = "Socket.sendfile(FileChannel,long,Long)";

    private SendfileCases() {
    }

    /** rows: every sendfile case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        add(t, SENDFILE, "null file", f -> f.fresh().sendfile(null, 0, null), npe());
        for (long count : new long[] {0, -1, Long.MIN_VALUE}) {
            add(t, SENDFILE, "count " + count, f -> f.fresh().sendfile(file(f, 3), 0, count),
                    iae("count must be a positive integer (got " + count + ")"));
        }
        add(t, SENDFILE, "UDP before count", f -> f.own(Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, 0))
                .sendfile(file(f, 3), 0, 0L), iae("only SOCK_STREAM type sockets are supported"));
        add(t, SENDFILE, "closed file", f -> {
            FileChannel c = file(f, 3);
            c.close();
            return f.fresh().sendfile(c, 0, null);
        }, iae("I/O operation on closed file"));
        add(t, SENDFILE, "empty file, non-blocking", f -> {
            var s = f.fresh();
            s.setblocking(false);
            return s.sendfile(file(f, 0), 0, null);
        }, returns(0L));
        add(t, SENDFILE, "non-blocking", f -> {
            var s = f.fresh();
            s.setblocking(false);
            return s.sendfile(file(f, 3), 0, null);
        }, iae("non-blocking sockets are not supported"));
        add(t, SENDFILE, "closed socket", f -> f.closed().sendfile(file(f, 3), 0, null),
                iae("Invalid file descriptor: -1"));
        add(t, SENDFILE, "closed socket, count 0", f -> f.closed().sendfile(file(f, 3), 0, 0L),
                iae("count must be a positive integer (got 0)"));
        add(t, SENDFILE, "unconnected", f -> f.fresh().sendfile(file(f, 3), 0, null), os(32, "Broken pipe"));
        add(t, SENDFILE, "offset -1", f -> f.fresh().sendfile(file(f, 3), -1, null), einval());
        add(t, SENDFILE, "offset MIN", f -> f.fresh().sendfile(file(f, 3), Long.MIN_VALUE, 1L), einval());
        add(t, SENDFILE, "offset MAX", f -> f.fresh().sendfile(file(f, 3), Long.MAX_VALUE, null), einval());
        add(t, SENDFILE, "offset past the end", f -> f.fresh().sendfile(file(f, 3), 3, null), returns(0L));
        add(t, SENDFILE, "count MAX, unconnected", f -> f.fresh().sendfile(file(f, 3), 0, Long.MAX_VALUE),
                os(32, "Broken pipe"));
        return t;
    }

    /** file: a read-only channel of a new temporary file of n bytes, deleted and closed with the fixture. */
    private static FileChannel file(Fixture f, int n) throws IOException {
        Path p = Files.createTempFile("pysocket-fuzz", ".bin");
        Files.write(p, new byte[n]);
        FileChannel c = FileChannel.open(p);
        f.own(() -> Files.deleteIfExists(p));
        return f.own(c);
    }
}
