import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A client of the Time Protocol (RFC 868) over UDP: send an empty datagram, print the answer;
 * waits 5 s for it, then fails. time_client.py, line by line, with pysocket.
 *
 * <p>Usage: java -cp PYSOCKET_JAR:JNA_JAR TimeClient.java PORT
 */
public class TimeClient {
    static final String HOST = "127.0.0.1";
    static final long SECONDS_1900_TO_1970 = 2208988800L; // RFC 868: 1970-01-01 00:00 UTC is 2,208,988,800

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);

        Datagram answer;
        try (Socket sock = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            sock.settimeout(5.0);
            sock.sendto(new byte[0], Address.of(HOST, port));
            answer = sock.recvfrom(4);
        }
        long seconds = Integer.toUnsignedLong(ByteBuffer.wrap(answer.data()).getInt()); // "!I"
        Instant when = Instant.ofEpochSecond(seconds - SECONDS_1900_TO_1970);
        System.out.println("time " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC).format(when));
    }
}
