package dev.pysocket.socketserver;

import dev.pysocket.Address;

/**
 * BaseRequestHandler: Python's {@code socketserver.BaseRequestHandler}. A server makes one
 * handler per request with the factory it was given, then runs {@link #setup()},
 * {@link #handle()} and, even when handle raised, {@link #finish()}, as CPython's constructor
 * does. An exception out of these reaches the server's {@code handleError}.
 *
 * @param <R> the request: a connected {@code Socket} (stream servers) or a
 *        {@link DatagramRequest} (datagram servers)
 */
public abstract class BaseRequestHandler<R> {
    /** request: Python's {@code self.request}. */
    protected R request;
    /** clientAddress: Python's {@code self.client_address}. */
    protected Address clientAddress;
    /** server: Python's {@code self.server}. */
    protected BaseServer<R> server;

    /** A handler; the server fills in its request before {@link #setup()}. */
    protected BaseRequestHandler() {
    }

    /** run: what CPython's {@code __init__} does: setup, handle, and finish in any case. */
    final void run(R req, Address client, BaseServer<R> srv) throws Exception {
        this.request = req;
        this.clientAddress = client;
        this.server = srv;
        setup();
        try {
            handle();
        } finally {
            finish();
        }
    }

    /**
     * setup: called before {@link #handle()}; does nothing here.
     *
     * @throws Exception to the server's {@code handleError}
     */
    public void setup() throws Exception {
    }

    /**
     * handle: serves the request; does nothing here.
     *
     * @throws Exception to the server's {@code handleError}
     */
    public void handle() throws Exception {
    }

    /**
     * finish: called after {@link #handle()}, even when it raised; does nothing here.
     *
     * @throws Exception to the server's {@code handleError}
     */
    public void finish() throws Exception {
    }

    /** @return the request being served */
    public final R request() {
        return request;
    }

    /** @return the client's address */
    public final Address clientAddress() {
        return clientAddress;
    }

    /** @return the server serving the request */
    public final BaseServer<R> server() {
        return server;
    }
}
