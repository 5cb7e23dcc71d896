import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import java.util.Arrays;

/**
 * A client of KvServer: send each command, print it with its answer. kv_client.py, line by
 * line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR KvClient.java PORT COMMAND...
 */
public class KvClient {
    static final String HOST = "127.0.0.1";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String[] commands = Arrays.copyOfRange(args, 1, args.length);

        try (Socket sock = Sockets.createConnection(Address.of(HOST, port), 10.0);
                SocketFile f = sock.makefile("rw", -1, "utf-8", null, null)) {
            for (String command : commands) {
                f.write(command + "\n");
                f.flush();
                System.out.println(command + " -> " + f.readline().replaceAll("\n$", ""));
            }
        }
    }
}
