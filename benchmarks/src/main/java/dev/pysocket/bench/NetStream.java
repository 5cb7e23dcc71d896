package dev.pysocket.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/** NetStream: java.net.Socket's streams (SO_TIMEOUT only on the pp1to client, see {@link Loopback}). */
final class NetStream extends Stream {
    private final Socket sock;
    private final InputStream input;
    private final OutputStream output;
    private final byte[] out;
    private final byte[] in;

    NetStream(Socket sock, int size) throws IOException {
        super(size);
        this.sock = sock;
        this.input = sock.getInputStream();
        this.output = sock.getOutputStream();
        this.out = new byte[size];
        this.in = new byte[size];
    }

    @Override
    void sendMessage() throws IOException {
        output.write(out, 0, size);
    }

    @Override
    boolean receiveMessage() throws IOException {
        int got = 0;
        for (int i = 0; got < size; i++) {
            if (i == MAX_READS) {
                throw readLimit();
            }
            int n = input.read(in, got, size - got);
            if (n < 0) {
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
        return input.read(in, 0, in.length);
    }

    @Override
    public void close() throws IOException {
        sock.close();
    }
}
