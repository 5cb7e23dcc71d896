package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/** UnixStreamServer: Python's {@code socketserver.UnixStreamServer}, a TCPServer on AF_UNIX. */
public class UnixStreamServer extends TCPServer {
    /**
     * A server bound and listening on a path.
     *
     * @param serverAddress the path ({@code new Address.Unix(path)})
     * @param handlerFactory makes one handler per connection
     * @throws OSError from socket, bind or listen
     */
    public UnixStreamServer(Address serverAddress, HandlerFactory<Socket> handlerFactory) throws OSError {
        this(serverAddress, handlerFactory, true);
    }

    /**
     * A server, bound and listening if bindAndActivate.
     *
     * @param serverAddress the path
     * @param handlerFactory makes one handler per connection
     * @param bindAndActivate whether to bind and listen now
     * @throws OSError from socket, bind or listen
     */
    public UnixStreamServer(Address serverAddress, HandlerFactory<Socket> handlerFactory, boolean bindAndActivate)
            throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate, Sockets.AF_UNIX);
    }
}
