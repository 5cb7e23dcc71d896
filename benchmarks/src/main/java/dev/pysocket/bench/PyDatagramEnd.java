package dev.pysocket.bench;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * PyDatagramEnd: pysocket's byte[] datagram API on the backend of the impl: blocking
 * {@code sendto(byte[], Address)} and {@code recvfromInto(byte[])} (Python's recvfrom_into,
 * as bulk receives with recv_into). The peer's Address is made once, like the other ends'.
 */
final class PyDatagramEnd extends DatagramEnd {
    private final Socket sock;
    private final byte[] in = new byte[RECEIVE_BUFFER];
    private byte[] out;
    private Address peer;

    PyDatagramEnd(String impl) throws IOException {
        Impls.useBackend(impl);
        sock = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM);
        try {
            sock.bind(Address.of("127.0.0.1", 0));
        } catch (IOException | RuntimeException e) {
            sock.close();
            throw e;
        }
    }

    @Override
    InetSocketAddress localAddress() throws IOException {
        Address.Inet a = (Address.Inet) sock.getsockname();
        return new InetSocketAddress(Loopback.ip(), a.port());
    }

    @Override
    void sendTo(InetSocketAddress peer, int size) {
        this.peer = Address.of(peer.getAddress().getHostAddress(), peer.getPort());
        this.out = new byte[size];
    }

    @Override
    void send() throws IOException {
        sock.sendto(out, peer);
    }

    @Override
    int receive() throws IOException {
        return sock.recvfromInto(in).nbytes();
    }

    @Override
    public void close() throws IOException {
        sock.close();
    }
}
