package dev.pysocket.unix;

import static dev.pysocket.Sockets.AF_UNIX;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_PEERCRED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SO_PEERCRED (docs/python-semantics.md §4, scenario 68): struct ucred {pid, uid, gid} of the peer, here this
 * very process. Native only: the JDK's own SO_PEERCRED has no pid.
 */
class PeerCredTest extends BackendTest {
    @TempDir
    Path dir;

    /** effectiveId reads the effective uid or gid (the second field) from /proc/self/status. */
    private static int effectiveId(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Integer.parseInt(line.substring(field.length() + 1).trim().split("\\s+")[1]);
            }
        }
        throw new IOException("no " + field + " in /proc/self/status");
    }

    private static int[] ucred(byte[] raw) {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.nativeOrder());
        return new int[] {b.getInt(0), b.getInt(4), b.getInt(8)};
    }

    /** Scenario 68: buflen 12 unpacks to (pid, uid, gid) of this process; the int form is the pid. */
    @Test
    @Requires(Capability.PEERCRED)
    void socketpairPeerCredIsThisProcess() throws Exception {
        int pid = (int) ProcessHandle.current().pid();
        try (SocketPair p = Sockets.socketpair()) {
            byte[] raw = p.first().getsockopt(SOL_SOCKET, SO_PEERCRED, 12);
            assertEquals(12, raw.length);
            int[] cred = ucred(raw);
            assertEquals(pid, cred[0]);
            assertEquals(effectiveId("Uid"), cred[1]);
            assertEquals(effectiveId("Gid"), cred[2]);
            assertEquals(pid, p.second().getsockopt(SOL_SOCKET, SO_PEERCRED));
        }
    }

    /**
     * Scenario 68 over a path: each end sees this process, the accepted end in the bytes form,
     * the connecting end in the int form.
     */
    @Test
    @Requires(Capability.PEERCRED)
    void pathConnectionPeerCredIsThisProcessOnBothEnds() throws Exception {
        Address at = Address.unix(dir.resolve("s").toString());
        int pid = (int) ProcessHandle.current().pid();
        try (Socket srv = Sockets.socket(AF_UNIX, SOCK_STREAM); Socket client = Sockets.socket(AF_UNIX, SOCK_STREAM)) {
            srv.bind(at);
            srv.listen();
            client.connect(at);
            try (Socket conn = srv.accept().conn()) {
                assertEquals(pid, ucred(conn.getsockopt(SOL_SOCKET, SO_PEERCRED, 12))[0]);
                // Linux cuts the struct to a shorter buflen, as Python passes it through.
                assertEquals(8, conn.getsockopt(SOL_SOCKET, SO_PEERCRED, 8).length);
                assertEquals(pid, client.getsockopt(SOL_SOCKET, SO_PEERCRED));
                assertEquals(at, conn.getsockname());
            }
        }
    }
}
