package dev.pysocket.lifecycle;

import dev.pysocket.Address;
import dev.pysocket.BlockingIOError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * FullTableProbe: a child-JVM main for {@link FullTableTest}, the Java twin of
 * {@code peers/full_table.py}: sets a scenario up, fills the descriptor table with /dev/null
 * descriptors until EMFILE, frees as many as CPython needs for the scenario, runs it and
 * prints one line ("connected", "listening" or "ExceptionClass: message").
 *
 * <p>The library's classes are loaded first and each scenario runs once on other sockets
 * before the table fills, so no class needs loading later (loading one from a directory
 * takes a descriptor) and whatever the backend keeps for the process exists; the measured
 * call is then the first of its socket.
 */
public final class FullTableProbe {
    private static final List<Socket> OPENED = new ArrayList<>();

    private FullTableProbe() {
    }

    /** Scenario: how many descriptors CPython needs for it, and the call. */
    private record Scenario(int free, Call run) {
    }

    @FunctionalInterface
    private interface Call {
        String run() throws OSError;
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        loadLibraryClasses();
        String warmUp = outcome(setUp(name).run());
        Scenario s = setUp(name);
        List<FileInputStream> filler = new ArrayList<>();
        try {
            while (true) {
                filler.add(new FileInputStream("/dev/null"));
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("Too many open files")) {
                throw full;
            }
        }
        for (int i = 0; i < s.free(); i++) {
            filler.remove(filler.size() - 1).close();
        }
        String line = outcome(s.run());
        for (FileInputStream f : filler) {
            f.close();
        }
        for (Socket o : OPENED) {
            o.close();
        }
        System.out.println(line);
        System.out.println("warm-up: " + warmUp);
    }

    /**
     * loadLibraryClasses loads (without initialising) every class of the library when it
     * comes from a directory, as the build's target/classes: a class read later from there
     * would need a descriptor, which a jar, opened once, does not.
     */
    private static void loadLibraryClasses() throws Exception {
        Path root = Path.of(Sockets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .collect(Collectors.toList());
        }
        for (Path p : classes) {
            String file = root.relativize(p).toString();
            Class.forName(file.substring(0, file.length() - ".class".length()).replace(File.separatorChar, '.'), false,
                    FullTableProbe.class.getClassLoader());
        }
    }

    /** outcome: the call's line; a failure's stack goes to stderr, for the test's message. */
    private static String outcome(Call call) {
        try {
            return call.run();
        } catch (OSError e) {
            e.printStackTrace();
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Scenario setUp(String name) throws OSError {
        switch (name) {
            case "recv": {
                Socket server = pair()[1];
                server.settimeout(0.2);
                return new Scenario(0, () -> "ok " + server.recv(1).length);
            }
            case "accept": {
                Socket listener = opened(Sockets.createServer(Address.of("127.0.0.1", 0)));
                listener.settimeout(0.2);
                return new Scenario(0, () -> {
                    opened(listener.accept().conn());
                    return "ok";
                });
            }
            case "send": {
                Socket sender = fullSender();
                sender.settimeout(0.2);
                return new Scenario(0, () -> "ok " + sender.send(new byte[65536]));
            }
            case "recvfrom": {
                Socket udp = opened(Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM));
                udp.bind(Address.of("127.0.0.1", 0));
                udp.settimeout(0.2);
                return new Scenario(0, () -> "ok " + udp.recvfrom(64));
            }
            case "create_connection": {
                Address address = opened(Sockets.createServer(Address.of("127.0.0.1", 0))).getsockname();
                return new Scenario(1, () -> {
                    opened(Sockets.createConnection(address, 2.0));
                    return "connected";
                });
            }
            case "create_server":
                return new Scenario(1, () -> {
                    opened(Sockets.createServer(Address.of("127.0.0.1", 0)));
                    return "listening";
                });
            default:
                throw new IllegalArgumentException("unknown scenario " + name);
        }
    }

    private static Socket opened(Socket s) {
        OPENED.add(s);
        return s;
    }

    /** pair: a connected (client, server) with small buffers, as full_table.py makes it. */
    private static Socket[] pair() throws OSError {
        Socket listener = opened(Sockets.createServer(Address.of("127.0.0.1", 0)));
        Socket client = opened(Sockets.socket());
        client.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_SNDBUF, 4096);
        client.connect(listener.getsockname());
        Socket server = opened(listener.accept().conn());
        server.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_RCVBUF, 4096);
        return new Socket[] {client, server};
    }

    /** fullSender: a client whose send buffer is full (the peer never reads). */
    private static Socket fullSender() throws OSError {
        Socket client = pair()[0];
        client.setblocking(false);
        try {
            for (int i = 0; i < 100_000; i++) {
                client.send(new byte[65536]);
            }
        } catch (BlockingIOError full) {
            // the buffer is full
        }
        return client;
    }
}
