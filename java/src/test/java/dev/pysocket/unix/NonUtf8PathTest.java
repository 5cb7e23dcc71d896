package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AF_UNIX path strings and bytes (R27, docs/python-semantics.md §4, scenario 69): paths are UTF-8, and
 * U+DC80..U+DCFF stand for the bytes 0x80..0xFF (Python's surrogateescape), so a name that is
 * not UTF-8 binds and reads back exactly.
 */
class NonUtf8PathTest extends BackendTest {
    @TempDir
    Path dir;

    /** Scenario 69: a non-UTF-8 byte path round-trips through bind, getsockname and connect. */
    @Test
    @Requires(Capability.UNIX_BYTE_NAMES) // a JDK Path cannot hold these bytes
    void nonUtf8BytePathRoundTrips() throws Exception {
        Address at = Address.unix(dir + "/s\udcff\udc80");
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            try (Socket conn = NamedConnect.accepted(srv, client, at); Stream<Path> entries = Files.list(dir)) {
                assertEquals(at, conn.getsockname());
                assertEquals(1, entries.count()); // one socket file, under the raw byte name
                client.sendall(ascii("x"));
                assertArrayEquals(ascii("x"), conn.recv(4));
            }
        }
    }

    /** R27: a UTF-8 name is its UTF-8 bytes, and the file carries that name. */
    @Test
    void utf8PathRoundTripsAndNamesTheFile() throws Exception {
        Address at = Address.unix(dir + "/sé€😀");
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            if (!has(Capability.UNIX_BYTE_NAMES) && !"UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"))) {
                // a JDK Path holds what the JDK's file-name charset can encode, not UTF-8 here
                assertUnsupported(Capability.UNIX_BYTE_NAMES, () -> srv.bind(at));
                return;
            }
            srv.bind(at);
            assertEquals(at, srv.getsockname());
            assertEquals(true, Files.exists(dir.resolve("sé€😀")));
        }
    }

    /** Python's UnicodeEncodeError: a surrogate that escapes no byte cannot name a socket. */
    @Test
    void unescapableSurrogateIsUnicodeEncodeError() throws Exception {
        String name = dir + "/\ud800";
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.bind(Address.unix(name)));
            assertEquals("'utf-8' codec can't encode character '\\ud800' in position " + (name.length() - 1)
                    + ": surrogates not allowed", e.getMessage());
        }
    }

    /** Scenario 69, bytes in: Address.unix(byte[]) names the socket by exactly those bytes. */
    @Test
    @Requires(Capability.UNIX_BYTE_NAMES)
    void bytePathBindsAndReadsBackAsTheSameBytes() throws Exception {
        byte[] raw = (dir + "/b").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        raw = java.util.Arrays.copyOf(raw, raw.length + 2);
        raw[raw.length - 2] = (byte) 0xfe;
        raw[raw.length - 1] = (byte) 0x41;
        Address at = Address.unix(raw);
        assertEquals(Address.unix(dir + "/b\udcfeA"), at);
        assertArrayEquals(raw, ((Address.Unix) at).bytes());
        try (Socket s = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            s.bind(at);
            assertArrayEquals(raw, ((Address.Unix) s.getsockname()).bytes());
        }
    }
}
