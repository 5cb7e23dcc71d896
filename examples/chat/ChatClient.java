import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import java.nio.charset.StandardCharsets;

/**
 * A chat client: wait until CLIENTS are online, say hello, print what the others say, leave.
 * chat_client.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR ChatClient.java PORT NAME [CLIENTS]
 */
public class ChatClient {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String name = args[1];
        int expected = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        // Lines are read through a file and written with sendall: a text file opened "rw" would drop
        // the lines it had read ahead when written to (as Python's io.TextIOWrapper does).
        try (Socket sock = Sockets.createConnection(Address.of(HOST, port), 10.0);
                SocketFile f = sock.makefile("r", -1, "utf-8", null, null)) {
            int heard = 0;
            while (heard < expected - 1) {
                String line = f.readline();
                if (line.isEmpty()) {
                    break; // the server went away
                }
                if (line.equals("* " + expected + " online\n")) {
                    sock.sendall((name + ": hello\n").getBytes(StandardCharsets.UTF_8));
                } else if (!line.startsWith("* ")) {
                    System.out.print(line);
                    heard += 1;
                }
            }
        }
    }
}
