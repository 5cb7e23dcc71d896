package dev.pysocket.internal;

import dev.pysocket.GaiError;
import dev.pysocket.OSError;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * GetAddrInfo: the resolution create_connection needs, {@code getaddrinfo(host, port, 0,
 * SOCK_STREAM)}, on the JDK's resolver (the system's: /etc/hosts, then DNS). Literals are
 * parsed without a lookup. The full getaddrinfo of the socket module is a separate piece.
 */
public final class GetAddrInfo {
    private static final int AF_INET = Platform.constant("AF_INET");
    private static final int AF_INET6 = Platform.constant("AF_INET6");

    private GetAddrInfo() {
    }

    /**
     * streamAddresses returns the addresses to try for host:port, in the resolver's order.
     * A port outside 0..65535 behaves as glibc's getaddrinfo: negative is EAI_SERVICE,
     * larger wraps modulo 65536 (conformance R29).
     */
    public static List<SockAddr> streamAddresses(String host, int port) throws OSError {
        if (host == null) {
            throw new NullPointerException("str, bytes or bytearray expected, not NoneType");
        }
        if (port < 0) {
            throw new GaiError(-8, "Servname not supported for ai_socktype");
        }
        int p = port & 0xFFFF;
        if (host.isEmpty() || host.indexOf('\0') >= 0) {
            throw new GaiError(-2, "Name or service not known");
        }
        byte[] quad = Addresses.parseDottedQuad(host);
        if (quad != null) {
            return List.of(new SockAddr(AF_INET, quad, p, 0, 0));
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new GaiError(-2, "Name or service not known");
        }
        List<SockAddr> out = new ArrayList<>(all.length);
        for (InetAddress ip : all) {
            out.add(new SockAddr(ip instanceof Inet4Address ? AF_INET : AF_INET6, ip.getAddress(), p, 0,
                    ip instanceof java.net.Inet6Address v6 ? v6.getScopeId() : 0));
        }
        return out;
    }
}
