package dev.pysocket.options;

import static dev.pysocket.Sockets.IPPROTO_IPV6;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.IPV6_V6ONLY;
import static dev.pysocket.Sockets.SOL_SOCKET;
import static dev.pysocket.Sockets.TCP_NODELAY;

import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Conformance section 4, scenario 83; rule R32 (the kernel's errors table). */
class OptionErrorsTest extends BackendTest {
    private static final String ENOPROTOOPT = "[Errno 92] Protocol not available";
    private static final String EOPNOTSUPP = "[Errno 95] Operation not supported";
    /** An option level no protocol answers to. */
    private static final int UNKNOWN_LEVEL = 9999;

    /** Scenario 83: unknown optname 9999 gives 92, for setsockopt too. */
    @Test
    void unknownOptionNameRaisesProtocolNotAvailable92() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.getsockopt(SOL_SOCKET, 9999));
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.setsockopt(SOL_SOCKET, 9999, 1));
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.getsockopt(IPPROTO_TCP, 9999, 4));
        }
    }

    /** R32: getsockopt at an unknown level gives 95; setsockopt there gives 92. */
    @Test
    void unknownLevelRaises95ForGetAnd92ForSet() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EOPNOTSUPP, EOPNOTSUPP, () -> s.getsockopt(UNKNOWN_LEVEL, 1));
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.setsockopt(UNKNOWN_LEVEL, 1, 1));
        }
    }

    /** Scenario 83: an IPv6 option on AF_INET: setsockopt gives 92 (getsockopt 95, as python3 3.11 shows). */
    @Test
    void ipv6OptionOnAfInetRaisesProtocolNotAvailable92() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.EOPNOTSUPP, EOPNOTSUPP, () -> s.getsockopt(IPPROTO_IPV6, IPV6_V6ONLY));
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 1));
        }
    }

    /** Scenario 83: a TCP option on UDP: setsockopt gives 92 (getsockopt 95: udp_getsockopt passes it to IP). */
    @Test
    void tcpOptionOnUdpRaisesProtocolNotAvailable92() throws Exception {
        try (Socket s = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            assertPlainOSError(Errno.EOPNOTSUPP, EOPNOTSUPP, () -> s.getsockopt(IPPROTO_TCP, TCP_NODELAY));
            assertPlainOSError(Errno.ENOPROTOOPT, ENOPROTOOPT, () -> s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1));
        }
    }

    /** Scenario 83: TCP_NODELAY on AF_UNIX gives 95. */
    @Test
    void tcpNoDelayOnAfUnixRaisesOperationNotSupported95() throws Exception {
        try (Socket s = Sockets.socket(Sockets.AF_UNIX, Sockets.SOCK_STREAM)) {
            assertPlainOSError(Errno.EOPNOTSUPP, EOPNOTSUPP, () -> s.getsockopt(IPPROTO_TCP, TCP_NODELAY));
            assertPlainOSError(Errno.EOPNOTSUPP, EOPNOTSUPP, () -> s.setsockopt(IPPROTO_TCP, TCP_NODELAY, 1));
        }
    }
}
