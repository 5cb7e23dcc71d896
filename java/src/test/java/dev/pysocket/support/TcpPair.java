package dev.pysocket.support;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/**
 * TcpPair: a connected TCP pair over 127.0.0.1, the stand-in for socketpair() in the TCP
 * scenarios. {@code client} connected, {@code server} is the accepted end; close closes both.
 */
public record TcpPair(Socket client, Socket server) implements AutoCloseable {

    /** open connects a fresh pair through a short-lived listener on 127.0.0.1:0. */
    public static TcpPair open() throws OSError {
        Socket client = null;
        try (Socket listener = Sockets.socket()) {
            listener.bind(Address.of("127.0.0.1", 0));
            listener.listen();
            client = Sockets.socket();
            client.connect(listener.getsockname());
            Socket server = listener.accept().conn();
            return new TcpPair(client, server);
        } catch (OSError | RuntimeException e) {
            if (client != null) {
                client.close();
            }
            throw e;
        }
    }

    @Override
    public void close() throws OSError {
        try {
            client.close();
        } finally {
            server.close();
        }
    }
}
