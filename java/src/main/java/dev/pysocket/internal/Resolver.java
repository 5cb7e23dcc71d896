package dev.pysocket.internal;

import dev.pysocket.IfName;
import dev.pysocket.OSError;
import java.util.List;

/**
 * Resolver: the name-service calls a backend provides (getaddrinfo(3) and friends).
 * Arguments arrive checked and encoded by {@link Resolution}; a null host or service is
 * Python's None. Failures raise as Python would: {@link dev.pysocket.GaiError} for EAI
 * codes, {@link dev.pysocket.HError} for h_errno, OSError for errnos; "not found" answers
 * of the service/protocol/interface lookups are return values (the facade words them).
 */
public interface Resolver {
    /** Entry: one getaddrinfo result; canonname null where the C library gave none. */
    record Entry(int family, int type, int proto, String canonname, SockAddr addr) {
    }

    /** HostEnt: a struct hostent: name, aliases, the address type and the packed addresses. */
    record HostEnt(String name, List<String> aliases, int addrtype, List<byte[]> addresses) {
    }

    /** getaddrinfo(3) with hints {family, type, proto, flags}. */
    List<Entry> getaddrinfo(String host, String service, int family, int type, int proto, int flags)
            throws OSError;

    /** getnameinfo(3) of a numeric AF_INET/AF_INET6 address: {host, service}. */
    String[] getnameinfo(SockAddr addr, int flags) throws OSError;

    /** gethostname(2). */
    String gethostname() throws OSError;

    /** gethostbyname: gethostbyname_r(3): IPv4 only. */
    HostEnt gethostbyname(String name) throws OSError;

    /** gethostbyaddr: gethostbyaddr_r(3) of addr's family and bytes. */
    HostEnt gethostbyaddr(SockAddr addr) throws OSError;

    /** getservbyname: getservbyname_r(3): the port, or -1 when not found; proto null means any. */
    int getservbyname(String name, String proto) throws OSError;

    /** getservbyport: getservbyport_r(3) of port 0..65535: the name, or null when not found. */
    String getservbyport(int port, String proto) throws OSError;

    /** getprotobyname: getprotobyname_r(3): the number, or -1 when not found. */
    int getprotobyname(String name) throws OSError;

    /** ifNameindex: if_nameindex(3). */
    List<IfName> ifNameindex() throws OSError;

    /** ifNametoindex: if_nametoindex(3): the index, or 0 when there is no such interface. */
    int ifNametoindex(String name) throws OSError;

    /** ifIndextoname: if_indextoname(3); OSError(ENXIO) for an unknown index. */
    String ifIndextoname(int index) throws OSError;
}
