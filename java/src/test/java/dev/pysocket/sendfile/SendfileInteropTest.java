package dev.pysocket.sendfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A python3 receiver gets a file pysocket sent with sendfile, byte for byte (R23). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SendfileInteropTest extends BackendTest {
    private static final int SIZE = 3 << 20;

    @TempDir
    Path dir;

    @Test
    void pythonReceivesTheFileSentWithSendfile() throws Exception {
        byte[] data = new byte[SIZE];
        new Random(23).nextBytes(data);
        Path path = dir.resolve("payload.bin");
        Files.write(path, data);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        try (PythonPeer py = PythonPeer.start("sendfile_sink.py")) {
            String hello = py.readLine(20);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            try (Socket s = Sockets.createConnection(loopback(Integer.parseInt(hello.substring(5).trim())));
                    FileChannel f = FileChannel.open(path)) {
                s.settimeout(15.0);
                assertEquals(SIZE, s.sendfile(f, 0, null));
            }
            assertEquals("OK " + SIZE + " " + sha, py.readLine(20));
        }
    }
}
