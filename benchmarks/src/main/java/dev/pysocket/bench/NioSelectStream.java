package dev.pysocket.bench;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.function.Consumer;

/**
 * NioSelectStream: NIO's way to receive with a timeout: a non-blocking channel registered
 * with its own Selector, and one {@code select(5000)} before each read (as C polls before
 * recv). {@code select(Consumer, long)} rather than the selected-key set, whose
 * {@code HashSet.add} would allocate per wake-up and put garbage into the measurement.
 */
final class NioSelectStream extends Stream {
    static final long TIMEOUT_MILLIS = 5_000;
    private static final Consumer<SelectionKey> IGNORE = key -> { };

    private final SocketChannel ch;
    private final Selector selector;
    private final ByteBuffer out;
    private final ByteBuffer in;

    NioSelectStream(SocketChannel ch, int size) throws IOException {
        super(size);
        this.ch = ch;
        ch.configureBlocking(false);
        this.selector = Selector.open();
        ch.register(selector, SelectionKey.OP_READ);
        this.out = ByteBuffer.allocateDirect(size);
        this.in = ByteBuffer.allocateDirect(size);
    }

    @Override
    void sendMessage() throws IOException {
        out.clear();
        ch.write(out);
        if (out.hasRemaining()) {
            // Messages here are 1 byte into an idle connection: a full send buffer means
            // something is wrong, not that this end should wait for room.
            throw new IOException("non-blocking write took " + out.position() + " of " + size + " bytes");
        }
    }

    @Override
    boolean receiveMessage() throws IOException {
        in.clear();
        for (int i = 0; in.hasRemaining(); i++) {
            if (i == MAX_READS) {
                throw readLimit();
            }
            if (selector.select(IGNORE, TIMEOUT_MILLIS) == 0) {
                throw new SocketTimeoutException("no data within " + TIMEOUT_MILLIS + " ms");
            }
            if (ch.read(in) < 0) {
                if (in.position() == 0) {
                    return false;
                }
                throw truncated(in.position());
            }
        }
        return true;
    }

    @Override
    int receiveSome() throws IOException {
        throw new UnsupportedOperationException("the timed stream is only a ping-pong client");
    }

    @Override
    public void close() throws IOException {
        try {
            ch.close();
        } finally {
            selector.close();
        }
    }
}
