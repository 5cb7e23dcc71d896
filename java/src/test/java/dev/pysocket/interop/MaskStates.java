package dev.pysocket.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.PollEvent;
import dev.pysocket.select.Select;
import dev.pysocket.select.SelectResult;
import dev.pysocket.support.InteropEcho;
import dev.pysocket.support.PythonPeer;
import dev.pysocket.support.TcpPair;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MaskStates: one socket in each state of {@code peers/poll_masks.py}, built by pysocket here
 * and by CPython there, and what poll, epoll and select report for it, as lines
 * {@code "POLL EPOLL RWX"} by state name (EPOLL is "-" where not asked). Both sides ask poll for
 * IN|PRI|OUT|RDHUP and epoll for the same EPOLL bits.
 */
final class MaskStates {
    private static final int POLL_MASK = Select.POLLIN | Select.POLLPRI | Select.POLLOUT | Select.POLLRDHUP;
    private static final long EPOLL_MASK = Select.EPOLLIN | Select.EPOLLPRI | Select.EPOLLOUT | Select.EPOLLRDHUP;
    private static final byte[] LINGER_ZERO =
            ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();
    private static final Address ANY_PORT = Address.of("127.0.0.1", 0);

    private MaskStates() {
    }

    /** python: python3's report, by state; oob adds the urgent-data state. */
    static Map<String, String> python(boolean oob) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (PythonPeer py = oob ? PythonPeer.start("poll_masks.py", "oob") : PythonPeer.start("poll_masks.py")) {
            for (String line = py.readLine(InteropEcho.PROCESS_WAIT_S); !line.equals("DONE");
                    line = py.readLine(InteropEcho.PROCESS_WAIT_S)) {
                String[] f = line.split(" ", 2);
                out.put(f[0], f[1]);
            }
            assertTrue(py.waitFor(InteropEcho.PROCESS_WAIT_S) == 0, py::stderrText);
        }
        return out;
    }

    /**
     * jdkView: what a java.nio Selector can see of Linux's mask (docs/python-semantics.md R40):
     * readable, writable and POLLNVAL, POLLHUP only for a socket with no connection; no POLLPRI,
     * POLLERR, POLLRDHUP, nor the POLLHUP of a connection that ended.
     */
    static int jdkView(String state, int linuxMask) {
        int seen = linuxMask & (Select.POLLIN | Select.POLLOUT | Select.POLLNVAL);
        return state.equals("fresh") ? seen | (linuxMask & Select.POLLHUP) : seen;
    }

    /** ours: pysocket's report for the same states, on the backend under test; epoll on native only. */
    static Map<String, String> ours(boolean oob, boolean epoll) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Socket s = Sockets.socket()) {
            report(out, "fresh", s, epoll);
        }
        try (Socket listener = Sockets.socket()) {
            listener.bind(ANY_PORT);
            listener.listen(1);
            report(out, "listen_idle", listener, epoll);
            Socket c = Sockets.createConnection(listener.getsockname());
            try {
                report(out, "listen_pending", listener, epoll);
            } finally {
                c.close();
            }
        }
        try (TcpPair p = TcpPair.open()) {
            report(out, "idle", p.client(), epoll);
            p.server().send(new byte[] {'x'});
            report(out, "data", p.client(), epoll);
            if (oob) {
                p.server().send(new byte[] {'!'}, Sockets.MSG_OOB);
                report(out, "oob", p.client(), epoll);
            }
        }
        try (TcpPair p = TcpPair.open()) {
            p.server().shutdown(Sockets.SHUT_WR);
            report(out, "peer_shut_wr", p.client(), epoll);
            p.client().shutdown(Sockets.SHUT_WR);
            report(out, "both_shut", p.client(), epoll);
        }
        try (TcpPair p = TcpPair.open()) {
            p.server().close();
            report(out, "peer_closed", p.client(), epoll);
        }
        try (TcpPair p = TcpPair.open()) {
            p.server().setsockopt(Sockets.SOL_SOCKET, Sockets.SO_LINGER, LINGER_ZERO);
            p.server().close();
            report(out, "peer_reset", p.client(), epoll);
        }
        try (TcpPair p = TcpPair.open()) {
            p.client().shutdown(Sockets.SHUT_RDWR);
            report(out, "self_shut_rdwr", p.client(), epoll);
        }
        try (SocketPair p = Sockets.socketpair()) {
            p.second().close();
            report(out, "pair_peer_closed", p.first(), epoll);
        }
        return out;
    }

    private static void report(Map<String, String> out, String state, Socket s, boolean epoll) throws Exception {
        Thread.sleep(20); // let loopback deliver what the peer did, as poll_masks.py waits
        Poll p = new Poll();
        p.register(s, POLL_MASK);
        List<PollEvent> polled = p.poll(0);
        String epolled = "-";
        if (epoll) {
            try (Epoll e = new Epoll()) {
                e.register(s, EPOLL_MASK);
                List<PollEvent> events = e.poll(0.0);
                epolled = Integer.toString(events.isEmpty() ? 0 : events.get(0).events());
            }
        }
        SelectResult<Socket> r = Select.select(List.of(s), List.of(s), List.of(s), 0.0);
        out.put(state, (polled.isEmpty() ? 0 : polled.get(0).events()) + " " + epolled + " "
                + r.r().size() + r.w().size() + r.x().size());
    }
}
