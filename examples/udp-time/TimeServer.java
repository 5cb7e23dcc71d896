import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.nio.ByteBuffer;

/**
 * The Time Protocol (RFC 868) over UDP: any datagram gets back the time as 4 bytes, the
 * seconds since 1900-01-01 00:00 UTC in network byte order. Answers REQUESTS requests, then
 * exits. time_server.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR TimeServer.java [PORT [REQUESTS]]
 */
public class TimeServer {
    static final String HOST = "127.0.0.1";
    static final long SECONDS_1900_TO_1970 = 2208988800L; // RFC 868: 1970-01-01 00:00 UTC is 2,208,988,800

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1;

        try (Socket sock = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            sock.bind(Address.of(HOST, port));
            Address.Inet bound = (Address.Inet) sock.getsockname();
            System.out.println("listening on " + bound.host() + " " + bound.port());
            for (int i = 0; i < requests; i++) {
                Datagram request = sock.recvfrom(512);
                long now = System.currentTimeMillis() / 1000 + SECONDS_1900_TO_1970;
                sock.sendto(ByteBuffer.allocate(4).putInt((int) now).array(), request.address()); // "!I": big-endian, unsigned
                System.out.println("asked by " + request.address());
            }
        }
    }
}
