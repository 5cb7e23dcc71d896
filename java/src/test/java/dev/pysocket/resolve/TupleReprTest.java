package dev.pysocket.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Accepted;
import dev.pysocket.AddrInfo;
import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.HostInfo;
import dev.pysocket.ReceivedInto;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TupleReprTest: the records that stand for Python tuples print as python3 prints the same
 * tuple (AddrInfo with its AddressFamily and SocketKind members, Accepted and SocketPair
 * with their sockets, NameInfo, HostInfo, IfName, Datagram, ReceivedInto).
 */
class TupleReprTest extends BackendTest {

    /** lines: the Java reprs, one a line, as python3's print() gives them. */
    private static String lines(Object... values) {
        StringBuilder b = new StringBuilder();
        for (Object v : values) {
            b.append(v).append('\n');
        }
        return b.toString();
    }

    /** sameShape: a repr with every descriptor number and port replaced, for sockets that python3 cannot share. */
    private static String sameShape(String repr) {
        return repr.replaceAll("fd=\\d+", "fd=N").replaceAll("', \\d+\\)", "', P)");
    }

    @Test
    void addrInfoPrintsFamilyAndTypeAsTheModulesEnums() throws Exception {
        List<AddrInfo> v4 = Sockets.getaddrinfo("127.0.0.1", 80, 0, Sockets.SOCK_STREAM, 0, 0);
        List<AddrInfo> v6 = Sockets.getaddrinfo("::1", 53, Sockets.AF_INET6, Sockets.SOCK_DGRAM, 0, 0);
        // AF_NETLINK and AF_ROUTE share 16: the enum shows the first name; 99 is no SocketKind.
        AddrInfo made = new AddrInfo(16, 99, 0, "it's", Address.of("h", 1));
        assertEquals(Python3.run("import socket\n"
                + "print(socket.getaddrinfo('127.0.0.1', 80, 0, socket.SOCK_STREAM)[0])\n"
                + "print(socket.getaddrinfo('::1', 53, socket.AF_INET6, socket.SOCK_DGRAM)[0])\n"
                + "print((socket.AddressFamily(16), 99, 0, \"it's\", ('h', 1)))\n"),
                lines(v4.get(0), v6.get(0), made));
    }

    @Test
    void nameHostAndInterfaceTuplesPrintAsInPython() throws Exception {
        Object name = Sockets.getnameinfo(Address.of("127.0.0.1", 80), Sockets.NI_NUMERICHOST | Sockets.NI_NUMERICSERV);
        HostInfo host = new HostInfo("h", List.of("a'b", "c"), List.of());
        Object firstInterface = Sockets.ifNameindex().get(0);
        assertEquals(Python3.run("import socket\n"
                + "print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))\n"
                + "print(('h', [\"a'b\", 'c'], []))\n"
                + "print(socket.if_nameindex()[0])\n"),
                lines(name, host, firstInterface));
    }

    @Test
    void receivedDataTuplesPrintAsInPython() throws Exception {
        Datagram d = new Datagram("it's\n".getBytes(StandardCharsets.US_ASCII), null);
        ReceivedInto r = new ReceivedInto(5, Address.of6("::1", 5, 0, 0));
        assertEquals(Python3.run("print((b\"it's\\n\", None))\nprint((5, ('::1', 5, 0, 0)))\n"), lines(d, r));
    }

    @Test
    void acceptedAndSocketPairPrintTheirSocketsAsInPython() throws Exception {
        String python = Python3.run("import socket\n"
                + "s = socket.create_server(('127.0.0.1', 0))\n"
                + "c = socket.create_connection(s.getsockname())\n"
                + "a = s.accept()\n"
                + "print(a)\n"
                + "print((socket.socket(), socket.socket()))\n");
        try (Socket server = Sockets.createServer(loopback(0));
                Socket client = Sockets.createConnection(server.getsockname());
                SocketPair pair = new SocketPair(Sockets.socket(), Sockets.socket())) {
            Accepted a = server.accept();
            try {
                assertEquals(client.getsockname(), a.address());
                assertEquals(sameShape(python), sameShape(lines(a, pair)));
            } finally {
                a.conn().close();
            }
        }
    }
}
