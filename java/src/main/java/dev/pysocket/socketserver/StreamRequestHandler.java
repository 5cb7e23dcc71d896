package dev.pysocket.socketserver;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;

/**
 * StreamRequestHandler: Python's {@code socketserver.StreamRequestHandler}: {@link #rfile}
 * and {@link #wfile} are binary {@link SocketFile}s over the connection ("rb" buffered with
 * {@link #rbufsize}, "wb" with {@link #wbufsize}). With wbufsize 0 (the default) wfile is the
 * raw socket file, so each write is one send; CPython's {@code _SocketWriter} calls sendall
 * instead, which is the same on a blocking socket and may differ under a timeout (write then
 * returns how much was sent). Set the fields in the subclass's constructor.
 */
public abstract class StreamRequestHandler extends BaseRequestHandler<Socket> {
    /** rbufsize: the read buffer's size, -1 for the default. */
    protected int rbufsize = -1;
    /** wbufsize: the write buffer's size, 0 for none. */
    protected int wbufsize = 0;
    /** timeout: the connection's timeout in seconds, null for the server socket's. */
    protected Double timeout;
    /** disableNagleAlgorithm: sets TCP_NODELAY on the connection. */
    protected boolean disableNagleAlgorithm;
    /** connection: the connected socket, the request. */
    protected Socket connection;
    /** rfile: reads the connection. */
    protected SocketFile rfile;
    /** wfile: writes the connection. */
    protected SocketFile wfile;

    /** A handler; the server fills in its request before {@link #setup()}. */
    protected StreamRequestHandler() {
    }

    /** setup: applies timeout and disableNagleAlgorithm, opens rfile and wfile. */
    @Override
    public void setup() throws Exception {
        connection = request;
        if (timeout != null) {
            connection.settimeout(timeout);
        }
        if (disableNagleAlgorithm) {
            connection.setsockopt(Sockets.IPPROTO_TCP, Sockets.TCP_NODELAY, 1);
        }
        rfile = connection.makefile("rb", rbufsize, null, null, null);
        wfile = connection.makefile("wb", wbufsize, null, null, null);
    }

    /** finish: flushes wfile (an OSError is ignored, as in CPython), closes both files. */
    @Override
    public void finish() throws Exception {
        if (!wfile.closed()) {
            try {
                wfile.flush();
            } catch (OSError e) {
                // the client is gone: CPython ignores socket.error here too
            }
        }
        wfile.close();
        rfile.close();
    }
}
