package dev.pysocket.socketserver;

import dev.pysocket.Socket;

/**
 * DatagramRequest: the request of a datagram server, Python's {@code (data, socket)} tuple:
 * the datagram received and the server's socket to answer on.
 *
 * @param data the datagram's bytes (at most the server's {@code maxPacketSize})
 * @param socket the server's socket
 */
public record DatagramRequest(byte[] data, Socket socket) {
}
