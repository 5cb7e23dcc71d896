package dev.pysocket.makefile;

import static dev.pysocket.makefile.MakefileCase.reading;
import static dev.pysocket.makefile.MakefileCase.write;
import static dev.pysocket.makefile.MakefileCase.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.BlockingIOError;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketFile;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.ChildProcess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * MakefileConformanceTest: every newline mode, every buffering mode, the error handlers, the
 * encodings, closed and wrong-direction files, timeouts and non-blocking sockets, each run by
 * python3's {@code socket.makefile} (resources/peers/makefile_reference.py, once for all
 * cases) and by pysocket on the same bytes, with the results compared op by op: values,
 * None, and the exception's class (as pysocket maps it) and message (R17).
 */
class MakefileConformanceTest extends BackendTest {
    /** MIXED: every line end TextIOWrapper knows, a lone "\r" before "\n" and at the very end. */
    private static final String MIXED = "a\r\nb\rc\nd\r\r\ne\n\rf\r";
    private static final String[] NEWLINES = {null, "", "\n", "\r", "\r\n"};
    private static List<String> python;

    static List<MakefileCase> cases() {
        List<MakefileCase> t = new ArrayList<>();
        for (String nl : NEWLINES) { // a test per newline mode
            String[] lines = {"readline", "readline", "readline", "readline", "readline", "readline", "readline",
                "readline", "readline"};
            t.add(reading("r", -1, nl, MIXED, lines));
            for (int at : new int[] {1, 2, 3, 5, 8}) {
                t.add(reading("r", -1, nl, MIXED, lines).split(at)); // "\r" | "\n" across chunks
            }
            t.add(reading("r", -1, nl, MIXED, "readlines", "readline"));
            t.add(reading("r", -1, nl, MIXED, "read"));
            t.add(reading("r", -1, nl, MIXED, "read:2", "read:3", "readline", "read:0", "read:100", "read"));
            t.add(reading("r", 1, nl, MIXED, "readline", "readline", "sockrecv:100"));
            t.add(new MakefileCase("w", -1, null, null, nl, true, new byte[0],
                    List.of(write("x\ny\r\nz\r"), "peer", "flush", "peer"), -1));
            t.add(new MakefileCase("rw", -1, null, null, nl, true, "one\ntwo\r\n".getBytes(StandardCharsets.US_ASCII),
                    List.of("readline", write("w\n"), "flush", "peer", "readline"), -1));
        }
        // a test per buffering mode: read-ahead shows in what recv on the socket gets afterwards
        for (int buffering : new int[] {0, 1, 2, 5, 8192, -1}) {
            t.add(reading("rb", buffering, null, "ab\ncdef\ngh", "readline", "sockrecv:100"));
            t.add(reading("rb", buffering, null, "ab\ncdef\ngh", "read:3", "readinto:4", "read", "read", "readline"));
            t.add(reading("rb", buffering, null, "ab\r\ncd\rx\n", "readlines"));
            t.add(reading("rb", buffering, null, "line\n", "readline", "close", "sockrecv:100"));
            t.add(new MakefileCase("wb", buffering, null, null, null, true, new byte[0],
                    List.of(writeBytes("ab"), "peer", writeBytes("cdefgh"), "peer", "flush", "peer", writeBytes("z"),
                            "close", "peer"), -1));
            t.add(new MakefileCase("rwb", buffering, null, null, null, true, "q\n".getBytes(StandardCharsets.US_ASCII),
                    List.of("readline", writeBytes("r\n"), "peer", "flush", "peer"), -1));
            if (buffering != 0) {
                t.add(reading("r", buffering, null, "ab\ncd\n", "readline", "sockrecv:100"));
                t.add(new MakefileCase("w", buffering, null, null, null, true, new byte[0],
                        List.of(write("ab\n"), "peer", write("x".repeat(9000)), "peer", "flush", "peer"), -1));
            }
        }
        // text over 8192 bytes: the pending chunk goes first, then the rest
        t.add(new MakefileCase("w", -1, null, null, null, true, new byte[0],
                List.of(write("a".repeat(5000)), "peer", write("b".repeat(5000)), "peer", "close", "peer"), -1));
        t.add(reading("r", -1, null, "x".repeat(20000) + "\n" + "é".repeat(5000) + "\nend", "readline", "readline",
                "readline", "readline"));
        // decoding: every error handler on UTF-8's error kinds, and an unknown one
        byte[] bad = {'o', 'k', '\n', (byte) 0xff, 'a', '\n', (byte) 0xe2, (byte) 0x82, 'A', '\n', (byte) 0xed, (byte) 0xa0,
            (byte) 0x80, '\n', (byte) 0xf0, (byte) 0x9f, (byte) 0x98};
        for (String errors : new String[] {null, "strict", "replace", "ignore", "surrogateescape", "backslashreplace",
            "xmlcharrefreplace", "nosuch"}) {
            MakefileCase c = reading("r", -1, null, "", "readline", "readline", "readline", "readline", "readline",
                    "readline").bytes(bad).coding(null, errors);
            t.add(c);
            if (errors != null && !List.of("strict", "xmlcharrefreplace", "nosuch").contains(errors)) {
                // the 4-byte character cut, then the stream ends (where decoding raises, CPython
                // loses the chunk: the result would depend on how the bytes arrived)
                t.add(c.split(15));
            }
        }
        t.add(reading("r", -1, null, "", "read").bytes("é😀\n".getBytes(StandardCharsets.UTF_8)).split(2));
        t.add(reading("r", -1, null, "", "read:1", "read:1", "read:1", "read:1").bytes("é😀\n".getBytes(StandardCharsets.UTF_8)));
        // encoding: strict and the handlers, UTF-8, ASCII and Latin-1
        for (String enc : new String[] {null, "ascii", "latin-1", "utf_8", "nosuch"}) {
            for (String errors : new String[] {null, "replace", "ignore", "surrogateescape", "backslashreplace",
                "xmlcharrefreplace", "namereplace", "nosuch"}) {
                t.add(new MakefileCase("w", -1, null, null, null, true, new byte[0],
                        List.of(write("ok\n"), write("aé\uDC80\uDCFF😀\uDC41b\n"), write("\uDC80\n"), "flush", "peer"), -1)
                        .coding(enc, errors));
            }
            t.add(reading("r", -1, null, "", "readline", "readline").bytes(new byte[] {'a', (byte) 0xe9, '\n', (byte) 0xff})
                    .coding(enc, "strict"));
        }
        // arguments Python refuses
        for (String mode : new String[] {"x", "rt", "rw+", "a", "R"}) {
            t.add(reading(mode, -1, null, "", "readline"));
        }
        t.add(reading("r", 0, null, "", "readline"));
        t.add(reading("", -1, null, "a\n", "readline"));
        t.add(reading("b", -1, null, "a\n", "readline"));
        t.add(reading("rr", -1, null, "a\n", "readline"));
        t.add(reading("rb", -1, null, "", "readline").coding("nosuch", "nosuch"));
        t.add(reading("r", -1, "x", "", "readline"));
        t.add(reading("r", -1, "\n\n", "", "readline"));
        // wrong direction, closed files
        for (String mode : new String[] {"r", "w", "rw", "rb", "wb", "rwb"}) {
            for (int buffering : new int[] {0, -1}) {
                if (buffering == 0 && !mode.contains("b")) {
                    continue;
                }
                boolean text = !mode.contains("b");
                String w = text ? write("x") : writeBytes("x");
                // readinto exists in binary mode only, readlines in text mode only (API.md)
                String only = text ? "readlines" : "readinto:1";
                t.add(reading(mode, buffering, null, "a\n", "readline", w, "read", only));
                t.add(reading(mode, buffering, null, "a\n", "close", "readline", "read", "read:1", only, w, "flush",
                        "close"));
            }
        }
        // a timed-out file refuses reads; a non-blocking socket's file says "no data"
        for (String mode : new String[] {"r", "rb", "rwb"}) {
            for (int buffering : new int[] {0, -1}) {
                if (buffering == 0 && !mode.contains("b")) {
                    continue;
                }
                t.add(reading(mode, buffering, null, "x\n", "timeout", "readline", "readline", "read", "readline").open());
                t.add(reading(mode, buffering, null, "ab", "nonblock", "read:5", "read:5").open());
                t.add(reading(mode, buffering, null, "", "nonblock", "readline", "read:5",
                        mode.contains("b") ? "readinto:4" : "readlines", "read").open());
                t.add(reading(mode, buffering, null, "cd\nef", "nonblock", "readline", "readline", "readline").open());
            }
        }
        return t;
    }

    @TestFactory
    Stream<DynamicTest> eachCaseGivesWhatPythonsMakefileGives() throws Exception {
        List<MakefileCase> cases = cases();
        List<String> expected = python(cases);
        assertEquals(cases.size(), expected.size(), "python3 printed one line per case");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            MakefileCase c = cases.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(c.toString(), () -> assertEquals(want, escaped(run(c)), c::toString)));
        }
        return tests.stream();
    }

    /** python: makefile_reference.py's lines for cases, computed once for both backends. */
    private static synchronized List<String> python(List<MakefileCase> cases) throws Exception {
        if (python == null) {
            Path file = Files.createTempFile("pysocket-makefile-cases-", ".txt");
            Path script = Files.createTempFile("pysocket-makefile-reference-", ".py");
            try (InputStream in = MakefileConformanceTest.class.getResourceAsStream("/peers/makefile_reference.py")) {
                Files.write(script, in.readAllBytes());
                Files.writeString(file, cases.stream().map(MakefileCase::line).collect(Collectors.joining("\n")) + "\n");
                ChildProcess.Output out = ChildProcess.run(List.of("python3", script.toString(), file.toString()), Map.of(),
                        Duration.ofSeconds(60));
                assertEquals(0, out.exit(), () -> "makefile_reference.py failed: " + out.stderr());
                python = out.stdout().lines().toList();
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(script);
            }
        }
        return python;
    }

    /** run: the case on pysocket, with makefile_reference.py's output format. */
    private static String run(MakefileCase c) throws Exception {
        try (SocketPair pair = Sockets.socketpair()) {
            Socket a = pair.first();
            Socket b = pair.second();
            Thread late = deliver(c, b);
            try {
                SocketFile f;
                try {
                    f = a.makefile(c.mode(), c.buffering(), c.encoding(), c.errors(), c.newline());
                } catch (RuntimeException | OSError e) {
                    return "E:" + category(e) + ":" + e.getMessage();
                }
                try {
                    List<String> out = new ArrayList<>();
                    for (String op : c.ops()) {
                        try {
                            out.add(op(op, f, a, b));
                        } catch (RuntimeException | OSError e) {
                            out.add("E:" + category(e) + ":" + e.getMessage());
                        }
                    }
                    return String.join(" ; ", out);
                } finally {
                    try {
                        f.close();
                    } catch (RuntimeException | OSError e) {
                        // as the script: a close that fails after the case is not part of it
                    }
                }
            } finally {
                if (late != null) {
                    late.join(5000);
                }
            }
        }
    }

    /** deliver sends the input (the part after splitAt 30 ms later, on a thread it returns). */
    private static Thread deliver(MakefileCase c, Socket b) throws OSError {
        byte[] in = c.input();
        int at = c.splitAt() < 0 ? in.length : Math.min(c.splitAt(), in.length);
        b.sendall(java.util.Arrays.copyOfRange(in, 0, at));
        Runnable rest = () -> {
            try {
                b.sendall(java.util.Arrays.copyOfRange(in, at, in.length));
                if (c.eof()) {
                    b.shutdown(Sockets.SHUT_WR);
                }
            } catch (OSError e) {
                throw new IllegalStateException(e);
            }
        };
        if (at == in.length) {
            rest.run();
            return null;
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                return;
            }
            rest.run();
        }, "makefile-late-input");
        t.start();
        return t;
    }

    private static String op(String op, SocketFile f, Socket a, Socket b) throws OSError {
        int colon = op.indexOf(':');
        String name = colon < 0 ? op : op.substring(0, colon);
        String arg = colon < 0 ? "" : op.substring(colon + 1);
        boolean text = !f.mode().contains("b");
        switch (name) {
            case "readline":
                return text ? enc(f.readline()) : enc(f.readlineBytes());
            case "read":
                if (text) {
                    return enc(arg.isEmpty() ? f.read() : f.read(Integer.parseInt(arg)));
                }
                return enc(arg.isEmpty() ? f.readBytes() : f.readBytes(Integer.parseInt(arg)));
            case "readlines":
                if (text) {
                    return "[" + f.readlines().stream().map(MakefileConformanceTest::enc).collect(Collectors.joining(",")) + "]";
                }
                List<String> lines = new ArrayList<>();
                for (byte[] l = f.readlineBytes(); l.length > 0; l = f.readlineBytes()) {
                    lines.add(enc(l));
                }
                return "[" + String.join(",", lines) + "]";
            case "readinto": {
                if (text) {
                    f.readinto(new byte[Integer.parseInt(arg)]); // raises: a text file
                }
                byte[] buf = new byte[Integer.parseInt(arg)];
                int n = f.readinto(buf);
                return n < 0 ? "None" : enc(java.util.Arrays.copyOf(buf, n));
            }
            case "write": {
                byte[] raw = HexFormat.of().parseHex(arg);
                if (text) {
                    char[] chars = new char[raw.length / 2];
                    for (int i = 0; i < chars.length; i++) {
                        chars[i] = (char) ((raw[2 * i] & 0xff) | (raw[2 * i + 1] & 0xff) << 8);
                    }
                    return "i:" + f.write(new String(chars));
                }
                int n = f.write(raw);
                return n < 0 ? "None" : "i:" + n;
            }
            case "flush":
                f.flush();
                return "None";
            case "close":
                f.close();
                return "None";
            case "peer":
                return received(b, 1 << 20, true);
            case "sockrecv":
                return received(a, Integer.parseInt(arg), false);
            case "nonblock":
                a.setblocking(false);
                return "None";
            case "timeout":
                a.settimeout(0.05);
                return "None";
            default:
                throw new AssertionError("unknown op " + op);
        }
    }

    /** received: a recv that does not wait, as the script's: "nothing" where it would. */
    private static String received(Socket s, int n, boolean restoreBlocking) throws OSError {
        s.setblocking(false);
        try {
            return enc(s.recv(n));
        } catch (BlockingIOError e) {
            return "nothing";
        } finally {
            if (restoreBlocking) {
                s.setblocking(true);
            }
        }
    }

    /** escaped: as the script prints a line. */
    private static String escaped(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String enc(String s) {
        return s == null ? "None" : "s:" + MakefileCase.utf16(s);
    }

    private static String enc(byte[] b) {
        return b == null ? "None" : "b:" + HexFormat.of().formatHex(b);
    }

    private static String category(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return "IAE";
        }
        if (e instanceof IllegalStateException) {
            return "ISE";
        }
        return e.getClass().getSimpleName();
    }
}
