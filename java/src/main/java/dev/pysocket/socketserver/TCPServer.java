package dev.pysocket.socketserver;

import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/**
 * TCPServer: Python's {@code socketserver.TCPServer}: a listening stream socket (backlog
 * {@link #requestQueueSize()}, 5 by default), one accepted connection per request, shut down
 * for writing and closed after its handler.
 */
public class TCPServer extends SocketServer<Socket> {
    /** Null until set: the constructor may listen before a field initializer would have run. */
    private Integer requestQueueSize;

    /**
     * A TCP server bound and listening on serverAddress.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per connection
     * @throws OSError from socket, bind or listen
     */
    public TCPServer(Address serverAddress, HandlerFactory<Socket> handlerFactory) throws OSError {
        this(serverAddress, handlerFactory, true);
    }

    /**
     * A TCP server, bound and listening if bindAndActivate.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per connection
     * @param bindAndActivate whether to bind and listen now
     * @throws OSError from socket, bind or listen
     */
    public TCPServer(Address serverAddress, HandlerFactory<Socket> handlerFactory, boolean bindAndActivate)
            throws OSError {
        this(serverAddress, handlerFactory, bindAndActivate, Sockets.AF_INET);
    }

    /**
     * A stream server of another family (AF_UNIX for {@link UnixStreamServer}).
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per connection
     * @param bindAndActivate whether to bind and listen now
     * @param family the socket's family
     * @throws OSError from socket, bind or listen
     */
    protected TCPServer(Address serverAddress, HandlerFactory<Socket> handlerFactory, boolean bindAndActivate,
            int family) throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate, family, Sockets.SOCK_STREAM);
    }

    /** @return the listen backlog (5 by default) */
    public final int requestQueueSize() {
        return requestQueueSize == null ? 5 : requestQueueSize;
    }

    /** @param size the listen backlog serverActivate uses */
    public final void setRequestQueueSize(int size) {
        this.requestQueueSize = size;
    }

    /** serverActivate: listen(requestQueueSize). */
    @Override
    public void serverActivate() throws OSError {
        socket.listen(requestQueueSize());
    }

    @Override
    protected Incoming<Socket> getRequest() throws OSError {
        Accepted a = socket.accept();
        return new Incoming<>(a.conn(), a.address());
    }

    /** shutdownRequest: shutdown(SHUT_WR) (an OSError ignored: the client may be gone), then close. */
    @Override
    public void shutdownRequest(Socket request) {
        try {
            request.shutdown(Sockets.SHUT_WR);
        } catch (OSError e) {
            // the peer may have closed already, as CPython ignores
        }
        closeRequest(request);
    }

    /** closeRequest: closes the connection. */
    @Override
    public void closeRequest(Socket request) {
        try {
            request.close();
        } catch (OSError e) {
            // close of a socket pysocket owns reports no error worth raising from here
        }
    }
}
