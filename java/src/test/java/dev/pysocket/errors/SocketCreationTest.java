package dev.pysocket.errors;

import static dev.pysocket.Sockets.AF_INET;
import static dev.pysocket.Sockets.IPPROTO_TCP;
import static dev.pysocket.Sockets.IPPROTO_UDP;
import static dev.pysocket.Sockets.SOCK_SEQPACKET;
import static dev.pysocket.Sockets.SOCK_STREAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * socket(family, type, proto): the defaults and the kernel's errors (docs/python-semantics.md §3).
 * A backend that emulates socket(2) must raise the errno Linux would; the message starts with
 * Linux's (a backend may append why it cannot, naming itself).
 */
class SocketCreationTest extends BackendTest {

    private static OSError assertCreationError(int errno, String message, Executable call) {
        OSError e = assertThrows(OSError.class, call);
        assertEquals(OSError.class, e.getClass(), () -> "a plain OSError: " + e);
        assertEquals(errno, e.errno(), () -> "errno of " + e);
        assertTrue(e.getMessage().startsWith(message), () -> "message: expected " + message + ", got " + e.getMessage());
        return e;
    }

    @Test
    void socketDefaultsToAfInetSockStreamProtoZero() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(AF_INET, s.family());
            assertEquals(SOCK_STREAM, s.type());
            assertEquals(0, s.proto());
            assertEquals(2, s.family());
            assertEquals(1, s.type());
        }
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM)) {
            assertEquals(0, s.proto());
        }
    }

    @Test
    void socketWithExplicitTcpProtoReportsSix() throws Exception {
        try (Socket s = Sockets.socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)) {
            assertEquals(6, s.proto());
            assertEquals(SOCK_STREAM, s.type());
        }
    }

    @Test
    void unknownFamilyRaisesAddressFamilyNotSupported97() {
        assertCreationError(Errno.EAFNOSUPPORT, "[Errno 97] Address family not supported by protocol",
                () -> Sockets.socket(999, SOCK_STREAM).close());
    }

    @Test
    void unknownTypeRaisesInvalidArgument22() {
        assertCreationError(Errno.EINVAL, "[Errno 22] Invalid argument", () -> Sockets.socket(AF_INET, 999).close());
    }

    @Test
    void streamSocketWithUdpProtoRaisesProtocolNotSupported93() {
        assertCreationError(Errno.EPROTONOSUPPORT, "[Errno 93] Protocol not supported",
                () -> Sockets.socket(AF_INET, SOCK_STREAM, IPPROTO_UDP).close());
    }

    @Test
    void seqpacketOnAfInetRaisesSocketTypeNotSupported94() {
        assertCreationError(Errno.ESOCKTNOSUPPORT, "[Errno 94] Socket type not supported",
                () -> Sockets.socket(AF_INET, SOCK_SEQPACKET).close());
    }

    @Test
    void constantsHoldLinuxValues() {
        assertEquals(2, Sockets.AF_INET);
        assertEquals(1, Sockets.SOCK_STREAM);
        assertEquals(5, Sockets.SOCK_SEQPACKET);
        assertEquals(2048, Sockets.SOCK_NONBLOCK);
        assertEquals(524288, Sockets.SOCK_CLOEXEC);
        assertEquals(1, Sockets.SOL_SOCKET);
        assertEquals(2, Sockets.SO_REUSEADDR);
        assertEquals(4, Sockets.SO_ERROR);
        assertEquals(13, Sockets.SO_LINGER);
        assertEquals(6, Sockets.IPPROTO_TCP);
        assertEquals(17, Sockets.IPPROTO_UDP);
        assertEquals(1, Sockets.TCP_NODELAY);
        assertEquals(0, Sockets.SHUT_RD);
        assertEquals(1, Sockets.SHUT_WR);
        assertEquals(2, Sockets.SHUT_RDWR);
        assertEquals(2, Sockets.MSG_PEEK);
        assertEquals(64, Sockets.MSG_DONTWAIT);
        assertEquals(256, Sockets.MSG_WAITALL);
    }
}
