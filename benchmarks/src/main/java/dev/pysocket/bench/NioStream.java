package dev.pysocket.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/** NioStream: a SocketChannel in blocking mode (TCP or AF_UNIX) with direct buffers. */
final class NioStream extends Stream {
    private final SocketChannel ch;
    private final ByteBuffer out;
    private final ByteBuffer in;

    NioStream(SocketChannel ch, int size) {
        super(size);
        this.ch = ch;
        this.out = ByteBuffer.allocateDirect(size);
        this.in = ByteBuffer.allocateDirect(size);
    }

    @Override
    void sendMessage() throws IOException {
        out.clear();
        // A blocking channel writes everything in one call; the bound is only a guard.
        for (int i = 0; out.hasRemaining(); i++) {
            if (i == MAX_READS) {
                throw new IOException("write of " + size + " bytes not complete after " + MAX_READS + " calls");
            }
            ch.write(out);
        }
    }

    @Override
    boolean receiveMessage() throws IOException {
        in.clear();
        for (int i = 0; in.hasRemaining(); i++) {
            if (i == MAX_READS) {
                throw readLimit();
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
        in.clear();
        return ch.read(in);
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
