package dev.pysocket.interop;

import static dev.pysocket.support.InteropEcho.PROCESS_WAIT_S;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Accepted;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import dev.pysocket.support.Requires;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SelectInteropTest: pysocket's select, poll, epoll and selectors against CPython 3.11 peers
 * (docs/python-semantics.md R40, R46; docs/architecture.md rule 13). python3 clients talk to a
 * pysocket echo server that waits with each of them: it sees the connections ready, reads the
 * messages, and sees each client's close as readable with the mask Python reports for a peer
 * that closed. pysocket clients talk to python3's own select.select and selectors servers. And
 * the readiness of one socket in eleven states (fresh, listening, idle, data, peer shut down,
 * reset, ...) is compared with what python3 reports for the same states ({@link MaskStates}).
 */
@Timeout(60)
class SelectInteropTest extends BackendTest {
    /** CLIENTS: how many clients each echo run has at once (the scripts' N). */
    private static final int CLIENTS = 20;

    @Test
    void pythonClientsAgainstSelectServer() throws Exception {
        serveEcho(ReadyWaiter.select(), Select.POLLIN);
    }

    @Test
    void pythonClientsAgainstPollServer() throws Exception {
        serveEcho(ReadyWaiter.poll(), Select.POLLIN);
    }

    @Test
    @Requires(Capability.EPOLL)
    void pythonClientsAgainstEpollServer() throws Exception {
        serveEcho(ReadyWaiter.epoll(), Select.EPOLLIN);
    }

    @Test
    void pythonClientsAgainstDefaultSelectorEchoServer() throws Exception {
        serveEcho(ReadyWaiter.selector(), BaseSelector.EVENT_READ);
    }

    @Test
    void pysocketClientsAgainstPythonSelectServer() throws Exception {
        clientsOf("select");
    }

    @Test
    void pysocketClientsAgainstPythonSelectorsServer() throws Exception {
        clientsOf("selectors");
    }

    /** Each state's poll mask and select lists are python3's; on jdk, as far as R40 says a java.nio Selector sees. */
    @Test
    void pollAndSelectReportWhatPythonReports() throws Exception {
        Map<String, String> python = MaskStates.python(false);
        Map<String, String> ours = MaskStates.ours(false, false);
        assertEquals(python.keySet(), ours.keySet());
        for (String state : python.keySet()) {
            String[] py = python.get(state).split(" ");
            String[] me = ours.get(state).split(" ");
            int expected = isNative() ? Integer.parseInt(py[0]) : MaskStates.jdkView(state, Integer.parseInt(py[0]));
            assertEquals(expected, Integer.parseInt(me[0]), () -> state + ": poll mask (python3: " + py[0] + ")");
            String rwx = isNative() ? py[2] : py[2].substring(0, 2) + "0"; // java.nio has no exceptional condition
            assertEquals(rwx, me[2], () -> state + ": select's readable, writable, exceptional");
        }
    }

    @Test
    @Requires(Capability.EPOLL)
    void epollReportsWhatPythonReports() throws Exception {
        Epoll probe = new Epoll(); // the jdk backend stops here with the EPOLL refusal
        probe.close();
        Map<String, String> python = MaskStates.python(false);
        Map<String, String> ours = MaskStates.ours(false, true);
        for (String state : python.keySet()) {
            String py = python.get(state).split(" ")[1];
            assertEquals(py, ours.get(state).split(" ")[1], () -> state + ": epoll mask");
        }
    }

    /** Out-of-band data: POLLPRI under poll and epoll, exceptional under select, as in CPython. */
    @Test
    @Requires(Capability.STREAM_FLAGS)
    void urgentDataIsPriorityAsInPython() throws Exception {
        Map<String, String> ours = MaskStates.ours(true, isNative());
        Map<String, String> python = MaskStates.python(true);
        assertEquals(python.get("oob"), ours.get("oob"));
    }

    /** serveEcho: a pysocket echo server waiting with w, for CLIENTS python3 clients. */
    private void serveEcho(ReadyWaiter w, int eofMask) throws Exception {
        List<Socket> open = new ArrayList<>();
        List<Integer> eofMasks = new ArrayList<>();
        long echoed = 0;
        try (ReadyWaiter waiter = w; Socket listener = Sockets.socket()) {
            listener.bind(loopback(0));
            listener.listen(CLIENTS * 2);
            waiter.add(listener);
            try (PythonPeer py = PythonPeer.start("select_clients.py", Integer.toString(port(listener)),
                    Integer.toString(CLIENTS))) {
                long deadline = System.nanoTime() + PROCESS_WAIT_S * 1_000_000_000L;
                int ended = 0;
                while (ended < CLIENTS) {
                    assertTrue(System.nanoTime() < deadline, () -> "ended " + eofMasks.size() + " of " + CLIENTS
                            + " connections in time; python3: " + py.stderrText());
                    for (Map.Entry<Socket, Integer> e : waiter.ready(1.0).entrySet()) {
                        Socket s = e.getKey();
                        if (s == listener) {
                            Accepted a = listener.accept();
                            a.conn().settimeout(15.0);
                            open.add(a.conn());
                            waiter.add(a.conn());
                            continue;
                        }
                        byte[] data = s.recv(65536);
                        if (data.length > 0) {
                            s.sendall(data);
                            echoed += data.length;
                            continue;
                        }
                        eofMasks.add(e.getValue()); // end of stream, reported as readable
                        waiter.remove(s);
                        open.remove(s);
                        s.close();
                        ended++;
                    }
                }
                assertEquals("OK " + CLIENTS, py.readLine(PROCESS_WAIT_S), py::stderrText);
                assertEquals(0, py.waitFor(PROCESS_WAIT_S));
            }
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        assertEquals(messageBytes(), echoed);
        // A client's close (FIN) is readable, nothing more: POLLIN, not POLLHUP, as CPython's
        // poll reports it for a socket registered for POLLIN (poll_masks.py, "peer_closed").
        assertEquals(Set.of(eofMask), Set.copyOf(eofMasks));
    }

    /** clientsOf: CLIENTS pysocket clients of python3's echo server that waits with mode. */
    private static void clientsOf(String mode) throws Exception {
        try (PythonPeer py = PythonPeer.start("select_server.py", mode, Integer.toString(CLIENTS))) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            int port = Integer.parseInt(hello.substring(5).trim());
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < CLIENTS; i++) {
                    Socket c = Sockets.createConnection(loopback(port), 15.0);
                    clients.add(c);
                }
                for (int i = 0; i < CLIENTS; i++) {
                    clients.get(i).sendall(message(i));
                }
                for (int i = 0; i < CLIENTS; i++) {
                    byte[] want = message(i);
                    assertEquals(new String(want, StandardCharsets.US_ASCII), readExactly(clients.get(i), want.length));
                }
            } finally {
                for (Socket c : clients) {
                    c.close();
                }
            }
            assertEquals("SERVED " + CLIENTS + " " + messageBytes(), py.readLine(PROCESS_WAIT_S), py::stderrText);
            assertEquals(0, py.waitFor(PROCESS_WAIT_S));
        }
    }

    private static String readExactly(Socket s, int n) throws OSError {
        StringBuilder got = new StringBuilder();
        while (got.length() < n) {
            byte[] chunk = s.recv(n - got.length());
            if (chunk.length == 0) {
                break;
            }
            got.append(new String(chunk, StandardCharsets.US_ASCII));
        }
        return got.toString();
    }

    /** message: client i's message, as select_clients.py makes it. */
    private static byte[] message(int i) {
        return ("client " + i + " ").repeat(10 + i).getBytes(StandardCharsets.US_ASCII);
    }

    private static long messageBytes() {
        long n = 0;
        for (int i = 0; i < CLIENTS; i++) {
            n += message(i).length;
        }
        return n;
    }
}
