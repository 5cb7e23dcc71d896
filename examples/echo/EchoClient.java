import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The classic echo client: send a message, half-close, print what comes back.
 * echo_client.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR EchoClient.java PORT [MESSAGE]
 */
public class EchoClient {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String message = args.length > 1 ? args[1] : "Hello, world";

        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket sock = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_STREAM)) {
            sock.settimeout(10.0);
            sock.connect(Address.of(HOST, port));
            sock.sendall(message.getBytes(StandardCharsets.UTF_8));
            sock.shutdown(Sockets.SHUT_WR); // no more to send: the server's recv returns b""
            byte[] chunk;
            while ((chunk = sock.recv(1024)).length > 0) {
                received.writeBytes(chunk);
            }
        }
        System.out.println("received " + received.toString(StandardCharsets.UTF_8));
    }
}
