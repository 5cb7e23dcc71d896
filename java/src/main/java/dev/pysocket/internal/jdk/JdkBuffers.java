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

    /** read: one read of at most CHUNK bytes (a stream read may always return less, R12). */
    static int read(SocketChannel ch, ByteBuffer dst) throws IOException {
        int limit = dst.limit();
        if (dst.isDirect() || limit - dst.position() <= CHUNK) {
            return ch.read(dst);
        }
        dst.limit(dst.position() + CHUNK);
        try {
            return ch.read(dst);
        } finally {
            dst.limit(limit);
        }
    }

    /**
     * write: a non-blocking channel writes at most one chunk (what fits, R12); a blocking one
     * writes every chunk, as a blocking send takes all.
     */
    static int write(SocketChannel ch, ByteBuffer src) throws IOException {
        int limit = src.limit();
        if (src.isDirect() || limit - src.position() <= CHUNK) {
            return ch.write(src);
        }
        int total = 0;
        try {
            do {
                src.limit(Math.min(limit, src.position() + CHUNK));
                int n = ch.write(src);
                total += n;
                if (n == 0 || !ch.isBlocking()) {
                    break;
                }
            } while (src.position() < limit);
        } finally {
            src.limit(limit);
        }
        return total;
    }

    /** receive: one datagram into at most CHUNK bytes of dst, which any datagram fits. */
    static SocketAddress receive(DatagramChannel ch, ByteBuffer dst) throws IOException {
        int limit = dst.limit();
        if (dst.isDirect() || limit - dst.position() <= CHUNK) {
            return ch.receive(dst);
        }
        dst.limit(dst.position() + CHUNK);
        try {
            return ch.receive(dst);
        } finally {
            dst.limit(limit);
        }
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
