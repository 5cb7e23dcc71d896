package dev.pysocket.socketserver;

import dev.pysocket.Socket;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * DatagramRequestHandler: Python's {@code socketserver.DatagramRequestHandler}: {@link #rfile}
 * reads the datagram received, what is written to {@link #wfile} is sent back to the client
 * as one datagram by {@link #finish()} (CPython's BytesIO pair).
 */
public abstract class DatagramRequestHandler extends BaseRequestHandler<DatagramRequest> {
    /** packet: the datagram received. */
    protected byte[] packet;
    /** socket: the server's socket. */
    protected Socket socket;
    /** rfile: reads {@link #packet}. */
    protected ByteArrayInputStream rfile;
    /** wfile: the reply, sent by {@link #finish()}. */
    protected ByteArrayOutputStream wfile;

    /** A handler; the server fills in its request before {@link #setup()}. */
    protected DatagramRequestHandler() {
    }

    /** setup: opens rfile over the packet and an empty wfile. */
    @Override
    public void setup() throws Exception {
        packet = request.data();
        socket = request.socket();
        rfile = new ByteArrayInputStream(packet);
        wfile = new ByteArrayOutputStream();
    }

    /** finish: sends wfile's bytes to the client (an empty datagram if nothing was written, as CPython). */
    @Override
    public void finish() throws Exception {
        socket.sendto(wfile.toByteArray(), clientAddress);
    }
}
