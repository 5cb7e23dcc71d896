package dev.pysocket.support;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.IPPROTO_IP;
import static dev.pysocket.Sockets.IP_TOS;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_RCVBUF;
import static dev.pysocket.Sockets.SO_SNDBUF;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * CloseScenarios: one {@link CloseRace.Scenario} per operation that can race close(). In
 * each, nothing ever answers the call (no data, no connection, no room, a full backlog), so
 * only close() can end it: any data or connection it returns belongs to another socket that
 * reused the number (WRONG_DESCRIPTOR), and a connect or sendall that returns normally
 * succeeded on a closed socket.
 */
public final class CloseScenarios {
    /** A byte pattern no bait carries: a bait socket that receives it was written by a racer. */
    private static final byte[] SENDALL_PAYLOAD = filled(1 << 20, (byte) 'S');
    /** SMALL_BUFFER: SO_SNDBUF/SO_RCVBUF for sendall, so the 1 MiB payload cannot fit in flight. */
    private static final int SMALL_BUFFER = 4096;
    /** OPTION_TOS: what the setsockopt racer writes; a bait socket whose IP_TOS becomes it was written by a racer. */
    private static final int OPTION_TOS = 0x20;

    private CloseScenarios() {
    }

    private static byte[] filled(int n, byte b) {
        byte[] a = new byte[n];
        Arrays.fill(a, b);
        return a;
    }

    /** closeAll closes every socket given, in order, keeping the first error. */
    private static void closeAll(Socket... sockets) throws OSError {
        OSError first = null;
        for (Socket s : sockets) {
            if (s == null) {
                continue;
            }
            try {
                s.close();
            } catch (OSError e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** received: a stream recv's verdict: EOF and EBADF are fine, bytes came from another socket. */
    private static RaceTarget.Verdict received(Object outcome, int n) {
        if (n > 0) {
            return RaceTarget.Verdict.WRONG_DESCRIPTOR;
        }
        return n == 0 || RaceTarget.isEbadf(outcome) ? RaceTarget.Verdict.EXPECTED : RaceTarget.Verdict.UNEXPECTED;
    }

    // ---- connect -------------------------------------------------------------------------

    /**
     * connect: a fresh TCP socket (timeout null: blocking, else settimeout) connecting to a
     * {@link FullBacklog}, where it waits until close(). Only EBADF is expected; success is
     * impossible before the close.
     */
    public static CloseRace.Scenario tcpConnect(Double timeout) {
        return i -> new ConnectTarget(FullBacklog.tcp(), AF_INET, timeout);
    }

    /**
     * connect on AF_UNIX to a full backlog at dir/c{i}. A timed connect there raises
     * BlockingIOError at once (as CPython's, and Linux's non-blocking connect); that ending is
     * fine when the call began before close() returned.
     */
    public static CloseRace.Scenario unixConnect(Path dir, Double timeout) {
        return i -> new ConnectTarget(FullBacklog.unix(dir.resolve("c" + i)), AF_UNIX, timeout);
    }

    private static final class ConnectTarget implements RaceTarget {
        private final FullBacklog backlog;
        private final Socket victim;

        ConnectTarget(FullBacklog backlog, int family, Double timeout) throws OSError {
            this.backlog = backlog;
            Socket s = null;
            try {
                s = Sockets.socket(family, SOCK_STREAM);
                s.settimeout(timeout);
            } catch (OSError | RuntimeException e) {
                closeAll(s);
                backlog.close();
                throw e;
            }
            this.victim = s;
        }

        @Override
        public Socket victim() {
            return victim;
        }

        @Override
        public Object call() throws Exception {
            victim.connect(backlog.address());
            return null;
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            if (outcome == null) {
                return Verdict.SUCCESS_AFTER_CLOSE;
            }
            if (outcome instanceof BlockingIOError e && e.errno() == Errno.EAGAIN && !times.startedAfterClose()) {
                return Verdict.EXPECTED;
            }
            return RaceTarget.ebadfOnly(outcome);
        }

        @Override
        public void release() throws OSError {
            backlog.close();
        }

        @Override
        public void close() throws OSError {
            try {
                victim.close();
            } finally {
                backlog.close();
            }
        }
    }

    // ---- recv, recvInto, and a second close ----------------------------------------------

    /** recv: the accepted end of a fresh connection through listener, in recv(100). */
    public static CloseRace.Scenario recv(Socket listener) {
        return i -> new StreamTarget(listener, Kind.RECV);
    }

    /** recvInto: the same with recv_into(byte[100]). */
    public static CloseRace.Scenario recvInto(Socket listener) {
        return i -> new StreamTarget(listener, Kind.RECV_INTO);
    }

    /**
     * secondClose: a thread blocked in recv while two threads close the socket at the same
     * moment; both close() calls must return normally (close is idempotent, R16) and the
     * descriptor must be closed once (a second close(2) would close a bait's number).
     */
    public static CloseRace.Scenario secondClose(Socket listener) {
        return i -> new StreamTarget(listener, Kind.SECOND_CLOSE);
    }

    private enum Kind {
        RECV, RECV_INTO, SECOND_CLOSE
    }

    private static final class StreamTarget implements RaceTarget {
        private final Kind kind;
        private final Socket client;
        private final Socket conn;

        StreamTarget(Socket listener, Kind kind) throws OSError {
            this.kind = kind;
            this.client = Sockets.createConnection(listener.getsockname(), 5.0);
            try {
                this.conn = listener.accept().conn();
            } catch (OSError | RuntimeException e) {
                client.close();
                throw e;
            }
        }

        @Override
        public Socket victim() {
            return conn;
        }

        @Override
        public Object call() throws Exception {
            return kind == Kind.RECV_INTO ? (Object) conn.recvInto(new byte[100]) : conn.recv(100);
        }

        @Override
        public String closeVictim() throws OSError {
            if (kind != Kind.SECOND_CLOSE) {
                conn.close();
                return null;
            }
            CountDownLatch go = new CountDownLatch(1);
            try (Async<Object> other = Async.start("second-close", () -> {
                go.await();
                conn.close();
                return null;
            })) {
                go.countDown();
                conn.close();
                Object o = other.awaitDone(CloseRace.HANG_BOUND) ? other.outcome(Duration.ZERO) : "a hang";
                return o == null ? null : "the concurrent close() ended with " + o;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            if (outcome instanceof byte[] b) {
                return received(outcome, b.length);
            }
            if (outcome instanceof Integer n) {
                return received(outcome, n);
            }
            return received(outcome, -1);
        }

        /** afterRace: the peer sees the end of stream: the close reached the kernel. */
        @Override
        public String afterRace() throws OSError {
            client.settimeout(2.0);
            byte[] got = client.recv(100);
            return got.length == 0 ? null : "the peer of the closed socket received " + got.length + " bytes, not EOF";
        }

        /** release: the peer's close ends a hung recv with EOF. */
        @Override
        public void release() throws OSError {
            client.close();
        }

        @Override
        public void close() throws OSError {
            closeAll(client, conn);
        }
    }

    // ---- recvfrom ------------------------------------------------------------------------

    /** recvfrom: a bound UDP socket nobody sends to, in recvfrom(100). */
    public static CloseRace.Scenario recvfrom() {
        return i -> new DatagramTarget();
    }

    private static final class DatagramTarget implements RaceTarget {
        private final Socket udp;
        private final Address address;

        DatagramTarget() throws OSError {
            udp = Sockets.socket(AF_INET, SOCK_DGRAM);
            try {
                udp.bind(Address.of("127.0.0.1", 0));
                address = udp.getsockname();
            } catch (OSError | RuntimeException e) {
                udp.close();
                throw e;
            }
        }

        @Override
        public Socket victim() {
            return udp;
        }

        @Override
        public Object call() throws Exception {
            return udp.recvfrom(100);
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            return outcome instanceof Datagram ? Verdict.WRONG_DESCRIPTOR : RaceTarget.ebadfOnly(outcome);
        }

        /** release: a datagram to the address ends a hung recvfrom. */
        @Override
        public void release() throws OSError {
            try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
                s.sendto(new byte[] {'R'}, address);
            }
        }

        @Override
        public void close() throws OSError {
            udp.close();
        }
    }

    // ---- accept --------------------------------------------------------------------------

    /** accept: a fresh TCP listener nobody connects to, in accept(). */
    public static CloseRace.Scenario accept() {
        return i -> new AcceptTarget();
    }

    private static final class AcceptTarget implements RaceTarget {
        private final Socket listener;
        private final Address address;
        private volatile Socket accepted;
        private Socket releaser;

        AcceptTarget() throws OSError {
            listener = Sockets.socket();
            try {
                listener.bind(Address.of("127.0.0.1", 0));
                listener.listen();
                address = listener.getsockname();
            } catch (OSError | RuntimeException e) {
                listener.close();
                throw e;
            }
        }

        @Override
        public Socket victim() {
            return listener;
        }

        @Override
        public Object call() throws Exception {
            Accepted a = listener.accept();
            accepted = a.conn();
            return a;
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            return outcome instanceof Accepted ? Verdict.WRONG_DESCRIPTOR : RaceTarget.ebadfOnly(outcome);
        }

        /** release: a connection to the address ends a hung accept. */
        @Override
        public void release() throws OSError {
            releaser = Sockets.createConnection(address, 2.0);
        }

        @Override
        public void close() throws OSError {
            closeAll(listener, accepted, releaser);
        }
    }

    // ---- sendall -------------------------------------------------------------------------

    /**
     * sendall: 1 MiB to a peer that never reads, over small buffers, so sendall blocks until
     * close(). listener must have been made by {@link #smallBufferListener}.
     */
    public static CloseRace.Scenario sendall(Socket listener) {
        return i -> new SendallTarget(listener);
    }

    /** smallBufferListener: a listener on 127.0.0.1:0 whose accepted sockets have a small SO_RCVBUF. */
    public static Socket smallBufferListener() throws OSError {
        Socket l = Sockets.socket();
        try {
            l.setsockopt(SOL_SOCKET, SO_RCVBUF, SMALL_BUFFER);
            l.bind(Address.of("127.0.0.1", 0));
            l.listen();
            return l;
        } catch (OSError | RuntimeException e) {
            l.close();
            throw e;
        }
    }

    private static final class SendallTarget implements RaceTarget {
        private final Socket client;
        private final Socket peer;

        SendallTarget(Socket listener) throws OSError {
            Socket c = Sockets.socket();
            try {
                c.setsockopt(SOL_SOCKET, SO_SNDBUF, SMALL_BUFFER);
                c.settimeout(5.0);
                c.connect(listener.getsockname());
                c.settimeout((Double) null);
                this.peer = listener.accept().conn();
            } catch (OSError | RuntimeException e) {
                c.close();
                throw e;
            }
            this.client = c;
        }

        @Override
        public Socket victim() {
            return client;
        }

        @Override
        public Object call() throws Exception {
            client.sendall(SENDALL_PAYLOAD);
            return null;
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            return outcome == null ? Verdict.SUCCESS_AFTER_CLOSE : RaceTarget.ebadfOnly(outcome);
        }

        /** release: the peer's close (unread data: RST) ends a hung sendall. */
        @Override
        public void release() throws OSError {
            peer.close();
        }

        @Override
        public void close() throws OSError {
            closeAll(client, peer);
        }
    }

    // ---- setsockopt ----------------------------------------------------------------------

    /**
     * setsockopt: IP_TOS set over and over on a TCP socket until it fails. Setting it in a
     * call that began after close() returned is a success after close; setting it on a
     * reused number changes a bait socket's IP_TOS.
     */
    public static CloseRace.Scenario setsockopt() {
        return i -> new OptionTarget();
    }

    private static final class OptionTarget implements RaceTarget {
        private final Socket socket;
        private volatile long closeReturned;
        private volatile boolean stop;

        OptionTarget() throws OSError {
            socket = Sockets.socket();
        }

        @Override
        public Socket victim() {
            return socket;
        }

        @Override
        public boolean blocks() {
            return false;
        }

        /** call: returns how many calls begun after close() returned succeeded, once one fails. */
        @Override
        public Object call() throws Exception {
            int late = 0;
            while (!stop) {
                long t = System.nanoTime();
                try {
                    socket.setsockopt(IPPROTO_IP, IP_TOS, OPTION_TOS);
                } catch (OSError e) {
                    if (late == 0) {
                        throw e;
                    }
                    break;
                }
                long closed = closeReturned;
                if (closed != 0 && t - closed > 0) {
                    late++;
                }
            }
            return late;
        }

        @Override
        public String closeVictim() throws OSError {
            socket.close();
            closeReturned = System.nanoTime();
            return null;
        }

        @Override
        public Verdict judge(Object outcome, Times times) {
            return outcome instanceof Integer ? Verdict.SUCCESS_AFTER_CLOSE : RaceTarget.ebadfOnly(outcome);
        }

        @Override
        public void release() {
            stop = true;
        }

        @Override
        public void close() throws OSError {
            socket.close();
        }
    }
}
