package dev.pysocket.options;

import static dev.pysocket.Sockets.IPPROTO_IP;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.IP_TOS;
import static dev.pysocket.Sockets.IP_TTL;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.SO_KEEPALIVE;
import static dev.pysocket.Sockets.SO_RCVBUF;
import static dev.pysocket.Sockets.SO_REUSEPORT;
import static dev.pysocket.Sockets.TCP_KEEPCNT;
import static dev.pysocket.Sockets.TCP_KEEPIDLE;
import static dev.pysocket.Sockets.TCP_KEEPINTVL;
import static dev.pysocket.Sockets.TCP_MAXSEG;
import static dev.pysocket.Sockets.TCP_NODELAY;
import static dev.pysocket.support.OptionAsserts.assertSetReads;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.Requires;
import org.junit.jupiter.api.Test;

/**
 * Rules R32 and R33 across levels: Linux's defaults and limits as python3 3.11 reads them,
 * what accepted sockets inherit, and (jdk) the options the JDK cannot reach raising OSError
 * naming the backend rather than answering something.
 */
class ProtocolOptionsTest extends BackendTest {

    /** R33: the kernel's SO_RCVBUF minimum (2304) after setting 1. */
    @Test
    void rcvbufSetOneReadsKernelMinimum2304() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, SOL_SOCKET, SO_RCVBUF, 1, 2304);
        }
    }

    /** Section 1.4: TCP keepalive timing defaults 7200 / 75 / 9. */
    @Test
    void tcpKeepaliveTimingDefaultsAre7200And75And9() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(7200, s.getsockopt(IPPROTO_TCP, TCP_KEEPIDLE));
            assertEquals(75, s.getsockopt(IPPROTO_TCP, TCP_KEEPINTVL));
            assertEquals(9, s.getsockopt(IPPROTO_TCP, TCP_KEEPCNT));
        }
    }

    /** R32: SO_REUSEPORT set 1 reads 1. */
    @Test
    void reusePortSetOneReadsOne() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(0, s.getsockopt(SOL_SOCKET, SO_REUSEPORT));
            assertSetReads(s, SOL_SOCKET, SO_REUSEPORT, 1, 1);
        }
    }

    /** R32: IP_TOS reads 0, then what was set. */
    @Test
    void ipTosSetSixteenReadsSixteen() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(0, s.getsockopt(IPPROTO_IP, IP_TOS));
            assertSetReads(s, IPPROTO_IP, IP_TOS, 0x10, 0x10);
        }
    }

    /** Section 1.4: IP_TTL defaults to 64 (the JDK has no unicast TTL). */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void ipTtlDefaultsTo64() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(64, s.getsockopt(IPPROTO_IP, IP_TTL));
        }
    }

    /** Section 1.4: IP_TTL set 32 reads 32, and 256 is EINVAL. */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void ipTtlSetReadsBackAndRejects256() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertSetReads(s, IPPROTO_IP, IP_TTL, 32, 32);
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> s.setsockopt(IPPROTO_IP, IP_TTL, 256));
            assertEquals(32, s.getsockopt(IPPROTO_IP, IP_TTL), "a refused value leaves the option as it was");
        }
    }

    /** Section 1.4: TCP_MAXSEG of an unconnected socket is 536 (not a JDK option). */
    @Test
    @Requires(Capability.RAW_OPTIONS)
    void tcpMaxsegOfUnconnectedSocketIs536() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(536, s.getsockopt(IPPROTO_TCP, TCP_MAXSEG));
        }
    }

    /** R32: an accepted socket inherits the listener's SO_KEEPALIVE and TCP_NODELAY (Linux copies them). */
    @Test
    void acceptedSocketInheritsListenersKeepaliveAndNodelay() throws Exception {
        try (Socket l = Sockets.socket()) {
            l.setsockopt(SOL_SOCKET, SO_KEEPALIVE, 1);
            l.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1);
            l.bind(loopback(0));
            l.listen();
            try (Socket c = Sockets.createConnection(l.getsockname()); Socket a = l.accept().conn()) {
                assertEquals(1, a.getsockopt(SOL_SOCKET, SO_KEEPALIVE));
                assertEquals(1, a.getsockopt(IPPROTO_TCP, TCP_NODELAY));
                assertEquals(0, c.getsockopt(SOL_SOCKET, SO_KEEPALIVE), "the client has its own");
            }
        }
    }
}
