package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.OSError;
import dev.pysocket.Sockets;

/**
 * UDPServer: Python's {@code socketserver.UDPServer}: each datagram (up to
 * {@link #maxPacketSize()}, 8192 bytes) is a request; nothing to listen for or to close.
 */
public class UDPServer extends SocketServer<DatagramRequest> {
    private int maxPacketSize = 8192;

    /**
     * A UDP server bound to serverAddress.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per datagram
     * @throws OSError from socket or bind
     */
    public UDPServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory) throws OSError {
        this(serverAddress, handlerFactory, true);
    }

    /**
     * A UDP server, bound if bindAndActivate.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per datagram
     * @param bindAndActivate whether to bind now
     * @throws OSError from socket or bind
     */
    public UDPServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory, boolean bindAndActivate)
            throws OSError {
        this(serverAddress, handlerFactory, bindAndActivate, Sockets.AF_INET);
    }

    /**
     * A datagram server of another family (AF_UNIX for {@link UnixDatagramServer}).
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per datagram
     * @param bindAndActivate whether to bind now
     * @param family the socket's family
     * @throws OSError from socket or bind
     */
    protected UDPServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory, boolean bindAndActivate,
            int family) throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate, family, Sockets.SOCK_DGRAM);
    }

    /** @return the largest datagram received whole */
    public final int maxPacketSize() {
        return maxPacketSize;
    }

    /** @param size the largest datagram received whole */
    public final void setMaxPacketSize(int size) {
        this.maxPacketSize = size;
    }

    @Override
    protected Incoming<DatagramRequest> getRequest() throws OSError {
        Datagram d = socket.recvfrom(maxPacketSize);
        return new Incoming<>(new DatagramRequest(d.data(), socket), d.address());
    }
}
