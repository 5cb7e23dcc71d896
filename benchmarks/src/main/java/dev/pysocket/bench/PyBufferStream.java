package dev.pysocket.bench;

import dev.pysocket.Socket;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * PyBufferStream: pysocket's ByteBuffer API over direct buffers (no copy on the native
 * backend): {@code sendall(ByteBuffer)} and {@code recvInto(ByteBuffer)}. sendall rather
 * than a send loop so this row differs from {@link PyStream} only in the buffer form. Two
 * buffers, one per direction, as an application would hold them.
 */
final class PyBufferStream extends Stream {
    private final Socket sock;
    private final ByteBuffer out;
    private final ByteBuffer in;

    PyBufferStream(Socket sock, int size) {
        super(size);
        this.sock = sock;
        this.out = ByteBuffer.allocateDirect(size);
        this.in = ByteBuffer.allocateDirect(size);
    }

    @Override
    void sendMessage() throws IOException {
        out.clear();
        sock.sendall(out);
    }

    @Override
    boolean receiveMessage() throws IOException {
        in.clear();
        for (int i = 0; in.hasRemaining(); i++) {
            if (i == MAX_READS) {
                throw readLimit();
            }
            if (sock.recvInto(in) == 0) {
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
        int n = sock.recvInto(in);
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
        sock.close();
    }
}
