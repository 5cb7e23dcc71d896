package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Fixture.loopback;
import static dev.pysocket.fuzz.Outcome.bare;
import static dev.pysocket.fuzz.Outcome.ebadf;
import static dev.pysocket.fuzz.Outcome.einval;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.NAN;
import static dev.pysocket.fuzz.Rows.PORT;
import static dev.pysocket.fuzz.Rows.RANGE;
import static dev.pysocket.fuzz.Rows.TIME_T;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.GaiError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * ModuleCases: the fuzz rows for {@link Sockets}' functions: socket creation (R7, section
 * 3), the descriptor functions (R16), createConnection/createServer (R20, R21), the default
 * timeout (R8) and has. Messages are CPython 3.11's.
 */
final class ModuleCases {
    private ModuleCases() {
    }

    /** rows: every case for Sockets, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        functions(t);
        return t;
    }

    private static void functions(List<FuzzCase> t) {
        int inet = Sockets.AF_INET;
        int stream = Sockets.SOCK_STREAM;
        add(t, "Sockets.socket()", "defaults", f -> f.own(Sockets.socket()).family(), returns(inet));
        add(t, "Sockets.socket(int,int)", "family MIN", f -> Sockets.socket(MIN, stream),
                os(97, "Address family not supported by protocol"));
        add(t, "Sockets.socket(int,int)", "family MAX", f -> Sockets.socket(MAX, stream),
                os(97, "Address family not supported by protocol"));
        add(t, "Sockets.socket(int,int)", "MAX, MAX: flag bits are checked first", f -> Sockets.socket(MAX, MAX), einval());
        add(t, "Sockets.socket(int,int)", "type 12", f -> Sockets.socket(inet, 12), einval());
        add(t, "Sockets.socket(int,int)", "type MIN", f -> Sockets.socket(inet, MIN), einval());
        add(t, "Sockets.socket(int,int)", "type MAX", f -> Sockets.socket(inet, MAX), einval());
        add(t, "Sockets.socket(int,int)", "-1, -1 are the defaults", f -> {
            Socket s = f.own(Sockets.socket(-1, -1));
            return List.of(s.family(), s.type(), s.proto());
        }, returns(List.of(inet, stream, 0)));
        add(t, "Sockets.socket(int,int,int)", "proto MAX", f -> Sockets.socket(inet, stream, MAX), einval());
        add(t, "Sockets.socket(int,int,int)", "UDP proto on a stream", f -> Sockets.socket(inet, stream, 17),
                os(93, "Protocol not supported"));
        add(t, "Sockets.socket(int,int,int)", "proto -1 is the default", f -> f.own(Sockets.socket(inet, stream, -1)).proto(),
                returns(0));
        String wrap = "Sockets.socket(int,int,int,int)";
        add(t, wrap, "fileno -1", f -> Sockets.socket(-1, -1, -1, -1), iae("negative file descriptor"));
        add(t, wrap, "fileno MIN", f -> Sockets.socket(inet, stream, 0, MIN), iae("negative file descriptor"));
        add(t, wrap, "fileno MAX", f -> Sockets.socket(-1, -1, -1, MAX), ebadf().needing(Capability.DESCRIPTORS));
        add(t, "Sockets.fromfd(int,int,int)", "fd -1", f -> Sockets.fromfd(-1, inet, stream), ebadf().needing(Capability.DESCRIPTORS));
        add(t, "Sockets.fromfd(int,int,int)", "fd MAX", f -> Sockets.fromfd(MAX, MIN, MIN), ebadf().needing(Capability.DESCRIPTORS));
        for (int fd : new int[] {-1, MAX, MIN}) {
            add(t, "Sockets.close(int)", "fd " + fd, f -> {
                Sockets.close(fd);
                return null;
            }, ebadf().needing(Capability.DESCRIPTORS));
            add(t, "Sockets.dup(int)", "fd " + fd, f -> Sockets.dup(fd), ebadf().needing(Capability.DESCRIPTORS));
        }

        String cc = "Sockets.createConnection(Address)";
        add(t, cc, "null", f -> Sockets.createConnection(null), npe());
        add(t, cc, "null host is None: loopback", f -> Sockets.createConnection(Address.of(null, f.refusedPort())),
                os(111, "Connection refused"));
        add(t, cc, "port -1", f -> Sockets.createConnection(Address.of("127.0.0.1", -1)),
                new Outcome(GaiError.class, -8, "[Errno -8] Servname not supported for ai_socktype",
                        Outcome.ANY, null));
        add(t, cc, "empty host", f -> Sockets.createConnection(Address.of("", 80)),
                new Outcome(GaiError.class, -2, "[Errno -2] Name or service not known", Outcome.ANY, null));
        add(t, cc, "refused", f -> Sockets.createConnection(loopback(f.refusedPort())), os(111, "Connection refused"));
        String cct = "Sockets.createConnection(Address,Double)";
        add(t, cct, "NaN", f -> Sockets.createConnection(loopback(9), Double.valueOf(Double.NaN)), iae(NAN));
        add(t, cct, "negative", f -> Sockets.createConnection(loopback(9), Double.valueOf(-1)), iae(RANGE));
        add(t, cct, "infinite", f -> Sockets.createConnection(loopback(9), Double.valueOf(Double.POSITIVE_INFINITY)),
                iae(TIME_T));
        add(t, cct, "null timeout, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), null),
                os(111, "Connection refused"));
        add(t, cct, "null address", f -> Sockets.createConnection(null, (Double) null), npe());
        String cctp = "Sockets.createConnection(Address,double)";
        add(t, cctp, "NaN", f -> Sockets.createConnection(loopback(9), Double.NaN), iae(NAN));
        add(t, cctp, "negative", f -> Sockets.createConnection(loopback(9), -1), iae(RANGE));
        add(t, cctp, "infinite", f -> Sockets.createConnection(loopback(9), Double.POSITIVE_INFINITY), iae(TIME_T));
        add(t, cctp, "int timeout, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), 1),
                os(111, "Connection refused"));
        add(t, cctp, "null address", f -> Sockets.createConnection(null, 1), npe());
        String ccs = "Sockets.createConnection(Address,Double,Address)";
        add(t, ccs, "bad source port", f -> Sockets.createConnection(loopback(f.refusedPort()), Double.valueOf(1),
                Address.of("127.0.0.1", -1)), iae("bind" + PORT));
        add(t, ccs, "NaN", f -> Sockets.createConnection(loopback(9), Double.valueOf(Double.NaN), null), iae(NAN));
        String ccsp = "Sockets.createConnection(Address,double,Address)";
        add(t, ccsp, "bad source port", f -> Sockets.createConnection(loopback(f.refusedPort()), 1,
                Address.of("127.0.0.1", -1)), iae("bind" + PORT));
        add(t, ccsp, "negative", f -> Sockets.createConnection(loopback(9), -1, null), iae(RANGE));
        String cca = "Sockets.createConnection(Address,Double,Address,boolean)";
        add(t, cca, "all errors, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), Double.valueOf(1),
                null, true), bare("create_connection failed"));
        add(t, cca, "null address", f -> Sockets.createConnection(null, Double.valueOf(1), null, true), npe());
        String ccap = "Sockets.createConnection(Address,double,Address,boolean)";
        add(t, ccap, "all errors, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), 1, null, true),
                bare("create_connection failed"));
        add(t, ccap, "null address", f -> Sockets.createConnection(null, 1, null, true), npe());
        add(t, ccap, "NaN", f -> Sockets.createConnection(loopback(9), Double.NaN, null, false), iae(NAN));

        String cs = "Sockets.createServer(Address)";
        add(t, cs, "null", f -> Sockets.createServer(null), npe());
        add(t, cs, "port MAX", f -> Sockets.createServer(Address.of("127.0.0.1", MAX)), iae("bind" + PORT));
        String cs5 = "Sockets.createServer(Address,int,Integer,boolean,boolean)";
        add(t, cs5, "family MIN", f -> Sockets.createServer(loopback(0), MIN, null, false, false),
                os(97, "Address family not supported by protocol"));
        add(t, cs5, "backlog MIN is clamped", f -> f.own(Sockets.createServer(loopback(0), inet, MIN, false, false)).family(),
                returns(inet));
        add(t, cs5, "dualstack with AF_INET", f -> {
            // Which ValueError depends on the backend's dual-stack support, probed now.
            String expected = Sockets.hasDualstackIpv6() ? "dualstack_ipv6 requires AF_INET6 family"
                    : "dualstack_ipv6 not supported on this platform";
            try {
                return f.own(Sockets.createServer(loopback(0), inet, null, false, true));
            } catch (IllegalArgumentException e) {
                return expected.equals(e.getMessage()) ? "raised the expected ValueError" : e;
            }
        }, returns("raised the expected ValueError"));
        add(t, "Sockets.hasDualstackIpv6()", "probe", f -> Sockets.hasDualstackIpv6(), returns());
        add(t, "Sockets.hasIpv6()", "Linux builds have IPv6", f -> Sockets.hasIpv6(), returns(true));

        add(t, "Sockets.getdefaulttimeout()", "initially None", f -> Sockets.getdefaulttimeout(), returns(null));
        String sdt = "Sockets.setdefaulttimeout(Double)";
        String sdtp = "Sockets.setdefaulttimeout(double)";
        for (String method : new String[] {sdt, sdtp}) {
            boolean boxed = method.equals(sdt);
            for (double bad : new double[] {Double.NaN, -1.0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
                // -inf converts before the sign check: time_t, not "out of range"
                Outcome expect = Double.isNaN(bad) ? iae(NAN) : Double.isInfinite(bad) ? iae(TIME_T) : iae(RANGE);
                add(t, method, String.valueOf(bad), f -> {
                    if (boxed) {
                        Sockets.setdefaulttimeout(Double.valueOf(bad));
                    } else {
                        Sockets.setdefaulttimeout(bad);
                    }
                    return null;
                }, expect);
            }
        }
        add(t, sdt, "null", f -> {
            Sockets.setdefaulttimeout(null);
            return Sockets.getdefaulttimeout();
        }, returns(null));
        add(t, sdtp, "int 2 is 2.0", f -> {
            try {
                Sockets.setdefaulttimeout(2);
                return Sockets.getdefaulttimeout();
            } finally {
                Sockets.setdefaulttimeout(null);
            }
        }, returns(2.0));
        add(t, "Sockets.backend()", "name", f -> Sockets.backend(), returns());
        add(t, "Sockets.binding()", "name", f -> Sockets.binding(), returns());
        add(t, "Sockets.has(String)", "null", f -> Sockets.has(null), npe());
        add(t, "Sockets.has(String)", "empty", f -> Sockets.has(""), returns(false));
        add(t, "Sockets.has(String)", "AF_INET", f -> Sockets.has("AF_INET"), returns(true));
    }
}
