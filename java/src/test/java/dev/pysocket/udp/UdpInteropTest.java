package dev.pysocket.udp;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.SOCK_DGRAM;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Datagram;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.PythonPeer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * UDP against the reference CPython, both directions (docs/architecture.md rule 13): python3 sends to
 * pysocket and pysocket replies to the address recvfrom reported, and the reverse.
 */
class UdpInteropTest extends BackendTest {
    private static final int COUNT = 50;
    private static final long PROCESS_WAIT_S = 20;

    /** (a) pysocket sends to a python3 echo peer and gets each datagram back from it. */
    @Test
    void pysocketSendtoPythonEchoPeerGetsEveryDatagramBack() throws Exception {
        try (PythonPeer py = PythonPeer.start("udp_peer.py", "echo", Integer.toString(COUNT))) {
            String hello = py.readLine(PROCESS_WAIT_S);
            assertTrue(hello.startsWith("PORT "), () -> "python said " + hello);
            Address peer = loopback(Integer.parseInt(hello.substring(5).trim()));
            try (Socket s = Sockets.socket(AF_INET, SOCK_DGRAM)) {
                s.settimeout(5.0);
                for (int i = 0; i < COUNT; i++) {
                    byte[] msg = ascii("py-" + i + "-" + "x".repeat(i * 20));
                    assertEquals(msg.length, s.sendto(msg, peer));
                    Datagram d = s.recvfrom(65536);
                    assertArrayEquals(msg, d.data(), "echo of datagram " + i);
                    assertEquals(peer, d.address());
                }
            }
            assertEquals(0, py.waitFor(PROCESS_WAIT_S), py::stderrText);
            assertEquals("ECHOED " + COUNT, py.rest().trim());
        }
    }

    /** (b) python3 sends to pysocket, which replies to the address recvfrom reported. */
    @Test
    void pythonSendtoPysocketGetsRepliesFromTheReportedAddress() throws Exception {
        try (Socket s = UdpDatagramTest.udp()) {
            s.settimeout(10.0);
            try (PythonPeer py = PythonPeer.start("udp_peer.py", "send", Integer.toString(port(s)),
                    Integer.toString(COUNT))) {
                for (int i = 0; i <= COUNT; i++) { // COUNT numbered datagrams, then an empty one
                    byte[] buf = new byte[2048];
                    var r = s.recvfromInto(buf);
                    byte[] data = Arrays.copyOf(buf, r.nbytes());
                    assertEquals("127.0.0.1", ((Address.Inet) r.address()).host());
                    byte[] reply = new byte[4 + data.length];
                    System.arraycopy(ascii("ack:"), 0, reply, 0, 4);
                    System.arraycopy(data, 0, reply, 4, data.length);
                    s.sendto(reply, r.address());
                }
                int code = py.waitFor(PROCESS_WAIT_S);
                String out = py.rest().trim();
                assertEquals(0, code, () -> "python sender: " + out + " " + py.stderrText());
                assertEquals("OK " + COUNT, out);
            }
        }
    }
}
