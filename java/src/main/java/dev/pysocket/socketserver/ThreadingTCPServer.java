package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;

/**
 * ThreadingTCPServer: Python's {@code socketserver.ThreadingTCPServer}, a TCPServer that serves each request on
 * a thread of its own (CPython's ThreadingMixIn). {@link #serverClose()} waits for the request
 * threads while {@code blockOnClose} (the default); {@code daemonThreads} makes them daemons;
 * {@code virtualThreads} runs them on virtual threads where the JVM has them (Java 21+).
 */
public class ThreadingTCPServer extends TCPServer implements ThreadingMixIn {
    private final RequestThreads threads = new RequestThreads();

    /**
     * A server bound and listening on serverAddress.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     * @throws OSError from socket or bind
     */
    public ThreadingTCPServer(Address serverAddress, HandlerFactory<Socket> handlerFactory) throws OSError {
        super(serverAddress, handlerFactory);
    }

    /**
     * A server, bound and listening if bindAndActivate.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     * @param bindAndActivate whether to bind and listening now
     * @throws OSError from socket or bind
     */
    public ThreadingTCPServer(Address serverAddress, HandlerFactory<Socket> handlerFactory, boolean bindAndActivate)
            throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate);
    }

    /** @return whether this JVM has virtual threads (Java 21+) */
    public static boolean virtualThreadsAvailable() {
        return RequestThreads.available();
    }

    @Override
    public final RequestThreads requestThreads() {
        return threads;
    }

    /** processRequest: starts a thread that finishes and shuts down the request. */
    @Override
    public void processRequest(Socket request, Address clientAddress) {
        threads.process(this, request, clientAddress);
    }

    /** serverClose: closes the socket, then waits for the request threads while blockOnClose. */
    @Override
    public void serverClose() throws OSError {
        threads.closeThenJoin(super::serverClose);
    }
}
