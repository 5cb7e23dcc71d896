package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Fixture.loopback;
import static dev.pysocket.fuzz.Outcome.bare;
import static dev.pysocket.fuzz.Outcome.gai;
import static dev.pysocket.fuzz.Outcome.herror;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.Sockets;
import java.util.ArrayList;
import java.util.List;

/**
 * ResolverCases: the fuzz rows for the module functions of name resolution and the pure
 * helpers (inet_*, hton*, CMSG_*, if_*), docs/python-semantics.md §3 and R29-R31. Every expected
 * outcome was checked against python3 3.11 with the same argument (None is null; Python's
 * TypeError for a wrong type has no Java twin).
 */
final class ResolverCases {
    private static final String NONAME = "Name or service not known";

    private ResolverCases() {
    }

    /** rows: every resolver and helper case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        addrinfo(t);
        hosts(t);
        services(t);
        helpers(t);
        interfaces(t);
        return t;
    }

    private static void addrinfo(List<FuzzCase> t) {
        String port = "Sockets.getaddrinfo(String,Integer)";
        add(t, port, "None, None", f -> Sockets.getaddrinfo(null, (Integer) null), gai(-2, NONAME));
        add(t, port, "empty host", f -> Sockets.getaddrinfo("", 80), gai(-2, NONAME));
        add(t, port, "NUL in host", f -> Sockets.getaddrinfo("a\0b", 80), gai(-2, NONAME));
        add(t, port, "port -1", f -> Sockets.getaddrinfo("127.0.0.1", -1), gai(-8, "Servname not supported for ai_socktype"));
        add(t, port, "port MIN", f -> Sockets.getaddrinfo("127.0.0.1", MIN), gai(-8, "Servname not supported for ai_socktype"));
        add(t, port, "port MAX wraps to 65535", f -> Sockets.getaddrinfo("127.0.0.1", MAX).get(0).sockaddr(),
                returns(loopback(65535)));
        String service = "Sockets.getaddrinfo(String,String)";
        add(t, service, "None service", f -> Sockets.getaddrinfo("127.0.0.1", (String) null).get(0).sockaddr(),
                returns(loopback(0)));
        add(t, service, "unknown service", f -> Sockets.getaddrinfo("127.0.0.1", "nosuchsvc"),
                gai(-8, "Servname not supported for ai_socktype"));
        String full = "Sockets.getaddrinfo(String,Integer,int,int,int,int)";
        add(t, full, "family MAX", f -> Sockets.getaddrinfo("127.0.0.1", 80, MAX, 0, 0, 0), gai(-6, "ai_family not supported"));
        add(t, full, "type MAX", f -> Sockets.getaddrinfo("127.0.0.1", 80, 0, MAX, 0, 0), gai(-7, "ai_socktype not supported"));
        add(t, full, "proto MAX", f -> Sockets.getaddrinfo("127.0.0.1", 80, 0, 0, MAX, 0),
                gai(-8, "Servname not supported for ai_socktype"));
        add(t, full, "flags MAX", f -> Sockets.getaddrinfo("127.0.0.1", 80, 0, 0, 0, MAX), gai(-1, "Bad value for ai_flags"));
        add(t, full, "flags MIN", f -> Sockets.getaddrinfo("127.0.0.1", 80, 0, 0, 0, MIN), gai(-1, "Bad value for ai_flags"));
        String fullService = "Sockets.getaddrinfo(String,String,int,int,int,int)";
        add(t, fullService, "flags MAX", f -> Sockets.getaddrinfo("127.0.0.1", "80", 0, 0, 0, MAX),
                gai(-1, "Bad value for ai_flags"));
        add(t, fullService, "empty service", f -> Sockets.getaddrinfo("127.0.0.1", "", 0, Sockets.SOCK_STREAM, 0, 0).size(),
                returns(1));

        String nameinfo = "Sockets.getnameinfo(Address,int)";
        add(t, nameinfo, "null", f -> Sockets.getnameinfo(null, 0), npe());
        add(t, nameinfo, "flags MAX", f -> Sockets.getnameinfo(loopback(80), MAX), gai(-1, "Bad value for ai_flags"));
        add(t, nameinfo, "flags MIN", f -> Sockets.getnameinfo(loopback(80), MIN), gai(-1, "Bad value for ai_flags"));
        add(t, nameinfo, "port -1", f -> Sockets.getnameinfo(loopback(-1), 0), gai(-8, "Servname not supported for ai_socktype"));
        add(t, nameinfo, "empty host", f -> Sockets.getnameinfo(Address.of("", 80), 0), gai(-2, NONAME));
        add(t, nameinfo, "NUL in host", f -> Sockets.getnameinfo(Address.of("127.0.0.1\0", 80), 0),
                iae("embedded null character"));
        add(t, nameinfo, "flowinfo -1", f -> Sockets.getnameinfo(Address.of6("::1", 80, -1, 0), 0),
                iae("getnameinfo(): flowinfo must be 0-1048575."));
    }

    private static void hosts(List<FuzzCase> t) {
        add(t, "Sockets.gethostname()", "returns the kernel's name", f -> Sockets.gethostname().isEmpty(), returns(false));
        String byName = "Sockets.gethostbyname(String)";
        add(t, byName, "null", f -> Sockets.gethostbyname(null), npe());
        add(t, byName, "empty is INADDR_ANY", f -> Sockets.gethostbyname(""), returns("0.0.0.0"));
        add(t, byName, "NUL", f -> Sockets.gethostbyname("a\0b"),
                iae("gethostbyname() argument 1 must be encoded string without null bytes, not str"));
        add(t, "Sockets.gethostbynameEx(String)", "null", f -> Sockets.gethostbynameEx(null), npe());
        String byAddr = "Sockets.gethostbyaddr(String)";
        add(t, byAddr, "null", f -> Sockets.gethostbyaddr(null), npe());
        add(t, byAddr, "NUL", f -> Sockets.gethostbyaddr("a\0b"),
                iae("gethostbyaddr() argument 1 must be encoded string without null bytes, not str"));
        add(t, byAddr, "TEST-NET address has no name", f -> Sockets.gethostbyaddr("192.0.2.7"), herror(1, "Unknown host"));
        add(t, "Sockets.getfqdn()", "never raises", f -> Sockets.getfqdn().isEmpty(), returns(false));
        add(t, "Sockets.getfqdn(String)", "null", f -> Sockets.getfqdn(null), npe());
        add(t, "Sockets.getfqdn(String)", "NUL", f -> Sockets.getfqdn("a\0b"),
                iae("gethostbyaddr() argument 1 must be encoded string without null bytes, not str"));
    }

    private static void services(List<FuzzCase> t) {
        add(t, "Sockets.getservbyname(String)", "null", f -> Sockets.getservbyname(null), npe());
        add(t, "Sockets.getservbyname(String)", "empty", f -> Sockets.getservbyname(""), bare("service/proto not found"));
        add(t, "Sockets.getservbyname(String)", "NUL", f -> Sockets.getservbyname("ht\0tp"), iae("embedded null character"));
        String byName2 = "Sockets.getservbyname(String,String)";
        add(t, byName2, "null protocol is Python's omitted proto", f -> Sockets.getservbyname("http", null), returns(80));
        add(t, byName2, "empty protocol", f -> Sockets.getservbyname("http", ""), bare("service/proto not found"));
        String byPort = "Sockets.getservbyport(int)";
        for (int p : new int[] {-1, 65536, MAX, MIN}) {
            add(t, byPort, "port " + p, f -> Sockets.getservbyport(p), iae("getservbyport: port must be 0-65535."));
        }
        add(t, byPort, "port 0", f -> Sockets.getservbyport(0), bare("port/proto not found"));
        add(t, "Sockets.getservbyport(int,String)", "NUL protocol", f -> Sockets.getservbyport(80, "t\0cp"),
                iae("embedded null character"));
        add(t, "Sockets.getservbyport(int,String)", "port MAX", f -> Sockets.getservbyport(MAX, "tcp"),
                iae("getservbyport: port must be 0-65535."));
        String proto = "Sockets.getprotobyname(String)";
        add(t, proto, "null", f -> Sockets.getprotobyname(null), npe());
        add(t, proto, "empty", f -> Sockets.getprotobyname(""), bare("protocol not found"));
        add(t, proto, "NUL", f -> Sockets.getprotobyname("t\0cp"), iae("embedded null character"));
    }

    private static void helpers(List<FuzzCase> t) {
        add(t, "Sockets.inetAton(String)", "null", f -> Sockets.inetAton(null), npe());
        add(t, "Sockets.inetAton(String)", "empty", f -> Sockets.inetAton(""), bare("illegal IP address string passed to inet_aton"));
        add(t, "Sockets.inetAton(String)", "NUL", f -> Sockets.inetAton("1.2.3.4\0"), iae("embedded null character"));
        add(t, "Sockets.inetNtoa(byte[])", "null", f -> Sockets.inetNtoa(null), npe());
        add(t, "Sockets.inetNtoa(byte[])", "empty", f -> Sockets.inetNtoa(new byte[0]), bare("packed IP wrong length for inet_ntoa"));
        String pton = "Sockets.inetPton(int,String)";
        add(t, pton, "null", f -> Sockets.inetPton(Sockets.AF_INET, null), npe());
        add(t, pton, "family MAX", f -> Sockets.inetPton(MAX, "1.2.3.4"), os(97, "Address family not supported by protocol"));
        add(t, pton, "empty v4", f -> Sockets.inetPton(Sockets.AF_INET, ""), bare("illegal IP address string passed to inet_pton"));
        add(t, pton, "empty v6", f -> Sockets.inetPton(Sockets.AF_INET6, ""), bare("illegal IP address string passed to inet_pton"));
        String ntop = "Sockets.inetNtop(int,byte[])";
        add(t, ntop, "null", f -> Sockets.inetNtop(Sockets.AF_INET, null), npe());
        add(t, ntop, "empty", f -> Sockets.inetNtop(Sockets.AF_INET, new byte[0]), iae("invalid length of packed IP address string"));
        add(t, ntop, "family MAX", f -> Sockets.inetNtop(MAX, new byte[4]), iae("unknown address family 2147483647"));
        for (String name : new String[] {"htons", "ntohs"}) {
            String sig = "Sockets." + name + "(int)";
            add(t, sig, "MAX", f -> name.equals("htons") ? Sockets.htons(MAX) : Sockets.ntohs(MAX),
                    iae(name + ": Python int too large to convert to C 16-bit unsigned integer"));
            add(t, sig, "MIN", f -> name.equals("htons") ? Sockets.htons(MIN) : Sockets.ntohs(MIN),
                    iae(name + ": can't convert negative Python int to C 16-bit unsigned integer"));
        }
        for (String name : new String[] {"htonl", "ntohl"}) {
            String sig = "Sockets." + name + "(long)";
            add(t, sig, "-1", f -> name.equals("htonl") ? Sockets.htonl(-1) : Sockets.ntohl(-1),
                    iae("can't convert negative value to unsigned int"));
            add(t, sig, "2^32", f -> name.equals("htonl") ? Sockets.htonl(1L << 32) : Sockets.ntohl(1L << 32),
                    iae("int larger than 32 bits"));
            add(t, sig, "Long.MAX_VALUE", f -> name.equals("htonl") ? Sockets.htonl(Long.MAX_VALUE) : Sockets.ntohl(Long.MAX_VALUE),
                    iae("int larger than 32 bits"));
        }
        add(t, "Sockets.CMSG_LEN(int)", "-1", f -> Sockets.CMSG_LEN(-1), iae("CMSG_LEN() argument out of range"));
        add(t, "Sockets.CMSG_LEN(int)", "MAX", f -> Sockets.CMSG_LEN(MAX), iae("CMSG_LEN() argument out of range"));
        add(t, "Sockets.CMSG_LEN(int)", "largest that fits", f -> Sockets.CMSG_LEN(MAX - 16), returns(MAX));
        add(t, "Sockets.CMSG_SPACE(int)", "MIN", f -> Sockets.CMSG_SPACE(MIN), iae("CMSG_SPACE() argument out of range"));
        add(t, "Sockets.CMSG_SPACE(int)", "MAX", f -> Sockets.CMSG_SPACE(MAX), iae("CMSG_SPACE() argument out of range"));
    }

    private static void interfaces(List<FuzzCase> t) {
        add(t, "Sockets.ifNameindex()", "lists the loopback", f -> Sockets.ifNameindex().isEmpty(), returns(false));
        String toIndex = "Sockets.ifNametoindex(String)";
        add(t, toIndex, "null", f -> Sockets.ifNametoindex(null), npe());
        add(t, toIndex, "empty", f -> Sockets.ifNametoindex(""), bare("no interface with this name"));
        add(t, toIndex, "longer than IFNAMSIZ", f -> Sockets.ifNametoindex("x".repeat(100)), bare("no interface with this name"));
        add(t, toIndex, "NUL", f -> Sockets.ifNametoindex("l\0o"), iae("embedded null byte"));
        String toName = "Sockets.ifIndextoname(int)";
        add(t, toName, "0", f -> Sockets.ifIndextoname(0), os(6, "No such device or address"));
        add(t, toName, "MAX", f -> Sockets.ifIndextoname(MAX), os(6, "No such device or address"));
        add(t, toName, "MIN", f -> Sockets.ifIndextoname(MIN), iae("can't convert negative value to unsigned int"));
    }
}
