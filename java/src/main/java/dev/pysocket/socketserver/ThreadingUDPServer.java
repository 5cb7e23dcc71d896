package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;

/**
 * ThreadingUDPServer: Python's {@code socketserver.ThreadingUDPServer}, a UDPServer that serves each request on
 * a thread of its own (CPython's ThreadingMixIn). {@link #serverClose()} waits for the request
 * threads while {@code blockOnClose} (the default); {@code daemonThreads} makes them daemons;
 * {@code virtualThreads} runs them on virtual threads where the JVM has them (Java 21+).
 */
public class ThreadingUDPServer extends UDPServer {
    private final RequestThreads threads = new RequestThreads();

    /**
     * A server bound on serverAddress.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     * @throws OSError from socket or bind
     */
    public ThreadingUDPServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory) throws OSError {
        super(serverAddress, handlerFactory);
    }

    /**
     * A server, bound if bindAndActivate.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     * @param bindAndActivate whether to bind now
     * @throws OSError from socket or bind
     */
    public ThreadingUDPServer(Address serverAddress, HandlerFactory<DatagramRequest> handlerFactory, boolean bindAndActivate)
            throws OSError {
        super(serverAddress, handlerFactory, bindAndActivate);
    }

    /** @return whether request threads are daemons (false by default) */
    public final boolean daemonThreads() {
        return threads.daemonThreads;
    }

    /** @param daemon whether request threads started from now on are daemons */
    public final void setDaemonThreads(boolean daemon) {
        threads.daemonThreads = daemon;
    }

    /** @return whether serverClose waits for the request threads (true by default) */
    public final boolean blockOnClose() {
        return threads.blockOnClose;
    }

    /** @param block whether serverClose waits for the request threads started from now on */
    public final void setBlockOnClose(boolean block) {
        threads.blockOnClose = block;
    }

    /** @return whether requests run on virtual threads (false by default) */
    public final boolean virtualThreads() {
        return threads.virtualThreads;
    }

    /**
     * setVirtualThreads: run requests on virtual threads where the JVM has them (Java 21+);
     * on an older JVM requests keep running on platform threads.
     *
     * @param virtual whether to use virtual threads
     */
    public final void setVirtualThreads(boolean virtual) {
        threads.virtualThreads = virtual;
    }

    /** @return whether this JVM has virtual threads (Java 21+) */
    public static boolean virtualThreadsAvailable() {
        return RequestThreads.available();
    }

    /** processRequest: starts a thread that finishes and shuts down the request. */
    @Override
    public void processRequest(DatagramRequest request, Address clientAddress) {
        threads.process(this, request, clientAddress);
    }

    /** serverClose: closes the socket, then waits for the request threads while blockOnClose. */
    @Override
    public void serverClose() throws OSError {
        try {
            super.serverClose();
        } finally {
            threads.join();
        }
    }
}
