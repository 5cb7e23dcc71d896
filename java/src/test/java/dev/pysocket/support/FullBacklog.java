package dev.pysocket.support;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;

import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * FullBacklog: a listener that never accepts and whose accept queue is already full, so a
 * blocking connect to it waits in the kernel (TCP: the SYN is dropped and retransmitted for
 * minutes, {@code tcp_conn_request} in net/ipv4/tcp_input.c; AF_UNIX: {@code connect} sleeps
 * in {@code unix_wait_for_peer}, net/unix/af_unix.c) until something else ends it.
 *
 * <p>Linux counts the queue as full once it holds more than the backlog
 * ({@code sk_acceptq_is_full}, {@code unix_recvq_full}), so {@code listen(1)} takes two
 * connections before the next one waits (python3 on this kernel: two succeed, the third
 * times out). The jdk backend turns a backlog of 0 into 1, so 1 is the value that queues the
 * same on both backends.
 *
 * <p>close() closes the listener and its queued connections, which makes a connect still
 * waiting fail: AF_UNIX at once (ECONNREFUSED), TCP at its next SYN retransmission (RST).
 */
public final class FullBacklog implements AutoCloseable {
    private static final int BACKLOG = 1;
    private static final double FILL_TIMEOUT = 2.0;

    private final Socket listener;
    private final Address address;
    private final List<Socket> queued = new ArrayList<>();

    private FullBacklog(Socket listener, Address address) {
        this.listener = listener;
        this.address = address;
    }

    /** tcp: a full listener on 127.0.0.1:0. */
    public static FullBacklog tcp() throws OSError {
        Socket l = Sockets.socket();
        try {
            l.bind(Address.of("127.0.0.1", 0));
            return fill(l, l.getsockname());
        } catch (OSError | RuntimeException e) {
            l.close();
            throw e;
        }
    }

    /** unix: a full AF_UNIX listener bound at path (which must not exist yet). */
    public static FullBacklog unix(Path path) throws OSError {
        Socket l = Sockets.socket(AF_UNIX, SOCK_STREAM);
        try {
            Address at = Address.unix(path.toString());
            l.bind(at);
            return fill(l, at);
        } catch (OSError | RuntimeException e) {
            l.close();
            throw e;
        }
    }

    private static FullBacklog fill(Socket l, Address at) throws OSError {
        l.listen(BACKLOG);
        FullBacklog b = new FullBacklog(l, at);
        try {
            for (int i = 0; i <= BACKLOG; i++) {
                Socket c = Sockets.socket(l.family(), SOCK_STREAM);
                b.queued.add(c);
                c.settimeout(FILL_TIMEOUT);
                c.connect(at);
            }
            return b;
        } catch (OSError | RuntimeException e) {
            b.close();
            throw e;
        }
    }

    /** address: where to connect. */
    public Address address() {
        return address;
    }

    /**
     * assertFull checks that a connect to this listener really waits: a connect with a
     * 0.3 s timeout must time out (AF_UNIX: a timed connect to a full queue raises
     * BlockingIOError at once, as CPython's does, which shows the queue is full too).
     */
    public void assertFull() throws OSError {
        try (Socket probe = Sockets.socket(listener.family(), SOCK_STREAM)) {
            probe.settimeout(0.3);
            try {
                probe.connect(address);
                throw new AssertionError("a connect to the full listener " + address + " succeeded");
            } catch (TimeoutError | BlockingIOError expected) {
                // the queue is full: the connect would have waited
            }
        }
    }

    /** close closes the listener and the connections in its queue. */
    @Override
    public void close() throws OSError {
        OSError first = null;
        for (Socket s : queued) {
            try {
                s.close();
            } catch (OSError e) {
                first = first == null ? e : first;
            }
        }
        try {
            listener.close();
        } catch (OSError e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw first;
        }
    }
}
