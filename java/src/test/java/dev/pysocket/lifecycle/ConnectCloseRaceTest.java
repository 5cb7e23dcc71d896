package dev.pysocket.lifecycle;

import dev.pysocket.support.BackendTest;
import dev.pysocket.support.CloseRace;
import dev.pysocket.support.CloseScenarios;
import dev.pysocket.support.FullBacklog;
import dev.pysocket.support.RaceFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9 regressions: a TCP connect racing close() from another thread (scenario 48's project
 * rule, stricter than CPython's R18). The target is a {@link FullBacklog}, so connect(2) would
 * wait for minutes: only close() can end it, with OSError 9 within 1 s, whether close() lands
 * before the call, between its start and the system call, or while it waits in the kernel.
 * A connect that returns normally has succeeded on a closed socket (the connection cannot
 * have been made before close()).
 */
class ConnectCloseRaceTest extends BackendTest {
    /** RACES per test and backend: enough to hit the window between the closed check and connect(2). */
    private static final int RACES = 3000;

    private RaceFigures race(String what, Double timeout, long seed) throws Exception {
        try (FullBacklog probe = FullBacklog.tcp()) {
            probe.assertFull();
        }
        RaceFigures f = CloseRace.run("[" + backend + "] " + what, RACES, seed, null, null,
                CloseScenarios.tcpConnect(timeout));
        System.out.println(f.line());
        return f;
    }

    /** A blocking connect to a full backlog, closed at once, after 0-200 µs, or once blocked. */
    @Test
    @Timeout(120)
    void blockingConnectRacingCloseEndsWithEbadfWithinOneSecond() throws Exception {
        race("blocking TCP connect vs close", null, 9001).assertClean();
    }

    /** The same with settimeout(5.0): the poll loop must not report a closed socket as connected. */
    @Test
    @Timeout(120)
    void timedConnectRacingCloseNeverSucceedsOnTheClosedSocket() throws Exception {
        race("timed TCP connect (5.0 s) vs close", 5.0, 9002).assertClean();
    }
}
