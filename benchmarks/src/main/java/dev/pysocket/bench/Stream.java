package dev.pysocket.bench;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;

/**
 * Stream: one end of a connected stream socket in the API family under test, with its send
 * and receive buffers allocated once, so the measured loop allocates nothing of its own.
 * Every message is {@link #size} bytes; contents are not checked (the workloads measure
 * transport, and the reference programs do not check them either).
 */
abstract class Stream implements Closeable {
    /** Bounds the read loop of a message: each read of a blocking socket returns >= 1 byte. */
    static final int MAX_READS = 1 << 20;

    final int size;

    Stream(int size) {
        this.size = size;
    }

    /** sendMessage sends all {@link #size} bytes of the send buffer. */
    abstract void sendMessage() throws IOException;

    /**
     * receiveMessage reads exactly {@link #size} bytes; false at end of stream before the
     * first byte, EOFException at end of stream inside a message.
     */
    abstract boolean receiveMessage() throws IOException;

    /** receiveSome reads once into the whole receive buffer: the count, -1 at end of stream. */
    abstract int receiveSome() throws IOException;

    /** truncated: the error for a stream that ended inside a message. */
    final EOFException truncated(int got) {
        return new EOFException("end of stream after " + got + " of " + size + " bytes");
    }

    /** readLimit: the error for a message loop that did not finish within MAX_READS. */
    final IOException readLimit() {
        return new IOException("message of " + size + " bytes not complete after " + MAX_READS + " reads");
    }
}
