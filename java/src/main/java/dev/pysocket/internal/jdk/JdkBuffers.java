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
     * limitToChunk cuts a heap buffer's limit to CHUNK bytes past its position and returns
     * the limit to restore (unchanged for a direct or small buffer).
     */
    private static int limitToChunk(ByteBuffer b) {
        int limit = b.limit();
        if (!b.isDirect() && limit - b.position() > CHUNK) {
            b.limit(b.position() + CHUNK);
        }
        return limit;
    }

    /** read: one read of at most CHUNK bytes (a stream read may always return less, R12). */
    static int read(SocketChannel ch, ByteBuffer dst) throws IOException {
        int limit = limitToChunk(dst);
        try {
            return ch.read(dst);
        } finally {
            dst.limit(limit);
        }
    }

    /** write: one write of at most CHUNK bytes (what fits; a stream send may always take less, R12). */
    static int write(SocketChannel ch, ByteBuffer src) throws IOException {
        int limit = limitToChunk(src);
        try {
            return ch.write(src);
        } finally {
            src.limit(limit);
        }
    }

    /** receive: one datagram into at most CHUNK bytes of dst, which any datagram fits. */
    static SocketAddress receive(DatagramChannel ch, ByteBuffer dst) throws IOException {
        int limit = limitToChunk(dst);
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
