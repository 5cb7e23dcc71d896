package dev.pysocket.sendfile;

import com.sun.jna.Function;
import com.sun.jna.Pointer;
import dev.pysocket.BrokenPipeError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Socket;
import dev.pysocket.support.TcpPair;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * SigpipeProbe: the child JVM of {@link SigpipeTest}: puts SIGPIPE back to SIG_DFL (signal(2)
 * through JNA; HotSpot's own handler would ignore it), then writes to a closed peer 1000
 * times with send and 100 times with sendfile. Prints SURVIVED and exits 0, or is killed by
 * SIGPIPE (exit 141).
 */
public final class SigpipeProbe {
    private static final int SIGPIPE = 13;

    private SigpipeProbe() {
    }

    public static void main(String[] args) throws Exception {
        Function signal = Function.getFunction("c", "signal");
        if (signal.invokeLong(new Object[] {SIGPIPE, Pointer.NULL}) == -1) {
            throw new IllegalStateException("signal(SIGPIPE, SIG_DFL) failed");
        }
        Path path = Files.createTempFile(Path.of(args[0]), "probe", ".bin");
        Files.write(path, new byte[64 << 10]);
        int broken = 0;
        try (TcpPair p = TcpPair.open(); FileChannel f = FileChannel.open(path)) {
            p.server().close();
            Socket c = p.client();
            for (int i = 0; i < 1000; i++) {
                try {
                    c.send(new byte[1024]);
                } catch (BrokenPipeError | ConnectionResetError e) {
                    broken++;
                }
            }
            for (int i = 0; i < 100; i++) {
                try {
                    c.sendfile(f, 0, null);
                } catch (BrokenPipeError | ConnectionResetError e) {
                    broken++;
                }
            }
        }
        if (broken < 1000) {
            throw new IllegalStateException("only " + broken + " writes failed");
        }
        System.out.println("SURVIVED");
    }
}
