import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/**
 * The classic echo server: serve one client, sending back every byte it sends, then exit.
 * echo_server.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR EchoServer.java [PORT]
 */
public class EchoServer {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;

        try (Socket server = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_STREAM)) {
            server.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_REUSEADDR, 1);
            server.bind(Address.of(HOST, port));
            server.listen();
            Address.Inet bound = (Address.Inet) server.getsockname();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            Accepted accepted = server.accept();
            try (Socket conn = accepted.conn()) {
                System.out.println("connected by " + accepted.address());
                byte[] data;
                while ((data = conn.recv(1024)).length > 0) {
                    conn.sendall(data);
                }
            }
            System.out.println("client closed");
        }
    }
}
