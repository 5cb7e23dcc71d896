package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.PollSelector;
import java.io.PrintStream;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * BaseServer: Python's {@code socketserver.BaseServer} over a {@link #socket()}: the
 * serve-forever loop, one request at a time, shutdown from another thread, and the hooks
 * (verifyRequest, processRequest, handleError, handleTimeout, serviceActions) a subclass may
 * override. The loop waits with a {@link PollSelector}, as CPython's does where poll exists.
 *
 * @param <R> the request type: a {@code Socket} or a {@link DatagramRequest}
 */
public abstract class BaseServer<R> implements AutoCloseable {
    /**
     * A request and its client, what getRequest returns.
     *
     * @param <R> the request type
     * @param request the request
     * @param clientAddress its client
     */
    protected record Incoming<R>(R request, Address clientAddress) {
    }

    /** serverAddress: the address given, then the bound one. */
    protected Address serverAddress;
    private final HandlerFactory<R> handlerFactory;
    /** timeout: handleRequest's timeout in seconds, null for none. */
    private volatile Double timeout;
    private volatile boolean shutdownRequest;
    /** isShutDown: released when the current serveForever loop has ended (open while none runs). */
    private volatile CountDownLatch isShutDown = new CountDownLatch(0);
    private final Object loopLock = new Object();

    /**
     * A server.
     *
     * @param serverAddress the address to bind
     * @param handlerFactory makes one handler per request
     */
    protected BaseServer(Address serverAddress, HandlerFactory<R> handlerFactory) {
        this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
        this.handlerFactory = Objects.requireNonNull(handlerFactory, "handlerFactory");
    }

    /** @return the server's socket */
    public abstract Socket socket();

    /** @return the server's address (the bound one once bound) */
    public final Address serverAddress() {
        return serverAddress;
    }

    /** @return handleRequest's timeout in seconds, or null */
    public final Double timeout() {
        return timeout;
    }

    /** @param seconds handleRequest's timeout in seconds, or null for none */
    public final void setTimeout(Double seconds) {
        this.timeout = seconds;
    }

    /** @return the server socket's descriptor */
    public final int fileno() {
        return socket().fileno();
    }

    /**
     * serverActivate: called after bind (a stream server listens here).
     *
     * @throws OSError from the socket
     */
    public void serverActivate() throws OSError {
    }

    /**
     * serveForever: handles requests until {@link #shutdown()}, checking for shutdown every
     * pollInterval seconds, and calling {@link #serviceActions()} after each wake.
     *
     * @param pollInterval seconds between checks for a shutdown request
     * @throws OSError from the selector
     */
    public void serveForever(double pollInterval) throws OSError {
        CountDownLatch done = new CountDownLatch(1);
        synchronized (loopLock) {
            isShutDown = done;
        }
        try (BaseSelector selector = new PollSelector()) {
            selector.register(socket(), BaseSelector.EVENT_READ, null);
            while (!shutdownRequest) {
                boolean ready = !selector.select(pollInterval).isEmpty();
                if (shutdownRequest) {
                    break; // a shutdown asked while waiting wins over a ready request (bpo-35017)
                }
                if (ready) {
                    handleRequestNoblock();
                }
                serviceActions();
            }
        } finally {
            shutdownRequest = false;
            done.countDown();
        }
    }

    /**
     * serveForever with CPython's default poll interval, 0.5 s.
     *
     * @throws OSError from the selector
     */
    public void serveForever() throws OSError {
        serveForever(0.5);
    }

    /**
     * shutdown: stops the serveForever loop and waits until it has ended. It must be called
     * from another thread than the loop's, or it deadlocks (as in CPython).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void shutdown() throws InterruptedException {
        shutdownRequest = true;
        CountDownLatch done;
        synchronized (loopLock) {
            done = isShutDown;
        }
        done.await();
    }

    /** serviceActions: called by serveForever after each wake; does nothing here. */
    public void serviceActions() {
    }

    /**
     * handleRequest: waits for one request (up to the socket's or the server's timeout, the
     * smaller) and handles it, or calls {@link #handleTimeout()}.
     *
     * @throws OSError from the selector
     */
    public void handleRequest() throws OSError {
        Double t = socket().gettimeout();
        if (t == null) {
            t = timeout;
        } else if (timeout != null) {
            t = Math.min(t, timeout);
        }
        long deadline = t == null ? 0 : System.nanoTime() + (long) (t * 1e9);
        try (BaseSelector selector = new PollSelector()) {
            selector.register(socket(), BaseSelector.EVENT_READ, null);
            for (;;) {
                if (!selector.select(t).isEmpty()) {
                    handleRequestNoblock();
                    return;
                }
                if (t != null) {
                    t = (deadline - System.nanoTime()) / 1e9;
                    if (t < 0) {
                        handleTimeout();
                        return;
                    }
                }
            }
        }
    }

    /** handleRequestNoblock: takes the ready request (an OSError there drops it) and processes it. */
    private void handleRequestNoblock() {
        Incoming<R> in;
        try {
            in = getRequest();
        } catch (OSError e) {
            return;
        }
        if (!verifyRequest(in.request(), in.clientAddress())) {
            shutdownRequest(in.request());
            return;
        }
        try {
            processRequest(in.request(), in.clientAddress());
        } catch (Exception e) {
            handleError(in.request(), in.clientAddress(), e);
            shutdownRequest(in.request());
        } catch (Error e) {
            shutdownRequest(in.request());
            throw e;
        }
    }

    /**
     * getRequest: takes one request off the socket.
     *
     * @return the request and its client
     * @throws OSError from accept or recvfrom
     */
    protected abstract Incoming<R> getRequest() throws OSError;

    /** handleTimeout: called by handleRequest when its timeout passes; does nothing here. */
    public void handleTimeout() {
    }

    /**
     * verifyRequest: whether to serve the request; false closes it unserved.
     *
     * @param request the request
     * @param clientAddress its client
     * @return true here
     */
    public boolean verifyRequest(R request, Address clientAddress) {
        return true;
    }

    /**
     * processRequest: serves the request and shuts it down (the threading servers start a
     * thread here).
     *
     * @param request the request
     * @param clientAddress its client
     * @throws Exception from the handler, to {@link #handleError}
     */
    public void processRequest(R request, Address clientAddress) throws Exception {
        finishRequest(request, clientAddress);
        shutdownRequest(request);
    }

    /**
     * finishRequest: makes a handler with the factory and runs it.
     *
     * @param request the request
     * @param clientAddress its client
     * @throws Exception from the handler
     */
    public void finishRequest(R request, Address clientAddress) throws Exception {
        handlerFactory.create().run(request, clientAddress, this);
    }

    /**
     * shutdownRequest: ends a request (a stream server shuts the connection down for writing
     * and closes it); here {@link #closeRequest}.
     *
     * @param request the request
     */
    public void shutdownRequest(R request) {
        closeRequest(request);
    }

    /**
     * closeRequest: releases a request; does nothing here.
     *
     * @param request the request
     */
    public void closeRequest(R request) {
    }

    /**
     * handleError: CPython's report on stderr: a line of dashes, "Exception occurred during
     * processing of request from" and the client's address, the traceback, dashes. The
     * server goes on serving.
     *
     * @param request the request
     * @param clientAddress its client
     * @param error what the handler raised
     */
    public void handleError(R request, Address clientAddress, Exception error) {
        PrintStream err = System.err;
        synchronized (err) {
            err.println("-".repeat(40));
            err.println("Exception occurred during processing of request from " + clientAddress);
            error.printStackTrace(err);
            err.println("-".repeat(40));
        }
    }

    /**
     * serverClose: closes the server's socket.
     *
     * @throws OSError from close
     */
    public void serverClose() throws OSError {
        socket().close();
    }

    /** close: {@link #serverClose()}, Python's {@code with} exit. */
    @Override
    public void close() throws OSError {
        serverClose();
    }
}
