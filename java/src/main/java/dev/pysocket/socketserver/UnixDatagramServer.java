package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Sockets;

/**
 * UnixDatagramServer: Python's {@code socketserver.UnixDatagramServer}, a UDPServer on
 * AF_UNIX (clients reply-able only if they bound a path of their own).
 */
public class UnixDatagramServer extends UDPServer {
    /**
     * A server bound to a path.
     *
     * @param serverAddress the path ({@code new Address.Unix(path)})
     * @param handlerFactory makes one handler per datagram
     * @throws OSError from socket or bind
     */
    public UnixDatagramServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory) throws OSError {
        this(serverAddress, handlerFactory, true);
    }

    /**
     * A server, bound if bindAndActivate.
     *
     * @param serverAddress the path
     * @param handlerFactory makes one handler per datagram
     * @param bindAndActivate whether to bind now
     * @throws OSError from socket or bind
     */
    public UnixDatagramServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory,
            boolean bindAndActivate) throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate, Sockets.AF_UNIX);
    }
}
