package dev.pysocket.selectors;

import static dev.pysocket.selectors.BaseSelector.EVENT_READ;
import static dev.pysocket.selectors.BaseSelector.EVENT_WRITE;

import dev.pysocket.Accepted;
import dev.pysocket.BlockingIOError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * EchoServer: the classic one-thread selectors echo server: a non-blocking listener, accepted
 * sockets set non-blocking, and per-key data holding each connection's unsent bytes. It runs
 * until it has served {@code clients} connections to their end, or its deadline passes.
 */
final class EchoServer {
    /** Conn: a connection's state, the key's data. */
    private static final class Conn {
        final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    }

    private EchoServer() {
    }

    /** serve runs the loop; returns how many connections were served to their end. */
    static int serve(Socket listener, int clients, long deadlineNanos) throws OSError {
        int finished = 0;
        byte[] buf = new byte[16384];
        try (BaseSelector sel = new DefaultSelector()) {
            listener.setblocking(false);
            sel.register(listener, EVENT_READ, null);
            while (finished < clients && System.nanoTime() - deadlineNanos < 0) {
                for (SelectorKey.Ready r : sel.select(0.5)) {
                    SelectorKey key = r.key();
                    if (key.data() == null) {
                        accept(sel, listener);
                    } else if (!serveOne(sel, key, r.events(), buf)) {
                        finished++;
                    }
                }
            }
            for (Integer fd : sel.getMap().keySet().toArray(new Integer[0])) {
                SelectorKey key = sel.getMap().get(fd);
                if (key.data() != null) {
                    sel.unregister(key.fileobj());
                    key.fileobj().close();
                }
            }
        }
        return finished;
    }

    private static void accept(BaseSelector sel, Socket listener) throws OSError {
        for (;;) {
            Accepted a;
            try {
                a = listener.accept();
            } catch (BlockingIOError e) {
                return;
            }
            a.conn().setblocking(false);
            sel.register(a.conn(), EVENT_READ, new Conn());
        }
    }

    /** serveOne: echoes what is readable, flushes what is pending; false once the peer is gone. */
    private static boolean serveOne(BaseSelector sel, SelectorKey key, int events, byte[] buf) throws OSError {
        Socket s = key.fileobj();
        Conn c = (Conn) key.data();
        if ((events & EVENT_READ) != 0) {
            int n;
            try {
                n = s.recvInto(buf);
            } catch (BlockingIOError e) {
                n = -1;
            }
            if (n == 0) {
                sel.unregister(s);
                s.close();
                return false;
            }
            if (n > 0) {
                c.pending.write(buf, 0, n);
            }
        }
        if (c.pending.size() > 0) {
            byte[] out = c.pending.toByteArray();
            int sent;
            try {
                sent = s.send(out);
            } catch (BlockingIOError e) {
                sent = 0;
            }
            c.pending.reset();
            c.pending.write(out, sent, out.length - sent);
        }
        int want = c.pending.size() > 0 ? EVENT_READ | EVENT_WRITE : EVENT_READ;
        if (want != key.events()) {
            sel.modify(s, want, c);
        }
        return true;
    }

    /** payload: client i's bytes, distinct per client and per position. */
    static byte[] payload(int i, int size) {
        byte[] b = new byte[size];
        for (int j = 0; j < size; j++) {
            b[j] = (byte) (i * 31 + j * 7 + (j >> 8));
        }
        return b;
    }

    static boolean same(byte[] a, byte[] b) {
        return Arrays.equals(a, b);
    }
}
