package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.einval;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * PairCases: the fuzz rows for socketpair (R22, docs/python-semantics.md §3). Errors are Linux's,
 * checked with python3; the jdk backend makes SOCK_STREAM pairs only, of AF_INET too
 * (SocketPairFallbackTest), and names itself for the rest.
 */
final class PairCases {
    private PairCases() {
    }

    /** rows: every socketpair case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        int unix = Sockets.AF_UNIX;
        int stream = Sockets.SOCK_STREAM;
        String pair = "Sockets.socketpair(int,int,int)";
        add(t, "Sockets.socketpair()", "defaults", f -> {
            SocketPair p = f.own(Sockets.socketpair());
            return List.of(p.first().family(), p.first().type(), p.second().proto());
        }, returns(List.of(unix, stream, 0)));
        add(t, pair, "AF_INET", f -> Sockets.socketpair(Sockets.AF_INET, stream, 0), os(95, "Operation not supported"));
        add(t, pair, "AF_UNIX, SOCK_DGRAM", f -> f.own(Sockets.socketpair(unix, Sockets.SOCK_DGRAM, 0)).first().type(),
                returns(Sockets.SOCK_DGRAM).needing(Capability.SOCKETPAIR));
        for (int family : new int[] {999, MAX, MIN}) {
            add(t, pair, "family " + family, f -> Sockets.socketpair(family, stream, 0),
                    os(97, "Address family not supported by protocol"));
        }
        add(t, pair, "type 999", f -> Sockets.socketpair(unix, 999, 0), einval());
        add(t, pair, "type MAX", f -> Sockets.socketpair(unix, MAX, 0), einval());
        add(t, pair, "proto 5", f -> Sockets.socketpair(unix, stream, 5), os(93, "Protocol not supported"));
        add(t, pair, "proto MIN", f -> Sockets.socketpair(unix, stream, MIN), os(93, "Protocol not supported"));
        return t;
    }
}
