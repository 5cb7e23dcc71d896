import dev.pysocket.Accepted;
import dev.pysocket.Address;
import dev.pysocket.ConnectionError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.SelectorKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A chat server in one thread: a selector watches every client, and each line a client sends
 * goes to all the others. Everyone hears "* N online" when someone joins. Exits once CLIENTS
 * clients have come and gone, or after 30 s without an event. chat_server.py, line by line,
 * with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR ChatServer.java [PORT [CLIENTS]]
 */
public class ChatServer {
    static final String HOST = "127.0.0.1";

    /** One connection: the bytes of a line not yet complete, the bytes not yet sent. */
    static final class Client {
        final Socket sock;
        byte[] inbox = new byte[0];
        byte[] outbox = new byte[0];

        Client(Socket sock) {
            this.sock = sock;
        }
    }

    static DefaultSelector sel;
    static final List<Client> clients = new ArrayList<>();

    static void sendTo(Client client, byte[] data) throws OSError {
        client.outbox = concat(client.outbox, data);
        sel.modify(client.sock, BaseSelector.EVENT_READ | BaseSelector.EVENT_WRITE, client);
    }

    static void accept(Socket server) throws OSError {
        Accepted accepted = server.accept();
        Socket sock = accepted.conn();
        sock.setblocking(false);
        Client client = new Client(sock);
        clients.add(client);
        sel.register(sock, BaseSelector.EVENT_READ, client);
        System.out.println("* " + clients.size() + " online");
        for (Client each : clients) {
            sendTo(each, ("* " + clients.size() + " online\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    static void read(Client client) throws OSError {
        byte[] data;
        try {
            data = client.sock.recv(4096);
        } catch (ConnectionError e) {
            data = new byte[0];
        }
        if (data.length == 0) {
            leave(client);
            return;
        }
        client.inbox = concat(client.inbox, data);
        int end;
        while ((end = indexOf(client.inbox, (byte) '\n')) >= 0) {
            byte[] line = Arrays.copyOfRange(client.inbox, 0, end + 1);
            client.inbox = Arrays.copyOfRange(client.inbox, end + 1, client.inbox.length);
            for (Client other : clients) {
                if (other != client) {
                    sendTo(other, line);
                }
            }
        }
    }

    static void write(Client client) throws OSError {
        int sent;
        try {
            sent = client.sock.send(client.outbox);
        } catch (ConnectionError e) {
            leave(client);
            return;
        }
        client.outbox = Arrays.copyOfRange(client.outbox, sent, client.outbox.length);
        if (client.outbox.length == 0) {
            sel.modify(client.sock, BaseSelector.EVENT_READ, client);
        }
    }

    static void leave(Client client) throws OSError {
        sel.unregister(client.sock);
        client.sock.close();
        clients.remove(client);
        System.out.println("* " + clients.size() + " online");
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int expected = args.length > 1 ? Integer.parseInt(args[1]) : 3;

        try (DefaultSelector selector = new DefaultSelector();
                Socket server = Sockets.createServer(Address.of(HOST, port))) {
            sel = selector;
            server.setblocking(false);
            sel.register(server, BaseSelector.EVENT_READ);
            Address.Inet bound = (Address.Inet) server.getsockname();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            int joined = 0;
            while (joined < expected || !clients.isEmpty()) {
                List<SelectorKey.Ready> events = sel.select(30.0);
                if (events.isEmpty()) {
                    System.out.println("no event for 30 s");
                    break;
                }
                for (SelectorKey.Ready ready : events) {
                    if (ready.key().data() == null) {
                        accept(ready.key().fileobj());
                        joined += 1;
                        continue;
                    }
                    Client client = (Client) ready.key().data();
                    if ((ready.events() & BaseSelector.EVENT_READ) != 0) {
                        read(client);
                    }
                    if ((ready.events() & BaseSelector.EVENT_WRITE) != 0 && clients.contains(client)) {
                        write(client);
                    }
                }
            }
            for (Client client : clients) {
                client.sock.close();
            }
        }
    }

    /** concat: Python's {@code a + b} for bytes. */
    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** indexOf: Python's {@code data.find(bytes([b]))}. */
    static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
