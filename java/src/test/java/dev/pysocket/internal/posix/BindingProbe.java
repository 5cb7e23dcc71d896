package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import java.nio.charset.StandardCharsets;

/** BindingProbe: a child-JVM main for {@link BindingSelectionTest}: the binding, the backend, one round trip. */
public final class BindingProbe {
    private BindingProbe() {
    }

    public static void main(String[] args) {
        System.out.println("binding=" + Sockets.binding());
        Throwable cause = NativeLoader.cause();
        if (cause != null) {
            System.out.println("cause=" + cause);
        }
        System.out.println("backend=" + Sockets.backend());
        try (SocketPair p = Sockets.socketpair()) {
            p.first().sendall("ping".getBytes(StandardCharsets.US_ASCII));
            System.out.println("recv=" + new String(p.second().recv(16), StandardCharsets.US_ASCII));
        } catch (OSError | RuntimeException e) {
            System.out.println("error=" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
