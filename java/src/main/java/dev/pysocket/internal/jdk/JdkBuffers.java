package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;

/**
 * JdkBuffers: hands the JDK's channels at most {@link #CHUNK} bytes of a heap buffer per call
 * (docs/native-memory.md). A channel copies a heap buffer through a temporary direct buffer of
 * the transfer's size and keeps it cached for the thread's life (sun.nio.ch.Util), counted
 * against -XX:MaxDirectMemorySize: one recv(4 MiB) would pin 4 MiB per thread, and enough of
 * them end in "OutOfMemoryError: Cannot reserve direct buffer memory". Direct buffers pass as
 * they are.
 */
final class JdkBuffers {
    /** CHUNK: the most one channel call takes from a heap buffer; no UDP datagram is larger. */
    static final int CHUNK = 64 << 10;
    /** MAX_DATAGRAM: no IP datagram's payload exceeds this; Linux refuses more with EMSGSIZE. */
    private static final int MAX_DATAGRAM = 0xFFFF;

    private JdkBuffers() {
    }

    /**
     * chunk: b itself, or for a heap buffer with more than CHUNK bytes left, a view of its next
     * CHUNK bytes (the caller's buffer is left as it is should the call fail).
     */
    private static ByteBuffer chunk(ByteBuffer b) {
        return b.isDirect() || b.remaining() <= CHUNK ? b : b.slice(b.position(), CHUNK);
    }

    /** advance: moves b past what a call did through its view (nothing to do when view is b). */
    private static void advance(ByteBuffer b, ByteBuffer view) {
        if (view != b) {
            b.position(b.position() + view.position());
        }
    }

    /** read: one read of at most CHUNK bytes (a stream read may always return less, R12). */
    static int read(SocketChannel ch, ByteBuffer dst) throws IOException {
        ByteBuffer view = chunk(dst);
        int n = ch.read(view);
        advance(dst, view);
        return n;
    }

    /** write: one write of at most CHUNK bytes (what fits; a stream send may always take less, R12). */
    static int write(SocketChannel ch, ByteBuffer src) throws IOException {
        ByteBuffer view = chunk(src);
        int n = ch.write(view);
        advance(src, view);
        return n;
    }

    /** receive: one datagram into at most CHUNK bytes of dst, which any datagram fits. */
    static SocketAddress receive(DatagramChannel ch, ByteBuffer dst) throws IOException {
        ByteBuffer view = chunk(dst);
        SocketAddress from = ch.receive(view);
        advance(dst, view);
        return from;
    }

    /**
     * checkDatagram: a datagram larger than an IP packet can carry is EMSGSIZE, as Linux's
     * udp_sendmsg answers first; the JDK would copy it to a cached temporary buffer before asking.
     */
    static void checkDatagram(ByteBuffer src) throws OSError {
        if (!src.isDirect() && src.remaining() > MAX_DATAGRAM) {
            throw OSError.of(Errno.EMSGSIZE);
        }
    }
}
