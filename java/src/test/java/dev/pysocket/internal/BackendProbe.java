package dev.pysocket.internal;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;

/** BackendProbe: a child-JVM main for {@link BackendSelectionTest}: reports the backend and one socket call. */
public final class BackendProbe {
    private BackendProbe() {
    }

    public static void main(String[] args) {
        System.out.println("backend=" + Sockets.backend());
        try (Socket s = Sockets.socket()) {
            System.out.println("socket=" + s.backend());
        } catch (OSError | RuntimeException e) {
            System.out.println("error=" + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
