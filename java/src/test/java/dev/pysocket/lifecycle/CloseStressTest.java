package dev.pysocket.lifecycle;

import dev.pysocket.Socket;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.CloseRace;
import dev.pysocket.support.CloseScenarios;
import dev.pysocket.support.RaceFigures;
import dev.pysocket.support.ReuseBait;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stress for scenario 48 and issue 9 (after Go's internal/poll fd_mutex_test.go): for each
 * operation that can race close(), {@value #RACES} races per backend between a thread in
 * that call and the test thread closing the socket, struck at once, after a random 0-200 µs
 * spin, or once the call is seen blocked ({@link CloseRace}). 11 operations, both backends:
 * over 20,000 races per run.
 *
 * <p>Descriptor numbers freed by a close are taken at once by sockets holding bait: a decoy
 * opened by the test thread right after each close() and a {@link ReuseBait} thread opening
 * sockets all along. A call that reads, accepts, writes or sets an option through a reused
 * number is caught by the bait (wrong-descriptor).
 *
 * <p>Each operation prints one line of figures (races, wrong-descriptor, hangs, successes
 * after close, wake-up latency p50/p99/max from close() returning to the call ending) and
 * asserts: no wrong descriptor, no hang, no success after close, nothing but EBADF (or a
 * recv's EOF), every call ended within 1 s (a hang bound, not a speed target).
 */
class CloseStressTest extends BackendTest {
    /** RACES per operation and backend (11 operations × 2 backends × 920 = 20,240). */
    static final int RACES = 920;

    @TempDir
    Path dir;

    private ReuseBait bait;
    private Socket decoys;

    @BeforeEach
    void startBait() throws Exception {
        decoys = listener();
        bait = ReuseBait.start();
    }

    @AfterEach
    void stopBait() throws Exception {
        try {
            bait.close();
        } finally {
            decoys.close();
        }
    }

    private void stress(String operation, long seed, CloseRace.Scenario scenario) throws Exception {
        RaceFigures f = CloseRace.run("[" + backend + "] close vs " + operation, RACES, seed, decoys, bait, scenario);
        System.out.println(f.line());
        f.assertClean();
    }

    @Test
    @Timeout(60)
    void recv() throws Exception {
        try (Socket l = listener()) {
            stress("recv", 48_01, CloseScenarios.recv(l));
        }
    }

    @Test
    @Timeout(60)
    void recvInto() throws Exception {
        try (Socket l = listener()) {
            stress("recv_into", 48_02, CloseScenarios.recvInto(l));
        }
    }

    @Test
    @Timeout(60)
    void recvfrom() throws Exception {
        stress("recvfrom (UDP)", 48_03, CloseScenarios.recvfrom());
    }

    @Test
    @Timeout(60)
    void accept() throws Exception {
        stress("accept", 48_04, CloseScenarios.accept());
    }

    @Test
    @Timeout(60)
    void sendall() throws Exception {
        try (Socket l = CloseScenarios.smallBufferListener()) {
            stress("sendall (peer not reading)", 48_05, CloseScenarios.sendall(l));
        }
    }

    @Test
    @Timeout(60)
    void blockingTcpConnect() throws Exception {
        stress("blocking TCP connect", 48_06, CloseScenarios.tcpConnect(null));
    }

    @Test
    @Timeout(60)
    void timedTcpConnect() throws Exception {
        stress("timed TCP connect", 48_07, CloseScenarios.tcpConnect(5.0));
    }

    @Test
    @Timeout(60)
    void blockingUnixConnect() throws Exception {
        stress("blocking AF_UNIX connect", 48_08, CloseScenarios.unixConnect(dir, null));
    }

    @Test
    @Timeout(60)
    void timedUnixConnect() throws Exception {
        stress("timed AF_UNIX connect", 48_09, CloseScenarios.unixConnect(dir, 5.0));
    }

    @Test
    @Timeout(60)
    void setsockopt() throws Exception {
        stress("setsockopt", 48_10, CloseScenarios.setsockopt());
    }

    @Test
    @Timeout(60)
    void secondClose() throws Exception {
        try (Socket l = listener()) {
            stress("a second close() (recv blocked)", 48_11, CloseScenarios.secondClose(l));
        }
    }
}
