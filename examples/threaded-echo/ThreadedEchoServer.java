import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An echo server with a thread per client: CLIENTS clients served at the same time, then exit.
 * threaded_echo_server.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR ThreadedEchoServer.java [PORT [CLIENTS]]
 */
public class ThreadedEchoServer {
    static final String HOST = "127.0.0.1";

    static void handle(Socket conn, Address addr) {
        try (conn) {
            byte[] data;
            while ((data = conn.recv(1024)).length > 0) {
                conn.sendall(data);
            }
        } catch (OSError e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        try (Socket server = Sockets.createServer(Address.of(HOST, port))) {
            Address.Inet bound = (Address.Inet) server.getsockname();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Accepted accepted = server.accept();
                Thread thread = new Thread(() -> handle(accepted.conn(), accepted.address()));
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        System.out.println("served " + clients + " clients");
    }
}
