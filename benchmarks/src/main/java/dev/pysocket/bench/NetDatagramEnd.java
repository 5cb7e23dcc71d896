package dev.pysocket.bench;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * NetDatagramEnd: java.net.DatagramSocket with reused packets. No SO_TIMEOUT: it moves
 * receive onto a poll path (+3 us per datagram here, see {@link Loopback#JAVA_NET_TIMEOUT_MILLIS});
 * the {@link Watchdog} bounds receive instead.
 */
final class NetDatagramEnd extends DatagramEnd {
    private final DatagramSocket sock;
    private final byte[] in = new byte[RECEIVE_BUFFER];
    private final DatagramPacket inPacket = new DatagramPacket(in, in.length);
    private DatagramPacket outPacket;

    NetDatagramEnd() throws IOException {
        sock = new DatagramSocket(new InetSocketAddress(Loopback.ip(), 0));
    }

    @Override
    InetSocketAddress localAddress() {
        return (InetSocketAddress) sock.getLocalSocketAddress();
    }

    @Override
    void sendTo(InetSocketAddress peer, int size) {
        outPacket = new DatagramPacket(new byte[size], size, peer);
    }

    @Override
    void send() throws IOException {
        sock.send(outPacket);
    }

    @Override
    int receive() throws IOException {
        // receive() shrinks the packet's length to what arrived: give it the whole buffer back.
        inPacket.setLength(in.length);
        sock.receive(inPacket);
        return inPacket.getLength();
    }

    @Override
    public void close() {
        sock.close();
    }
}
