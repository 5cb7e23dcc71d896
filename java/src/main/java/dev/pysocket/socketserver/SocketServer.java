package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/**
 * SocketServer: what CPython's TCPServer holds that UDPServer inherits: the socket of a
 * family and type, bind with SO_REUSEADDR / SO_REUSEPORT where asked, and the bind-and-activate
 * constructor. Set the options before bind: construct with {@code bindAndActivate} false, set
 * them, then call {@link #serverBind()} and {@link #serverActivate()}, as in Python.
 *
 * @param <R> the request type
 */
public abstract class SocketServer<R> extends BaseServer<R> {
    /** socket: the server's socket. */
    protected final Socket socket;
    private boolean allowReuseAddress;
    private boolean allowReusePort;

    /**
     * A server on a new socket.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     * @param bindAndActivate whether to bind and activate now (closing the socket if that fails)
     * @param family the socket's family
     * @param type the socket's type
     * @throws OSError from socket, bind or listen
     */
    protected SocketServer(Address serverAddress, HandlerFactory<R> handlerFactory, boolean bindAndActivate,
            int family, int type) throws OSError {
        super(serverAddress, handlerFactory);
        this.socket = Sockets.socket(family, type);
        if (bindAndActivate) {
            try {
                serverBind();
                serverActivate();
            } catch (OSError | RuntimeException e) {
                serverClose();
                throw e;
            }
        }
    }

    @Override
    public final Socket socket() {
        return socket;
    }

    /** @return whether serverBind sets SO_REUSEADDR (false by default) */
    public final boolean allowReuseAddress() {
        return allowReuseAddress;
    }

    /** @param allow whether serverBind sets SO_REUSEADDR */
    public final void setAllowReuseAddress(boolean allow) {
        this.allowReuseAddress = allow;
    }

    /** @return whether serverBind sets SO_REUSEPORT (false by default) */
    public final boolean allowReusePort() {
        return allowReusePort;
    }

    /** @param allow whether serverBind sets SO_REUSEPORT */
    public final void setAllowReusePort(boolean allow) {
        this.allowReusePort = allow;
    }

    /**
     * serverBind: sets the asked options, binds, and records the bound address.
     *
     * @throws OSError from setsockopt or bind
     */
    public void serverBind() throws OSError {
        if (allowReuseAddress) {
            socket.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
        }
        if (allowReusePort) {
            socket.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEPORT, 1);
        }
        socket.bind(serverAddress);
        serverAddress = socket.getsockname();
    }
}
