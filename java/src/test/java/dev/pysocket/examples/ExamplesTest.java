package dev.pysocket.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.Jdk21;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ExamplesTest runs the programs of {@code examples/} against real peers and checks what every
 * end prints: each Java translation against the Python original of the other end (the Java
 * server with Python clients, the Java client with the Python server), the HTTP server against
 * curl, on the backend under test. Servers take port 0 and print the port on their first line;
 * every program ends by itself (after so many clients or requests), and every run is bounded.
 */
class ExamplesTest extends BackendTest {
    /** A JVM or python3 start, and a whole conversation, on a loaded machine. */
    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final String LIBRARY_JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    private static final List<String> CHAT_NAMES = List.of("alice", "bob", "zoë");

    private static ExamplePrograms programs;

    @BeforeAll
    static void compileExamples() throws Exception {
        programs = ExamplePrograms.compile();
    }

    @AfterAll
    static void deleteCompiledExamples() throws Exception {
        if (programs != null) {
            programs.close();
        }
    }

    // 1. The classic pair.

    /**
     * The Java server answers the Python client; the Java client gets its echo from the Python
     * server. On the native backend the server runs as the README runs it: source-file mode, only
     * the library and JNA on the class path (once is enough: the command is the same on jdk).
     */
    @Test
    void classicEchoPair() throws Exception {
        List<String> echoServer = isNative()
                ? programs.javaSource(Path.of(LIBRARY_JAVA), List.of(), backend, "echo/EchoServer.java")
                : programs.java(backend, "EchoServer");
        try (RunningProgram javaServer = start(echoServer);
                RunningProgram pythonServer = start(programs.python("echo/echo_server.py"))) {
            int javaPort = javaServer.port(LIMIT);
            int pythonPort = pythonServer.port(LIMIT);
            try (RunningProgram pythonClient = start(programs.python("echo/echo_client.py", "" + javaPort, "Hello, pysocket"));
                    RunningProgram javaClient = start(programs.java(backend, "EchoClient", "" + pythonPort, "héllo wörld"))) {
                assertLines(pythonClient, "received Hello, pysocket");
                assertLines(javaClient, "received héllo wörld");
            }
            assertLines(javaServer, "listening on 127.0.0.1 " + javaPort, "connected by ('127.0.0.1', PORT)", "client closed");
            assertLines(pythonServer, "listening on 127.0.0.1 " + pythonPort, "connected by ('127.0.0.1', PORT)", "client closed");
        }
    }

    // 2. and 3. A thread per client: many_clients talks on the newest connection first, which
    // only a server that serves them all at once answers.

    @Test
    void threadPerClientEchoServer() throws Exception {
        try (RunningProgram javaServer = start(programs.java(backend, "ThreadedEchoServer", "0", "4"));
                RunningProgram pythonServer = start(programs.python("threaded-echo/threaded_echo_server.py", "0", "4"))) {
            int javaPort = javaServer.port(LIMIT);
            int pythonPort = pythonServer.port(LIMIT);
            try (RunningProgram pythonClients = start(programs.python("threaded-echo/many_clients.py", "" + javaPort, "4"));
                    RunningProgram javaClients = start(programs.java(backend, "ManyClients", "" + pythonPort, "4"))) {
                assertLines(pythonClients, manyClientsOutput(4));
                assertLines(javaClients, manyClientsOutput(4));
            }
            assertLines(javaServer, "listening on 127.0.0.1 " + javaPort, "served 4 clients");
            assertLines(pythonServer, "listening on 127.0.0.1 " + pythonPort, "served 4 clients");
        }
    }

    /**
     * One carrier thread for five clients: a virtual thread blocked in recv must park and free
     * the carrier, or the newest client's thread never runs and many_clients times out.
     */
    @Test
    void virtualThreadEchoServer() throws Exception {
        Path jdk21 = Jdk21.home().orElse(null);
        assumeTrue(jdk21 != null, Jdk21.SKIP_REASON);
        List<String> server = programs.java21(jdk21, List.of("--enable-native-access=ALL-UNNAMED",
                "-Djdk.virtualThreadScheduler.parallelism=1", "-Djdk.virtualThreadScheduler.maxPoolSize=1"),
                backend, "VirtualThreadEchoServer", "0", "5");
        try (RunningProgram javaServer = start(server)) {
            int port = javaServer.port(LIMIT);
            try (RunningProgram pythonClients = start(programs.python("threaded-echo/many_clients.py", "" + port, "5"))) {
                assertLines(pythonClients, manyClientsOutput(5));
            }
            assertLines(javaServer, "listening on 127.0.0.1 " + port, "served 5 clients");
        }
    }

    // 4. A chat server on selectors: alice, bob and zoë each hear the other two.

    @Test
    void chatServerAndClients() throws Exception {
        try (RunningProgram javaServer = start(programs.java(backend, "ChatServer", "0", "3"));
                RunningProgram pythonServer = start(programs.python("chat/chat_server.py", "0", "3"))) {
            String javaPort = "" + javaServer.port(LIMIT);
            String pythonPort = "" + pythonServer.port(LIMIT);
            List<RunningProgram> clients = new ArrayList<>();
            try {
                for (String name : CHAT_NAMES) {
                    clients.add(start(programs.python("chat/chat_client.py", javaPort, name, "3")));
                }
                clients.add(start(programs.python("chat/chat_client.py", pythonPort, "alice", "3")));
                clients.add(start(programs.python("chat/chat_client.py", pythonPort, "bob", "3")));
                clients.add(start(programs.java(backend, "ChatClient", pythonPort, "zoë", "3")));
                for (int i = 0; i < clients.size(); i++) {
                    String name = CHAT_NAMES.get(i % 3);
                    RunningProgram client = clients.get(i);
                    ChildProcess.Output out = clean(client);
                    List<String> others = CHAT_NAMES.stream().filter(n -> !n.equals(name)).map(n -> n + ": hello").toList();
                    assertEquals(others, out.stdout().lines().sorted().toList(), () -> "what " + client + " heard");
                }
            } finally {
                for (RunningProgram client : clients) {
                    client.close();
                }
            }
            String[] online = {"* 1 online", "* 2 online", "* 3 online", "* 2 online", "* 1 online", "* 0 online"};
            assertLines(javaServer, prepend("listening on 127.0.0.1 " + javaPort, online));
            assertLines(pythonServer, prepend("listening on 127.0.0.1 " + pythonPort, online));
        }
    }

    // 5. A line protocol over makefile("rw").

    @Test
    void keyValueLineProtocol() throws Exception {
        String[] session = {"SET city Zürich", "GET city", "GET size", "QUIT"};
        String[] answered = {"SET city Zürich -> OK", "GET city -> VALUE Zürich", "GET size -> NOT FOUND", "QUIT -> BYE"};
        try (RunningProgram javaServer = start(programs.java(backend, "KvServer", "0", "2"));
                RunningProgram pythonServer = start(programs.python("line-protocol/kv_server.py"))) {
            String javaPort = "" + javaServer.port(LIMIT);
            String pythonPort = "" + pythonServer.port(LIMIT);
            try (RunningProgram javaClient = start(programs.java(backend, "KvClient", prepend(pythonPort, session)))) {
                try (RunningProgram pythonClient = start(programs.python("line-protocol/kv_client.py", prepend(javaPort, session)))) {
                    assertLines(pythonClient, answered);
                }
                // a second connection: the store outlives the first
                try (RunningProgram pythonClient = start(programs.python("line-protocol/kv_client.py", javaPort, "GET city", "HELLO", "QUIT"))) {
                    assertLines(pythonClient, "GET city -> VALUE Zürich", "HELLO -> ERROR unknown command HELLO", "QUIT -> BYE");
                }
                assertLines(javaClient, answered);
            }
            assertLines(javaServer, "listening on 127.0.0.1 " + javaPort, "served 2 clients");
            assertLines(pythonServer, "listening on 127.0.0.1 " + pythonPort, "served 1 clients");
        }
    }

    // 6. A UDP time server (RFC 868).

    @Test
    void udpTimeServerAndClient() throws Exception {
        try (RunningProgram javaServer = start(programs.java(backend, "TimeServer"));
                RunningProgram pythonServer = start(programs.python("udp-time/time_server.py"))) {
            int javaPort = javaServer.port(LIMIT);
            int pythonPort = pythonServer.port(LIMIT);
            try (RunningProgram pythonClient = start(programs.python("udp-time/time_client.py", "" + javaPort));
                    RunningProgram javaClient = start(programs.java(backend, "TimeClient", "" + pythonPort))) {
                assertNow(clean(pythonClient).stdout());
                assertNow(clean(javaClient).stdout());
            }
            assertLines(javaServer, "listening on 127.0.0.1 " + javaPort, "asked by ('127.0.0.1', PORT)");
            assertLines(pythonServer, "listening on 127.0.0.1 " + pythonPort, "asked by ('127.0.0.1', PORT)");
        }
    }

    // 7. A ThreadingTCPServer answering HTTP to curl.

    /** curl gets the same answers, byte for byte, from the Java server as from the Python original. */
    @Test
    void httpServerAnswersCurl() throws Exception {
        assumeTrue(curlInstalled(), "curl is not installed (on PATH): the HTTP example needs it");
        try (RunningProgram javaServer = start(programs.java(backend, "HttpServer", "0", "2"));
                RunningProgram pythonServer = start(programs.python("http/http_server.py", "0", "2"))) {
            int javaPort = javaServer.port(LIMIT);
            int pythonPort = pythonServer.port(LIMIT);
            List<String> fromJava = curl(javaPort);
            List<String> fromPython = curl(pythonPort);
            assertEquals("HTTP/1.0 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 18\r\n\r\n"
                    + "hello from /hello\n200", fromJava.get(0));
            assertEquals("HTTP/1.0 501 Not Implemented\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 24\r\n\r\n"
                    + "DELETE is not supported\n501", fromJava.get(1));
            assertEquals(fromPython, fromJava, "the Java server against the Python one");
            String[] log = {"GET /hello -> 200 OK", "DELETE /x -> 501 Not Implemented", "served 2 requests"};
            assertLines(javaServer, prepend("listening on 127.0.0.1 " + javaPort, log));
            assertLines(pythonServer, prepend("listening on 127.0.0.1 " + pythonPort, log));
        }
    }

    /** curl asks the server on port GET /hello, then DELETE /x, and returns what curl printed (with -i). */
    private static List<String> curl(int port) throws Exception {
        String url = "http://127.0.0.1:" + port;
        return List.of(
                run(List.of("curl", "-s", "-i", "--max-time", "10", "-w", "%{http_code}", url + "/hello")).stdout(),
                run(List.of("curl", "-s", "-i", "--max-time", "10", "-w", "%{http_code}", "-X", "DELETE", url + "/x")).stdout());
    }

    // Helpers.

    /** run runs a client to its end and checks it ended well and quietly. */
    private static ChildProcess.Output run(List<String> cmd) throws Exception {
        ChildProcess.Output out = ChildProcess.run(cmd, ExamplePrograms.ENV, LIMIT);
        assertEquals(0, out.exit(), () -> "failed: " + cmd + "\n" + out);
        assertEquals("", out.stderr(), () -> "standard error of " + cmd);
        return out;
    }

    /** start starts cmd in the background, in the examples' environment. */
    private static RunningProgram start(List<String> cmd) throws Exception {
        return RunningProgram.start(cmd, ExamplePrograms.ENV);
    }

    /** clean waits for program's end and checks it ended well and quietly. */
    private static ChildProcess.Output clean(RunningProgram program) throws Exception {
        ChildProcess.Output out = program.finish(LIMIT);
        assertEquals(0, out.exit(), () -> "failed: " + program + "\n" + out);
        assertEquals("", out.stderr(), () -> "standard error of " + program);
        return out;
    }

    /** assertLines: program ended well and quietly, having printed these lines; PORT stands for any port. */
    private static void assertLines(RunningProgram program, String... expected) throws Exception {
        ChildProcess.Output out = clean(program);
        List<String> lines = out.stdout().lines().toList();
        assertEquals(expected.length, lines.size(), () -> "lines of " + program + ": " + out.stdout());
        for (int i = 0; i < expected.length; i++) {
            String want = expected[i];
            assertTrue(lines.get(i).matches(Pattern.quote(want).replace("PORT", "\\E\\d+\\Q")),
                    () -> program + ": expected a line like '" + want + "', got: " + out.stdout());
        }
    }

    /** assertNow: the time client's one line, "time YYYY-MM-DD HH:MM:SS UTC", is within 5 s of now. */
    private static void assertNow(String printed) {
        assertTrue(printed.matches("time \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC\n"), () -> "time client printed: " + printed);
        LocalDateTime told = LocalDateTime.parse(printed.substring(5, 24), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        long skew = Math.abs(told.toEpochSecond(ZoneOffset.UTC) - System.currentTimeMillis() / 1000);
        assertTrue(skew <= 5, () -> "the time told is " + skew + " s away from now: " + printed);
    }

    /** manyClientsOutput: what many_clients prints for n clients, the newest first. */
    private static String[] manyClientsOutput(int n) {
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = "client " + (n - 1 - i) + " received message " + (n - 1 - i);
        }
        return lines;
    }

    /** prepend: first, then rest. */
    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static boolean curlInstalled() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> new File(d, "curl").canExecute());
    }
}
