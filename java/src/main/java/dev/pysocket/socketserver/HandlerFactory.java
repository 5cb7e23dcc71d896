package dev.pysocket.socketserver;

/**
 * HandlerFactory: makes the handler of one request, where Python passes the handler class
 * ({@code EchoHandler::new}).
 *
 * @param <R> the request type of the server
 */
@FunctionalInterface
public interface HandlerFactory<R> {
    /**
     * create: a new handler for one request.
     *
     * @return the handler
     */
    BaseRequestHandler<R> create();
}
