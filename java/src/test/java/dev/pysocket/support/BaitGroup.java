package dev.pysocket.support;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.IPPROTO_IP;
import static dev.pysocket.Sockets.IP_TOS;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_LINGER;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * BaitGroup: a handful of fresh sockets that each hold something a call on a reused
 * descriptor number would take or change: a TCP pair with {@link #BAIT} waiting at both ends,
 * a UDP socket with a BAIT datagram waiting, and a listener with a connection waiting.
 * Linux gives a new descriptor the lowest free number (open(2)), so sockets opened right
 * after a close get the numbers just freed.
 *
 * <p>{@link #checkAndClose()} then verifies that nothing was taken or changed: each socket
 * still receives exactly BAIT (nothing stolen, nothing written by someone else), the pending
 * connection is still there, IP_TOS is untouched and no call fails, which it would with EBADF
 * if another socket's close() had closed this group's number.
 */
public final class BaitGroup {
    /** BAIT: the bytes every bait socket holds; a racer that returns them read a reused number. */
    public static final byte[] BAIT = "BAIT-BAIT-BAIT".getBytes(StandardCharsets.US_ASCII);
    private static final double CHECK_TIMEOUT = 0.5;

    private final List<Socket> all = new ArrayList<>();
    private Socket client;
    private Socket server;
    private Socket udp;
    private Socket listener;
    private Socket pending;
    private int tos;

    private BaitGroup() {
    }

    /** open makes a group; tcpListener (127.0.0.1, used by one thread only) gives the TCP pair. */
    public static BaitGroup open(Socket tcpListener) throws OSError {
        BaitGroup g = pair(tcpListener);
        try {
            g.udp = g.keep(Sockets.socket(AF_INET, SOCK_DGRAM));
            g.udp.bind(Address.of("127.0.0.1", 0));
            g.udp.sendto(BAIT, g.udp.getsockname());
            g.listener = g.keep(Sockets.socket());
            g.listener.bind(Address.of("127.0.0.1", 0));
            g.listener.listen(1);
            g.pending = g.keep(Sockets.createConnection(g.listener.getsockname(), CHECK_TIMEOUT * 4));
            return g;
        } catch (OSError | RuntimeException e) {
            g.closeAll();
            throw e;
        }
    }

    /**
     * pair makes a group of the TCP pair alone: the cheap decoy a test thread opens after each
     * close (the full group also has a UDP socket and a listener with a pending connection).
     */
    public static BaitGroup pair(Socket tcpListener) throws OSError {
        BaitGroup g = new BaitGroup();
        try {
            g.client = g.keep(Sockets.createConnection(tcpListener.getsockname(), CHECK_TIMEOUT * 4));
            g.server = g.keep(tcpListener.accept().conn());
            g.client.sendall(BAIT);
            g.server.sendall(BAIT);
            g.tos = g.client.getsockopt(IPPROTO_IP, IP_TOS);
            return g;
        } catch (OSError | RuntimeException e) {
            g.closeAll();
            throw e;
        }
    }

    private Socket keep(Socket s) {
        all.add(s);
        return s;
    }

    /**
     * checkAndClose verifies the group (see the class comment) and closes it; returns a
     * description of each thing found wrong (empty when intact).
     */
    public List<String> checkAndClose() {
        List<String> wrong = new ArrayList<>();
        try {
            for (Socket s : all) {
                s.settimeout(CHECK_TIMEOUT);
            }
            expectBait(wrong, "tcp client", client.recv(BAIT.length + 64));
            expectBait(wrong, "tcp server", server.recv(BAIT.length + 64));
            int nowTos = client.getsockopt(IPPROTO_IP, IP_TOS);
            if (nowTos != tos) {
                wrong.add("IP_TOS of a bait socket changed from " + tos + " to " + nowTos);
            }
            if (udp != null) {
                Datagram d = udp.recvfrom(BAIT.length + 64);
                expectBait(wrong, "udp", d.data());
                Accepted a = listener.accept();
                all.add(a.conn());
                if (!a.address().equals(pending.getsockname())) {
                    wrong.add("the bait listener accepted " + a.address() + " instead of " + pending.getsockname());
                }
            }
        } catch (OSError | RuntimeException e) {
            wrong.add("a bait socket failed: " + e);
        } finally {
            OSError e = closeAll();
            if (e != null) {
                wrong.add("closing a bait socket failed: " + e);
            }
        }
        return wrong;
    }

    private static void expectBait(List<String> wrong, String what, byte[] got) {
        if (!Arrays.equals(BAIT, got)) {
            wrong.add(what + " bait socket received " + new String(got, StandardCharsets.ISO_8859_1).replace('\0', '.')
                    + " instead of its bait");
        }
    }

    /** LINGER_ZERO: struct linger {1, 0}: close() resets the connection instead of ending it. */
    private static final byte[] LINGER_ZERO =
            ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();

    /** abortiveClose makes s's close a reset (no TIME_WAIT); a socket the race closed already is left as it is. */
    private static void abortiveClose(Socket s) {
        try {
            s.setsockopt(SOL_SOCKET, SO_LINGER, LINGER_ZERO);
        } catch (OSError e) {
            // closed meanwhile by the race under test: nothing to linger
        }
    }

    /**
     * closeAll closes the group, newest first: the accepted end before its client and the
     * listener's pending client before the listener. The end that closes first keeps TIME_WAIT
     * for a minute; on an accepted end that is the listener's port, on a client another
     * ephemeral port, and the tens of thousands of races of a run would exhaust the ephemeral
     * range (a bind to port 0 then fails with EADDRINUSE). TCP sockets close with SO_LINGER 0,
     * a reset, so that neither end keeps TIME_WAIT at all.
     */
    private OSError closeAll() {
        OSError first = null;
        List<Socket> newestFirst = new ArrayList<>(all);
        Collections.reverse(newestFirst);
        for (Socket s : newestFirst) {
            try {
                if (s.type() == SOCK_STREAM && s.fileno() != -1) {
                    abortiveClose(s);
                }
                s.close();
            } catch (OSError e) {
                first = first == null ? e : first;
            }
        }
        return first;
    }
}
