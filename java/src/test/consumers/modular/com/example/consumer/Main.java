package com.example.consumer;

import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import java.nio.charset.StandardCharsets;

/**
 * Main: a program that uses pysocket, as a user writes one: an echo over a socket pair, then which
 * backend and binding carried it. The same file builds on the module path (with module-info.java
 * beside it) and on the class path (without).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        try (SocketPair pair = Sockets.socketpair()) {
            pair.first().settimeout(5.0);
            pair.second().settimeout(5.0);
            pair.first().sendall("ping".getBytes(StandardCharsets.UTF_8));
            byte[] echo = pair.second().recv(4);
            System.out.println("backend=" + Sockets.backend());
            System.out.println("binding=" + Sockets.binding());
            System.out.println("echo=" + new String(echo, StandardCharsets.UTF_8));
        }
    }
}
