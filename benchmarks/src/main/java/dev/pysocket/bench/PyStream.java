package dev.pysocket.bench;

import dev.pysocket.Socket;
import java.io.IOException;

/** PyStream: pysocket's byte[] API, {@code sendall(byte[])} and {@code recvInto(byte[])}. */
final class PyStream extends Stream {
    private final Socket sock;
    private final byte[] out;
    private final byte[] in;

    PyStream(Socket sock, int size) {
        super(size);
        this.sock = sock;
        this.out = new byte[size];
        this.in = new byte[size];
    }

    @Override
    void sendMessage() throws IOException {
        sock.sendall(out);
    }

    @Override
    boolean receiveMessage() throws IOException {
        int got = 0;
        for (int i = 0; got < size; i++) {
            if (i == MAX_READS) {
                throw readLimit();
            }
            // recv_into has no offset in Python either (that takes a memoryview slice); the
            // rest of a short read lands at index 0 again, which is fine: only counts matter.
            int n = sock.recvInto(in, size - got, 0);
            if (n == 0) {
                if (got == 0) {
                    return false;
                }
                throw truncated(got);
            }
            got += n;
        }
        return true;
    }

    @Override
    int receiveSome() throws IOException {
        int n = sock.recvInto(in);
        return n == 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
        sock.close();
    }
}
