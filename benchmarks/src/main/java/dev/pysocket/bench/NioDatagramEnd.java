package dev.pysocket.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/** NioDatagramEnd: a blocking, unconnected DatagramChannel with direct buffers. */
final class NioDatagramEnd extends DatagramEnd {
    private final DatagramChannel ch;
    private final ByteBuffer in = ByteBuffer.allocateDirect(RECEIVE_BUFFER);
    private ByteBuffer out;
    private InetSocketAddress peer;

    NioDatagramEnd() throws IOException {
        ch = DatagramChannel.open(StandardProtocolFamily.INET);
        ch.bind(new InetSocketAddress(Loopback.ip(), 0));
    }

    @Override
    InetSocketAddress localAddress() throws IOException {
        return (InetSocketAddress) ch.getLocalAddress();
    }

    @Override
    void sendTo(InetSocketAddress peer, int size) {
        this.peer = peer;
        this.out = ByteBuffer.allocateDirect(size);
    }

    @Override
    void send() throws IOException {
        out.clear();
        ch.send(out, peer);
    }

    @Override
    int receive() throws IOException {
        in.clear();
        if (ch.receive(in) == null) {
            throw new IOException("blocking receive returned no datagram");
        }
        return in.position();
    }

    @Override
    public void close() throws IOException {
        ch.close();
    }
}
