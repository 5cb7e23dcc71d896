package dev.pysocket.bench;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * DatagramEnd: an unconnected UDP socket on 127.0.0.1 in the API family under test, which
 * sends datagrams of one fixed size to one peer ({@code sendto}) and receives into a 64 KiB
 * buffer ({@code recvfrom}); buffers and the peer address are made once.
 */
abstract class DatagramEnd implements Closeable {
    static final int RECEIVE_BUFFER = 64 << 10;

    /** localAddress: where the other end sends to. */
    abstract InetSocketAddress localAddress() throws IOException;

    /** sendTo fixes the peer and the size of what {@link #send} sends. */
    abstract void sendTo(InetSocketAddress peer, int size);

    /** send sends one datagram to the peer. */
    abstract void send() throws IOException;

    /** receive waits for one datagram and returns its length. */
    abstract int receive() throws IOException;
}
