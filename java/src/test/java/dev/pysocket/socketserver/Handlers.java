package dev.pysocket.socketserver;

import java.util.Arrays;

/** Handlers: the request handlers of the tests. */
final class Handlers {
    private Handlers() {
    }

    /** LineEcho: answers each line with "echo: " and the line, until the client closes. */
    static final class LineEcho extends StreamRequestHandler {
        LineEcho() {
            timeout = 10.0;
        }

        @Override
        public void handle() throws Exception {
            for (;;) {
                byte[] line = rfile.readlineBytes();
                if (line.length == 0) {
                    return;
                }
                byte[] out = new byte[6 + line.length];
                System.arraycopy("echo: ".getBytes(), 0, out, 0, 6);
                System.arraycopy(line, 0, out, 6, line.length);
                int sent = 0;
                while (sent < out.length) {
                    sent += wfile.write(Arrays.copyOfRange(out, sent, out.length));
                }
            }
        }
    }

    /** DatagramEcho: answers each datagram with "echo: " and its bytes. */
    static final class DatagramEcho extends DatagramRequestHandler {
        @Override
        public void handle() throws Exception {
            wfile.write("echo: ".getBytes());
            wfile.write(rfile.readAllBytes());
        }
    }
}
