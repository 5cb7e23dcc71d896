package dev.pysocket.errors;

import static dev.pysocket.Sockets.AF_INET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pysocket.Address;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** create_server's error rows in docs/python-semantics.md §3 and scenario 92 (R21). */
class CreateServerErrorsTest extends BackendTest {

    /** R21 step 4: a bind failure is re-raised as a plain OSError naming the address. */
    @Test
    void secondCreateServerOnSamePortRaisesAddressInUseWithAddressSuffix() throws Exception {
        try (Socket first = Sockets.createServer(loopback(0))) {
            Address addr = first.getsockname();
            OSError e = assertThrows(OSError.class, () -> Sockets.createServer(addr).close());
            assertEquals(OSError.class, e.getClass());
            assertEquals(Errno.EADDRINUSE, e.errno());
            assertEquals("[Errno 98] Address already in use (while attempting to bind on address " + addr + ")",
                    e.getMessage());
        }
    }

    /** R21 step 4: even a gaierror becomes a plain OSError (errno -9 stays -9). */
    @Test
    void createServerOnIpv6LiteralWithAfInetRaisesPlainOSErrorMinus9() {
        OSError e = assertThrows(OSError.class, () -> Sockets.createServer(Address.of("::1", 0)).close());
        assertEquals(OSError.class, e.getClass(), () -> "plain OSError, not " + e.getClass().getSimpleName());
        assertEquals(-9, e.errno());
        assertEquals("[Errno -9] Address family for hostname not supported (while attempting to bind on address ('::1', 0))",
                e.getMessage());
    }

    /**
     * Section 3. Lib/socket.py checks has_dualstack_ipv6() before the family, so where the
     * backend has no dual-stack sockets the message is "not supported on this platform".
     */
    @Test
    void createServerDualstackWithAfInetRaisesDualstackRequiresAfInet6() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Sockets.createServer(loopback(0), AF_INET, null, false, true).close());
        assertEquals(Sockets.hasDualstackIpv6() ? "dualstack_ipv6 requires AF_INET6 family"
                : "dualstack_ipv6 not supported on this platform", e.getMessage());
    }

    /** R21: backlog and reuse_port are honoured; reuse_port twice binds the same port (scenario 92). */
    @Test
    void createServerWithReusePortTwiceBindsTheSamePort() throws Exception {
        try (Socket a = Sockets.createServer(loopback(0), AF_INET, 5, true, false);
                Socket b = Sockets.createServer(a.getsockname(), AF_INET, 5, true, false)) {
            assertEquals(a.getsockname(), b.getsockname());
        }
    }
}
