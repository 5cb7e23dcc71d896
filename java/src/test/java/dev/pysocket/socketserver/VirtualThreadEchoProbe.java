package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import dev.pysocket.internal.VirtualThreads;
import java.util.ArrayList;
import java.util.List;

/**
 * VirtualThreadEchoProbe: the child JVM (Java 21+) of {@link VirtualThreadServerTest}: a
 * ThreadingTCPServer with virtual threads echoes a line to each of a few clients connected at
 * once; prints one line per client naming whether its handler ran on a virtual thread.
 */
public final class VirtualThreadEchoProbe {
    private VirtualThreadEchoProbe() {
    }

    /** Echo: answers one line with itself and whether the thread is virtual. */
    static final class Echo extends StreamRequestHandler {
        @Override
        public void handle() throws Exception {
            byte[] line = rfile.readlineBytes();
            String answer = new String(line, 0, line.length - 1) + " virtual=" + VirtualThreads.isVirtual(Thread.currentThread()) + "\n";
            wfile.write(answer.getBytes());
        }
    }

    /**
     * main: serves 4 clients, then shuts the server down.
     *
     * @param args unused
     * @throws Exception on any failure (the parent sees a non-zero exit)
     */
    public static void main(String[] args) throws Exception {
        try (ThreadingTCPServer server = new ThreadingTCPServer(Address.of("127.0.0.1", 0), Echo::new)) {
            server.setVirtualThreads(true);
            Thread loop = new Thread(() -> {
                try {
                    server.serveForever(0.1);
                } catch (OSError e) {
                    e.printStackTrace();
                }
            });
            loop.start();
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    clients.add(Sockets.createConnection(server.serverAddress(), 10.0));
                }
                for (int i = 0; i < clients.size(); i++) {
                    clients.get(i).sendall(("client" + i + "\n").getBytes());
                }
                for (Socket c : clients) {
                    try (SocketFile f = c.makefile("rb")) {
                        System.out.print(new String(f.readlineBytes()));
                    }
                }
            } finally {
                for (Socket c : clients) {
                    c.close();
                }
                server.shutdown();
                loop.join();
            }
        }
    }
}
