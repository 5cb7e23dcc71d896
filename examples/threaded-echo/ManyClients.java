import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Connect CLIENTS clients at once, then talk on them newest first: only a server that serves
 * its clients at the same time answers them all. many_clients.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR ManyClients.java PORT [CLIENTS]
 */
public class ManyClients {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        List<Socket> socks = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                socks.add(Sockets.createConnection(Address.of(HOST, port), 5.0));
            }
            for (int i = clients - 1; i >= 0; i--) {
                socks.get(i).sendall(("message " + i).getBytes(StandardCharsets.UTF_8));
                socks.get(i).shutdown(Sockets.SHUT_WR);
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                byte[] chunk;
                while ((chunk = socks.get(i).recv(1024)).length > 0) {
                    received.writeBytes(chunk);
                }
                System.out.println("client " + i + " received " + received.toString(StandardCharsets.UTF_8));
                socks.get(i).close();
            }
        } finally {
            for (Socket sock : socks) {
                sock.close();
            }
        }
    }
}
