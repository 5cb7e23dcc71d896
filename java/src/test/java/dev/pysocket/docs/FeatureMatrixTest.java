package dev.pysocket.docs;

import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.MSG_PEEK;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_ERROR;
import static dev.pysocket.Sockets.SO_LINGER;
import static dev.pysocket.Sockets.SO_RCVTIMEO;
import static dev.pysocket.Sockets.SO_REUSEADDR;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.AddrInfo;
import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.IfName;
import dev.pysocket.NameInfo;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.PollEvent;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.EpollSelector;
import dev.pysocket.selectors.PollSelector;
import dev.pysocket.selectors.SelectSelector;
import dev.pysocket.selectors.SelectorKey;
import dev.pysocket.socketserver.DatagramRequestHandler;
import dev.pysocket.socketserver.StreamRequestHandler;
import dev.pysocket.socketserver.ThreadingTCPServer;
import dev.pysocket.socketserver.UDPServer;
import dev.pysocket.socketserver.UnixDatagramServer;
import dev.pysocket.support.Async;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * FeatureMatrixTest walks the README's feature matrix, so that it cannot drift from the code:
 * every row has a probe here and every probe a row, and on each backend the probe does what
 * that backend's cell says. A cell starting with "✓" means the probe runs and its assertions
 * hold; a cell starting with "OSError" means the probe raises OSError EOPNOTSUPP /
 * EAFNOSUPPORT / ENOPROTOOPT whose message names the backend ({@code Capability.unsupported}).
 */
class FeatureMatrixTest extends BackendTest {
    private static final Set<Integer> UNSUPPORTED = Set.of(Errno.EOPNOTSUPP, Errno.EAFNOSUPPORT, Errno.ENOPROTOOPT);

    /** MESSAGES_ROW: the matrix row of {@link Capability#MESSAGES}. */
    private static final String MESSAGES_ROW =
            "sendmsg, recvmsg, recvmsgInto with ancillary data; sendFds, recvFds (SCM_RIGHTS, SCM_CREDENTIALS)";

    /** RAW_SELECT_ROW, EPOLL_ROW: the select module's capability rows. */
    private static final String RAW_SELECT_ROW = "select.select and select.poll of raw int descriptors";
    private static final String EPOLL_ROW = "select.epoll: EPOLLET, EPOLLONESHOT, EPOLLEXCLUSIVE, maxevents, fileno, fromfd";
    /** SELECTORS_ROW, EPOLL_SELECTOR_ROW: the selectors module's rows. */
    private static final String SELECTORS_ROW = "selectors: DefaultSelector, SelectSelector, PollSelector"
            + " (jdk: one java.nio Selector per DefaultSelector); close wakes DefaultSelector.select";
    private static final String EPOLL_SELECTOR_ROW = "selectors.EpollSelector";
    /** SOCKETSERVER_ROW, UNIX_DATAGRAM_SERVER_ROW: the socketserver module's rows. */
    private static final String SOCKETSERVER_ROW = "socketserver: TCPServer, UDPServer, UnixStreamServer and their"
            + " Threading variants; shutdown from another thread";
    private static final String UNIX_DATAGRAM_SERVER_ROW = "socketserver.UnixDatagramServer";

    /**
     * CAPABILITY_ROWS: the matrix rows that are one {@link Capability} each: a backend's cell
     * says ✓ exactly where the backend has it. Every capability has a row here, so a new one
     * cannot go unstated.
     */
    private static final Map<String, Capability> CAPABILITY_ROWS = Map.ofEntries(
            Map.entry("getsockopt/setsockopt, int form: any other level and option", Capability.RAW_OPTIONS),
            Map.entry("getsockopt/setsockopt, bytes form: other structs (struct timeval, ...)", Capability.RAW_OPTIONS),
            Map.entry("recv/send flags MSG_PEEK, MSG_OOB", Capability.STREAM_FLAGS),
            Map.entry("setInheritable", Capability.INHERITABLE),
            Map.entry("MSG_* flags on datagrams (MSG_TRUNC gives the real length, zero-filled; MSG_PEEK, ...)",
                    Capability.DATAGRAM_FLAGS),
            Map.entry("shutdown of a connected UDP socket", Capability.DATAGRAM_SHUTDOWN),
            Map.entry("connected UDP: sendto another address, a zero-length datagram, send after a connect to port 0",
                    Capability.CONNECTED_DATAGRAM_SENDS),
            Map.entry("UDP-Lite: socket(AF_INET or AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE)", Capability.UDPLITE),
            Map.entry("SOCK_RAW over IPv4 and IPv6 (the kernel also asks for CAP_NET_RAW)", Capability.RAW_SOCKETS),
            Map.entry("address families other than AF_INET, AF_INET6 and AF_UNIX (AF_PACKET, AF_NETLINK, AF_CAN, ...)",
                    Capability.OTHER_FAMILIES),
            Map.entry("IPV6_V6ONLY set to 1", Capability.V6ONLY),
            Map.entry("AF_UNIX path names of 107 bytes, the longest Linux takes", Capability.UNIX_LONG_PATHS),
            Map.entry("AF_UNIX abstract names (\\0 prefix) and autobind (bind(\"\"))", Capability.UNIX_ABSTRACT),
            Map.entry("AF_UNIX SOCK_DGRAM and SOCK_SEQPACKET", Capability.UNIX_DATAGRAM),
            Map.entry("socketpair() of SOCK_DGRAM and SOCK_SEQPACKET", Capability.SOCKETPAIR),
            Map.entry("SO_PEERCRED (bytes and int forms)", Capability.PEERCRED),
            Map.entry("non-UTF-8 AF_UNIX names (surrogateescape; Address.unix(byte[]))", Capability.UNIX_BYTE_NAMES),
            Map.entry("dup(), detach(), fromfd, socket(fileno=), Sockets.close(fd), Sockets.dup(fd)", Capability.DESCRIPTORS),
            Map.entry(MESSAGES_ROW, Capability.MESSAGES),
            Map.entry(RAW_SELECT_ROW, Capability.DESCRIPTORS),
            Map.entry(EPOLL_ROW, Capability.EPOLL),
            Map.entry(EPOLL_SELECTOR_ROW, Capability.EPOLL),
            Map.entry(UNIX_DATAGRAM_SERVER_ROW, Capability.UNIX_DATAGRAM));

    /** Probe: exercises one feature of the matrix; closes all it opens. */
    @FunctionalInterface
    interface Probe {
        void run() throws Exception;
    }

    @Test
    void everyMatrixRowHasAProbeAndEveryProbeARow() throws Exception {
        Set<String> rows = ReadmeMatrix.read().stream().map(ReadmeMatrix.Row::feature)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(probes().keySet()), rows);
    }

    @Test
    void everyMatrixCellHoldsOnThisBackend() throws Exception {
        Map<String, Probe> probes = probes();
        List<ReadmeMatrix.Row> rows = ReadmeMatrix.read();
        assertFalse(rows.isEmpty(), "the README's feature matrix has no rows");
        for (ReadmeMatrix.Row row : rows) {
            String cell = row.cell(backend);
            Probe probe = probes.get(row.feature());
            if (probe == null) {
                fail("no probe for README row '" + row.feature() + "'");
            }
            if (cell.startsWith("✓")) {
                try {
                    probe.run();
                } catch (Exception | AssertionError e) {
                    throw new AssertionError("README says '" + row.feature() + "' works on " + backend
                            + ", but its probe failed", e);
                }
            } else if (cell.startsWith("OSError")) {
                Throwable t = assertThrows(Throwable.class, probe::run,
                        () -> "README says '" + row.feature() + "' raises OSError on " + backend + ", but it ran");
                OSError e = assertInstanceOf(OSError.class, t, () -> row.feature() + ": expected OSError, got " + t);
                assertTrue(UNSUPPORTED.contains(e.errno()), () -> row.feature() + ": errno of " + e);
                assertTrue(e.getMessage().contains(backend), () -> row.feature() + ": message must name " + backend);
            } else {
                fail("README cell for '" + row.feature() + "' on " + backend + " must start with ✓ or OSError: " + cell);
            }
        }
    }

    /** A capability's row says ✓ on this backend exactly where the backend has the capability. */
    @Test
    void everyCapabilityRowSaysWhetherThisBackendHasIt() throws Exception {
        Map<String, ReadmeMatrix.Row> rows = ReadmeMatrix.read().stream()
                .collect(Collectors.toMap(ReadmeMatrix.Row::feature, r -> r));
        for (Map.Entry<String, Capability> e : CAPABILITY_ROWS.entrySet()) {
            ReadmeMatrix.Row row = rows.get(e.getKey());
            assertTrue(row != null, () -> "the README has no row '" + e.getKey() + "' for " + e.getValue()
                    + " (renamed? update CAPABILITY_ROWS)");
            boolean has = backendUnderTest().has(e.getValue());
            assertEquals(has, row.cell(backend).startsWith("✓"), () -> "README row '" + e.getKey() + "' on " + backend
                    + " says '" + row.cell(backend) + "', but the backend " + (has ? "has " : "lacks ") + e.getValue());
        }
    }

    /** Every capability has a row of the matrix. */
    @Test
    void everyCapabilityHasAReadmeRow() {
        for (Capability c : Capability.values()) {
            assertTrue(CAPABILITY_ROWS.containsValue(c), () -> c + " has no README matrix row: add one");
        }
    }

    /** selectorsProbe: each portable selector sees a readable socket; a DefaultSelector's close wakes its select. */
    private static void selectorsProbe() throws Exception {
        for (BaseSelector sel : List.of(new DefaultSelector(), new SelectSelector(), new PollSelector())) {
            try (SocketPair pair = Sockets.socketpair(); sel) {
                SelectorKey key = sel.register(pair.first(), BaseSelector.EVENT_READ, "data");
                pair.second().send(new byte[] {1});
                assertEquals(List.of(new SelectorKey.Ready(key, BaseSelector.EVENT_READ)), sel.select(2.0));
            }
        }
        try (SocketPair pair = Sockets.socketpair()) {
            DefaultSelector sel = new DefaultSelector();
            sel.register(pair.first(), BaseSelector.EVENT_READ);
            try (Async<Object> waiter = Async.start("matrix-selector", () -> sel.select(10.0))) {
                Thread.sleep(100);
                sel.close();
                assertInstanceOf(IllegalArgumentException.class, waiter.failure(Duration.ofSeconds(5)));
            }
        }
    }

    /** Echo: a stream handler answering one line with itself. */
    private static final class LineEcho extends StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            wfile.write(rfile.readlineBytes());
        }
    }

    /** socketserverProbe: a ThreadingTCPServer echoes a line, then shutdown from this thread ends its loop. */
    private static void socketserverProbe() throws Exception {
        try (ThreadingTCPServer server = new ThreadingTCPServer(Address.of("127.0.0.1", 0), LineEcho::new);
                Async<Object> loop = Async.start("matrix-serveForever", () -> {
                    server.serveForever(0.1);
                    return null;
                })) {
            try (Socket c = Sockets.createConnection(server.serverAddress(), 10.0); SocketFile f = c.makefile("rb")) {
                c.sendall("hi\n".getBytes(StandardCharsets.US_ASCII));
                assertEquals("hi\n", new String(f.readlineBytes(), StandardCharsets.US_ASCII));
            } finally {
                server.shutdown();
            }
            loop.get(Duration.ofSeconds(5));
        }
    }

    /** probes: one per README matrix row, keyed by the row's feature text exactly. */
    private Map<String, Probe> probes() {
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("select.select and select.poll over sockets (jdk: a java.nio Selector; readable and writable only)",
                () -> {
                    try (SocketPair pair = Sockets.socketpair()) {
                        pair.second().send(new byte[] {1});
                        assertEquals(List.of(pair.first()),
                                Select.select(List.of(pair.first()), List.of(), List.of(), 2.0).r());
                        Poll poll = new Poll();
                        poll.register(pair.first(), Select.POLLIN);
                        assertEquals(List.of(new PollEvent(pair.first().fileno(), Select.POLLIN)), poll.poll(2000));
                    }
                });
        p.put(RAW_SELECT_ROW, () -> {
            try (SocketPair pair = Sockets.socketpair()) {
                int fd = pair.first().fileno();
                assertEquals(List.of(fd), Select.selectFds(List.of(), List.of(fd), List.of(), 0.0).w());
            }
        });
        p.put(EPOLL_ROW, () -> {
            try (SocketPair pair = Sockets.socketpair(); Epoll ep = new Epoll()) {
                ep.register(pair.first(), Select.EPOLLIN | Select.EPOLLET);
                pair.second().send(new byte[] {1});
                assertEquals(List.of(new PollEvent(pair.first().fileno(), Select.EPOLLIN)), ep.poll(2.0, 1));
                assertEquals(List.of(), ep.poll(0.0));
                try (Epoll adopted = Epoll.fromfd(Sockets.dup(ep.fileno()))) {
                    pair.second().send(new byte[] {2});
                    assertEquals(List.of(new PollEvent(pair.first().fileno(), Select.EPOLLIN)), adopted.poll(2.0, 1));
                }
            }
        });
        p.put(SELECTORS_ROW, FeatureMatrixTest::selectorsProbe);
        p.put(SOCKETSERVER_ROW, FeatureMatrixTest::socketserverProbe);
        p.put(UNIX_DATAGRAM_SERVER_ROW, () -> {
            Path dir = Files.createTempDirectory("pysocket-matrix");
            Path path = dir.resolve("s");
            try (UDPServer server = new UnixDatagramServer(new Address.Unix(path.toString()), () -> new DatagramRequestHandler() {
            })) {
                assertEquals(Sockets.AF_UNIX, server.socket().family());
            } finally {
                Files.deleteIfExists(path);
                Files.delete(dir);
            }
        });
        p.put(EPOLL_SELECTOR_ROW, () -> {
            try (SocketPair pair = Sockets.socketpair(); EpollSelector sel = new EpollSelector()) {
                SelectorKey key = sel.register(pair.first(), BaseSelector.EVENT_WRITE);
                assertEquals(List.of(new SelectorKey.Ready(key, BaseSelector.EVENT_WRITE)), sel.select(0.0));
            }
        });
        p.put("TCP over IPv4: socket, bind, listen, accept, connect, connectEx", () -> {
            try (Socket l = listener(); Socket c = Sockets.socket()) {
                assertEquals(0, c.connectEx(l.getsockname()));
                l.accept().conn().close();
            }
        });
        p.put("send, sendall, recv, recvInto (byte[], heap and direct ByteBuffer)", () -> {
            try (TcpPair t = tcpPair()) {
                t.client().settimeout(2.0);
                t.server().settimeout(2.0);
                assertEquals(1, t.client().send(new byte[] {1}));
                t.client().sendall(ByteBuffer.allocateDirect(2).put(0, (byte) 2).put(1, (byte) 3));
                assertArrayEquals(new byte[] {1}, t.server().recv(1));
                ByteBuffer heap = ByteBuffer.allocate(2);
                assertEquals(2, t.server().recvInto(heap));
                assertArrayEquals(new byte[] {2, 3}, heap.array());
            }
        });
        p.put("shutdown, close (wakes blocked threads), getsockname, getpeername, repr", () -> {
            try (TcpPair t = tcpPair()) {
                assertEquals(t.client().getsockname(), t.server().getpeername());
                t.client().shutdown(Sockets.SHUT_WR);
                t.server().settimeout(2.0);
                assertEquals(0, t.server().recv(1).length);
                assertTrue(t.client().toString().startsWith("<socket.socket fd="), t.client().toString());
            }
        });
        p.put("timeouts: None / 0.0 / seconds, default timeout, sendall's one deadline", () -> {
            try (TcpPair t = tcpPair()) {
                t.server().settimeout(0.0);
                assertThrows(BlockingIOError.class, () -> t.server().recv(1));
                t.server().settimeout(0.05);
                assertThrows(dev.pysocket.TimeoutError.class, () -> t.server().recv(1));
            }
        });
        p.put("createConnection, createServer (SO_REUSEADDR, SO_REUSEPORT)", () -> {
            try (Socket server = Sockets.createServer(loopback(0), Sockets.AF_INET, null, true, false);
                    Socket c = Sockets.createConnection(server.getsockname(), 2.0)) {
                assertEquals(1, server.getsockopt(SOL_SOCKET, SO_REUSEADDR));
                server.accept().conn().close();
                assertEquals(2.0, c.gettimeout());
            }
        });
        p.put("sendfile(FileChannel, offset, count) (native: sendfile(2); jdk: FileChannel.transferTo; one deadline for the call)",
                () -> {
                    java.nio.file.Path file = java.nio.file.Files.createTempFile("pysocket-matrix", ".bin");
                    try (TcpPair t = tcpPair(); java.nio.channels.FileChannel f = java.nio.channels.FileChannel.open(file)) {
                        java.nio.file.Files.write(file, new byte[] {4, 5, 6, 7});
                        t.client().settimeout(2.0);
                        t.server().settimeout(2.0);
                        assertEquals(3, t.client().sendfile(f, 1, null));
                        assertEquals(4, f.position());
                        assertArrayEquals(new byte[] {5, 6, 7}, t.server().recv(3));
                    } finally {
                        java.nio.file.Files.delete(file);
                    }
                });
        p.put("getsockopt/setsockopt, int form: the common options (SO_REUSEADDR, SO_REUSEPORT, SO_KEEPALIVE, "
                + "SO_RCVBUF, SO_SNDBUF, SO_LINGER, SO_TYPE, SO_ERROR, TCP_NODELAY, TCP_KEEPIDLE/INTVL/CNT, IP_TOS)", () -> {
            try (TcpPair t = tcpPair()) {
                t.client().setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
                assertEquals(1, t.client().getsockopt(IPPROTO_TCP, TCP_NODELAY));
            }
        });
        p.put("getsockopt/setsockopt, int form: any other level and option", () -> {
            try (Socket s = Sockets.socket()) {
                s.setsockopt(SOL_SOCKET, Sockets.SO_OOBINLINE, 1);
                assertEquals(1, s.getsockopt(SOL_SOCKET, Sockets.SO_OOBINLINE));
            }
        });
        p.put("getsockopt/setsockopt, bytes form: int options as 4 bytes, SO_LINGER as struct linger", () -> {
            try (Socket s = Sockets.socket()) {
                byte[] linger = ByteBuffer.allocate(8).order(java.nio.ByteOrder.nativeOrder()).putInt(1).putInt(5).array();
                s.setsockopt(SOL_SOCKET, SO_LINGER, linger);
                assertArrayEquals(linger, s.getsockopt(SOL_SOCKET, SO_LINGER, 8));
            }
        });
        p.put("getsockopt/setsockopt, bytes form: other structs (struct timeval, ...)", () -> {
            try (Socket s = Sockets.socket()) {
                assertEquals(16, s.getsockopt(SOL_SOCKET, SO_RCVTIMEO, 16).length);
            }
        });
        p.put("recv/send flags MSG_PEEK, MSG_OOB", () -> {
            try (TcpPair t = tcpPair()) {
                t.client().sendall(new byte[] {7});
                t.server().settimeout(2.0);
                assertArrayEquals(new byte[] {7}, t.server().recv(1, MSG_PEEK));
            }
        });
        p.put("recv flags MSG_WAITALL, MSG_DONTWAIT (jdk: emulated)", () -> {
            try (TcpPair t = tcpPair()) {
                assertThrows(BlockingIOError.class, () -> t.server().recv(1, Sockets.MSG_DONTWAIT));
                t.client().sendall(new byte[] {1});
                t.client().sendall(new byte[] {2});
                t.server().settimeout(2.0);
                assertArrayEquals(new byte[] {1, 2}, t.server().recv(2, Sockets.MSG_WAITALL));
            }
        });
        p.put("SO_ERROR after a non-blocking connect (reading clears it)", () -> {
            try (Socket closed = Sockets.socket(); Socket c = Sockets.socket()) {
                closed.bind(loopback(0));
                c.setblocking(false);
                assertThrows(BlockingIOError.class, () -> c.connect(closed.getsockname()));
                eventually(java.time.Duration.ofSeconds(2), "SO_ERROR 111",
                        () -> c.getsockopt(SOL_SOCKET, SO_ERROR) == Errno.ECONNREFUSED);
                assertEquals(0, c.getsockopt(SOL_SOCKET, SO_ERROR));
            }
        });
        p.put("getInheritable (false for new sockets)", () -> {
            try (Socket s = Sockets.socket()) {
                assertFalse(s.getInheritable());
            }
        });
        p.put("setInheritable", () -> {
            try (Socket s = Sockets.socket()) {
                s.setInheritable(true);
                assertTrue(s.getInheritable());
            }
        });
        p.put("fileno() (native: the OS descriptor; jdk: a handle >= 2^20 that names the socket, not a descriptor)", () -> {
            try (Socket s = Sockets.socket()) {
                assertTrue(s.fileno() >= 0);
                assertEquals(!has(Capability.DESCRIPTORS), s.fileno() >= 1 << 20);
            }
        });
        datagrams(p);
        unix(p);
        lifecycle(p);
        resolver(p);
        return p;
    }

    private void resolver(Map<String, Probe> p) {
        p.put("getaddrinfo, getnameinfo (flags, EAI codes, one entry per socket type)", () -> {
            List<AddrInfo> all = Sockets.getaddrinfo("127.0.0.1", 80);
            assertEquals(3, all.size());
            assertEquals(loopback(80), all.get(0).sockaddr());
            assertEquals(new NameInfo("127.0.0.1", "80"),
                    Sockets.getnameinfo(loopback(80), Sockets.NI_NUMERICHOST | Sockets.NI_NUMERICSERV));
        });
        p.put("gethostbyname, gethostbynameEx, gethostbyaddr, getfqdn, gethostname", () -> {
            assertEquals("127.0.0.1", Sockets.gethostbyname("127.0.0.1"));
            assertEquals(List.of("127.0.0.1"), Sockets.gethostbynameEx("127.0.0.1").addresses());
            assertFalse(Sockets.gethostname().isEmpty());
        });
        p.put("getservbyname, getservbyport, getprotobyname", () -> {
            assertEquals(80, Sockets.getservbyname("http", "tcp"));
            assertEquals("http", Sockets.getservbyport(80, "tcp"));
            assertEquals(6, Sockets.getprotobyname("tcp"));
        });
        p.put("ifNameindex, ifNametoindex, ifIndextoname", () -> {
            int lo = Sockets.ifNametoindex("lo");
            assertEquals("lo", Sockets.ifIndextoname(lo));
            assertTrue(Sockets.ifNameindex().contains(new IfName(lo, "lo")));
        });
        p.put("inetAton/Ntoa/Pton/Ntop, htons/ntohs/htonl/ntohl, CMSG_LEN/CMSG_SPACE", () -> {
            assertEquals("127.0.0.1", Sockets.inetNtoa(Sockets.inetAton("0x7f.1")));
            assertEquals("::ffff:1.2.3.4", Sockets.inetNtop(Sockets.AF_INET6, Sockets.inetPton(Sockets.AF_INET6, "::ffff:1.2.3.4")));
            assertEquals(256, Sockets.htons(1));
            assertEquals(16777216L, Sockets.htonl(1));
            assertEquals(16, Sockets.CMSG_LEN(0));
            assertEquals(24, Sockets.CMSG_SPACE(4));
        });
        p.put(MESSAGES_ROW, () -> {
            try (SocketPair carrier = Sockets.socketpair(); SocketPair passed = Sockets.socketpair()) {
                carrier.first().settimeout(2.0);
                carrier.second().settimeout(2.0);
                assertEquals(1, carrier.first().sendFds(List.of(new byte[] {1}), new int[] {passed.first().fileno()}));
                int[] fds = carrier.second().recvFds(1, 1).fds();
                assertEquals(1, fds.length);
                Sockets.close(fds[0]);
                assertTrue(Sockets.has("SCM_RIGHTS"));
            }
        });
        p.put("the full constant set of Python's Linux socket module, has(name)", () -> {
            assertTrue(Sockets.has("AF_PACKET"));
            assertEquals(17, Sockets.AF_PACKET);
            assertFalse(Sockets.has("AF_NO_SUCH_FAMILY"));
        });
    }

    private void datagrams(Map<String, Probe> p) {
        p.put("UDP over IPv4 and IPv6: sendto, recvfrom, recvfromInto, connected UDP (an ICMP refusal raised once)", () -> {
            try (Socket a = udp(Sockets.AF_INET, "127.0.0.1"); Socket b = udp(Sockets.AF_INET, "127.0.0.1")) {
                assertEquals(3, a.sendto(new byte[] {1, 2, 3}, b.getsockname()));
                Datagram d = b.recvfrom(16);
                assertArrayEquals(new byte[] {1, 2, 3}, d.data());
                assertEquals(a.getsockname(), d.address());
            }
        });
        p.put("SO_BROADCAST, IP_MULTICAST_TTL, IP_MULTICAST_LOOP", () -> {
            try (Socket a = udp(Sockets.AF_INET, "127.0.0.1")) {
                a.setsockopt(SOL_SOCKET, Sockets.SO_BROADCAST, 1);
                assertEquals(1, a.getsockopt(SOL_SOCKET, Sockets.SO_BROADCAST));
                a.setsockopt(Sockets.IPPROTO_IP, Sockets.IP_MULTICAST_TTL, 3);
                assertEquals(3, a.getsockopt(Sockets.IPPROTO_IP, Sockets.IP_MULTICAST_TTL));
            }
        });
        p.put("MSG_* flags on datagrams (MSG_TRUNC gives the real length, zero-filled; MSG_PEEK, ...)", () -> {
            try (Socket a = udp(Sockets.AF_INET, "127.0.0.1"); Socket b = udp(Sockets.AF_INET, "127.0.0.1")) {
                a.sendto(new byte[] {1, 2, 3, 4}, b.getsockname());
                assertArrayEquals(new byte[] {1, 0, 0, 0}, b.recv(1, Sockets.MSG_TRUNC));
            }
        });
        p.put("shutdown of a connected UDP socket", () -> {
            try (Socket a = udp(Sockets.AF_INET, "127.0.0.1"); Socket b = udp(Sockets.AF_INET, "127.0.0.1")) {
                a.connect(b.getsockname());
                a.shutdown(Sockets.SHUT_RDWR);
            }
        });
        p.put("connected UDP: sendto another address, a zero-length datagram, send after a connect to port 0", () -> {
            try (Socket a = udp(Sockets.AF_INET, "127.0.0.1"); Socket b = udp(Sockets.AF_INET, "127.0.0.1");
                    Socket c = udp(Sockets.AF_INET, "127.0.0.1")) {
                a.connect(b.getsockname());
                assertEquals(1, a.sendto(new byte[] {1}, c.getsockname()));
                assertArrayEquals(new byte[] {1}, c.recv(1));
                assertEquals(0, a.send(new byte[0]));
                assertEquals(0, b.recv(1).length);
                a.connect(loopback(0));
                assertEquals(1, a.send(new byte[] {2}));
            }
        });
        p.put("UDP-Lite: socket(AF_INET or AF_INET6, SOCK_DGRAM, IPPROTO_UDPLITE)", () -> {
            Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM, Sockets.IPPROTO_UDPLITE).close();
        });
        p.put("SOCK_RAW over IPv4 and IPv6 (the kernel also asks for CAP_NET_RAW)", () -> {
            try {
                Sockets.socket(Sockets.AF_INET, Sockets.SOCK_RAW, Sockets.IPPROTO_ICMP).close();
            } catch (dev.pysocket.PermissionError e) {
                // The kernel's answer without CAP_NET_RAW: the backend asked it.
            }
        });
        p.put("address families other than AF_INET, AF_INET6 and AF_UNIX (AF_PACKET, AF_NETLINK, AF_CAN, ...)", () -> {
            Sockets.socket(Sockets.AF_NETLINK, Sockets.SOCK_RAW, 0).close(); // NETLINK_ROUTE: no privilege needed
        });
        p.put("IPv6 TCP and UDP: 4-tuple addresses, flowinfo and scope id, dual-stack createServer, hasDualstackIpv6", () -> {
            if (!Sockets.hasDualstackIpv6()) {
                return; // the machine has no IPv6; the ipv6 suite says so in its skips
            }
            try (Socket server = Sockets.createServer(Address.of("::", 0), Sockets.AF_INET6, null, false, true);
                    Socket c = Sockets.createConnection(loopback(((Address.Inet6) server.getsockname()).port()), 2.0)) {
                try (Socket conn = server.accept().conn()) {
                    assertEquals(Address.of6("::ffff:127.0.0.1", port(c), 0, 0), conn.getpeername());
                }
            }
        });
        p.put("IPV6_V6ONLY set to 1", () -> {
            try (Socket s = Sockets.socket(Sockets.AF_INET6, Sockets.SOCK_STREAM)) {
                s.setsockopt(Sockets.IPPROTO_IPV6, Sockets.IPV6_V6ONLY, 1);
                assertEquals(1, s.getsockopt(Sockets.IPPROTO_IPV6, Sockets.IPV6_V6ONLY));
            }
        });
    }

    private void unix(Map<String, Probe> p) {
        p.put("AF_UNIX SOCK_STREAM on path names (jdk: up to 106 bytes): bind, listen, accept, connect, names, repr", () -> {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("psk-matrix");
            Address path = Address.unix(dir.resolve("s").toString());
            try (Socket server = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM);
                    Socket c = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
                server.bind(path);
                server.listen();
                c.connect(path);
                try (Socket conn = server.accept().conn()) {
                    assertEquals(path, c.getpeername());
                    assertEquals(Address.unix(""), conn.getpeername());
                }
            } finally {
                java.nio.file.Files.deleteIfExists(dir.resolve("s"));
                java.nio.file.Files.delete(dir);
            }
        });
        p.put("AF_UNIX path names of 107 bytes, the longest Linux takes", () -> {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("psk-matrix");
            String prefix = dir + "/";
            Address path = Address.unix(prefix + "s".repeat(107 - prefix.length()));
            try (Socket s = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
                s.bind(path);
                assertEquals(path, s.getsockname());
            } finally {
                java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(((Address.Unix) path).path()));
                java.nio.file.Files.delete(dir);
            }
        });
        p.put("AF_UNIX abstract names (\\0 prefix) and autobind (bind(\"\"))", () -> {
            try (Socket s = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
                s.bind(Address.unix(""));
                assertTrue(((Address.Unix) s.getsockname()).path().matches("\\x{0}[0-9a-f]{5}"));
            }
        });
        p.put("AF_UNIX SOCK_DGRAM and SOCK_SEQPACKET", () -> {
            Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_DGRAM).close();
            Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_SEQPACKET).close();
        });
        p.put("socketpair() of AF_UNIX SOCK_STREAM (jdk: made as CPython makes it without socketpair(2))", () -> {
            try (SocketPair pair = Sockets.socketpair()) {
                pair.first().sendall(new byte[] {9});
                pair.second().settimeout(2.0);
                assertArrayEquals(new byte[] {9}, pair.second().recv(1));
                assertEquals(Address.unix(""), pair.second().getpeername());
            }
        });
        p.put("socketpair() of SOCK_DGRAM and SOCK_SEQPACKET", () -> {
            try (SocketPair pair = Sockets.socketpair(Sockets.AF_UNIX, Sockets.SOCK_DGRAM, 0)) {
                pair.first().send(new byte[] {9});
                pair.second().settimeout(2.0);
                assertArrayEquals(new byte[] {9}, pair.second().recv(1));
            }
            Sockets.socketpair(Sockets.AF_UNIX, Sockets.SOCK_SEQPACKET, 0).close();
        });
        p.put("SO_PEERCRED (bytes and int forms)", () -> {
            try (SocketPair pair = Sockets.socketpair()) {
                assertEquals(ProcessHandle.current().pid(), pair.first().getsockopt(SOL_SOCKET, Sockets.SO_PEERCRED));
            }
        });
        p.put("non-UTF-8 AF_UNIX names (surrogateescape; Address.unix(byte[]))", () -> {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("psk-matrix");
            byte[] name = (dir + "/\u00ff").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            try (Socket s = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
                s.bind(Address.unix(name));
                assertArrayEquals(name, ((Address.Unix) s.getsockname()).bytes());
            } finally {
                try (java.util.stream.Stream<java.nio.file.Path> left = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) left::iterator) {
                        java.nio.file.Files.delete(f);
                    }
                }
                java.nio.file.Files.delete(dir);
            }
        });
    }

    private void lifecycle(Map<String, Probe> p) {
        p.put("dup(), detach(), fromfd, socket(fileno=), Sockets.close(fd), Sockets.dup(fd)", () -> {
            try (Socket s = Sockets.socket(); Socket copy = s.dup()) {
                assertTrue(copy.fileno() != s.fileno());
            }
        });
        p.put("makefile: text, buffered and raw files (SocketFile), R17's descriptor references, java.io views", () -> {
            try (TcpPair t = tcpPair()) {
                t.client().settimeout(5.0);
                t.server().settimeout(5.0);
                dev.pysocket.SocketFile text = t.client().makefile("rw", -1, null, null, "\r\n");
                try (dev.pysocket.SocketFile raw = t.server().makefile("rwb", 0, null, null, null);
                        java.io.BufferedReader lines = new java.io.BufferedReader(
                                t.server().makefile("r", -1, null, null, null).reader())) {
                    closeNow(t.client());
                    text.write("ping\n"); // the file keeps the descriptor after the socket's close
                    text.flush();
                    assertEquals("ping", lines.readLine());
                    assertEquals(6, raw.write("pong\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
                    assertEquals("pong\r\n", text.readline());
                } finally {
                    text.close();
                }
                assertEquals(-1, t.client().fileno(), "the last file closed the descriptor");
            }
        });
    }

    /** udp: a UDP socket bound to host port 0. */
    private static Socket udp(int family, String host) throws OSError {
        Socket s = Sockets.socket(family, Sockets.SOCK_DGRAM);
        try {
            s.bind(Address.of(host, 0));
            s.settimeout(2.0);
            return s;
        } catch (OSError | RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
