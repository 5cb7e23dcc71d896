package dev.pysocket.nativeaccess;

import dev.pysocket.OSError;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import java.nio.charset.StandardCharsets;

/**
 * NativeAccessProbe: a child-JVM main for {@link NativeAccessTest}: the binding, the backend, one
 * round trip. It uses only the exported API and lives in a package of its own, so it also runs
 * from the class path beside the library on the module path.
 */
public final class NativeAccessProbe {
    private NativeAccessProbe() {
    }

    public static void main(String[] args) {
        System.out.println("binding=" + Sockets.binding());
        backendAndRoundTrip();
    }

    /** backendAndRoundTrip prints the backend and the outcome of one round trip on a socket pair. */
    public static void backendAndRoundTrip() {
        System.out.println("backend=" + Sockets.backend());
        try (SocketPair p = Sockets.socketpair()) {
            p.first().sendall("ping".getBytes(StandardCharsets.US_ASCII));
            System.out.println("recv=" + new String(p.second().recv(16), StandardCharsets.US_ASCII));
        } catch (OSError | RuntimeException e) {
            System.out.println("error=" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
