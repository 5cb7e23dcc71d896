package dev.pysocket.internal;

import dev.pysocket.OSError;
import java.util.ArrayList;
import java.util.List;

/**
 * GetAddrInfo: the resolution create_connection needs, {@code getaddrinfo(host, port, 0,
 * SOCK_STREAM)} (R20), through the backend's resolver: the C library's getaddrinfo on
 * native, the JDK's resolver on jdk ({@link Backend#resolver()}).
 */
public final class GetAddrInfo {

    private GetAddrInfo() {
    }

    /**
     * streamAddresses returns the addresses to try for host:port, in the resolver's order.
     * host null is Python's None (the loopback addresses). The port is not range-checked:
     * as glibc's getaddrinfo, negative is EAI_SERVICE, larger wraps modulo 65536 (R29).
     */
    public static List<Candidate> streamAddresses(String host, int port) throws OSError {
        String h = host == null ? null : Resolution.idna(host);
        List<Candidate> out = new ArrayList<>();
        for (Resolver.Entry e : Backends.current().resolver().getaddrinfo(h, Integer.toString(port), 0, Os.SOCK_STREAM, 0, 0)) {
            out.add(new Candidate(e.family(), e.proto(), e.addr()));
        }
        return out;
    }

    /**
     * Candidate: one address create_connection tries, as Lib/socket.py does:
     * {@code socket(family, SOCK_STREAM, proto)} with getaddrinfo's proto (6 for TCP, which
     * the socket's proto and repr then show), then connect to addr.
     */
    public record Candidate(int family, int proto, SockAddr addr) {
    }
}
