import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.Sockets;
import java.util.HashMap;
import java.util.Map;

/**
 * A key-value store speaking a line protocol through {@code sock.makefile("rw")}, one line per
 * request: {@code SET key value} answers {@code OK}, {@code GET key} {@code VALUE value} or
 * {@code NOT FOUND}, {@code QUIT} {@code BYE} and the connection ends. Serves CLIENTS clients
 * one after another, then exits. kv_server.py, line by line, with pysocket (its docstring says
 * why the protocol is strictly one request, one answer).
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR KvServer.java [PORT [CLIENTS]]
 */
public class KvServer {
    static final String HOST = "127.0.0.1";

    static final Map<String, String> store = new HashMap<>();

    static String answer(String request) {
        String[] commandRest = partition(request);
        String command = commandRest[0];
        String rest = commandRest[1];
        if (command.equals("SET")) {
            String[] keyValue = partition(rest);
            store.put(keyValue[0], keyValue[1]);
            return "OK";
        }
        if (command.equals("GET")) {
            return store.containsKey(rest) ? "VALUE " + store.get(rest) : "NOT FOUND";
        }
        if (command.equals("QUIT")) {
            return "BYE";
        }
        return "ERROR unknown command " + command;
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 1;

        try (Socket server = Sockets.createServer(Address.of(HOST, port))) {
            Address.Inet bound = (Address.Inet) server.getsockname();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            for (int i = 0; i < clients; i++) {
                Accepted accepted = server.accept();
                try (Socket conn = accepted.conn(); SocketFile f = conn.makefile("rw", -1, "utf-8", null, null)) {
                    String line;
                    while (!(line = f.readline()).isEmpty()) {
                        String reply = answer(line.replaceAll("\n$", ""));
                        f.write(reply + "\n");
                        f.flush();
                        if (reply.equals("BYE")) {
                            break;
                        }
                    }
                }
            }
        }
        System.out.println("served " + clients + " clients");
    }

    /** partition: Python's {@code s.partition(" ")} without the separator: {head, tail}. */
    static String[] partition(String s) {
        int space = s.indexOf(' ');
        return space < 0 ? new String[] {s, ""} : new String[] {s.substring(0, space), s.substring(space + 1)};
    }
}
