package dev.pysocket.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Address;
import dev.pysocket.BrokenPipeError;
import dev.pysocket.Errno;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.nio.ByteBuffer;
import dev.pysocket.support.BackendTest;
import org.junit.jupiter.api.Test;

/** Conformance section 4, TCP scenario 9 (R13: Linux gives EPIPE for sends, ENOTCONN for the rest). */
class UnconnectedSocketTest extends BackendTest {

    @Test
    void recvOnUnconnectedTcpRaisesNotConnected107() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(Errno.ENOTCONN, "[Errno 107] Transport endpoint is not connected", () -> s.recv(10));
            assertPlainOSError(107, "[Errno 107] Transport endpoint is not connected", () -> s.recvInto(new byte[10]));
            assertPlainOSError(107, "[Errno 107] Transport endpoint is not connected",
                    () -> s.recvInto(ByteBuffer.allocate(10)));
        }
    }

    @Test
    void sendOnUnconnectedTcpRaisesBrokenPipe32() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertOSError(BrokenPipeError.class, Errno.EPIPE, "[Errno 32] Broken pipe", () -> s.send(ascii("x")));
            assertOSError(BrokenPipeError.class, 32, "[Errno 32] Broken pipe", () -> s.send(ByteBuffer.wrap(ascii("x"))));
        }
    }

    @Test
    void sendallOnUnconnectedTcpRaisesBrokenPipe32() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertOSError(BrokenPipeError.class, 32, "[Errno 32] Broken pipe", () -> s.sendall(ascii("x")));
        }
    }


    @Test
    void getpeernameOnUnconnectedTcpRaisesNotConnected107() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertPlainOSError(107, "[Errno 107] Transport endpoint is not connected", s::getpeername);
        }
    }

    @Test
    void getsocknameOnUnboundTcpIsAnyAddressPortZero() throws Exception {
        try (Socket s = Sockets.socket()) {
            assertEquals(Address.of("0.0.0.0", 0), s.getsockname());
            assertEquals("('0.0.0.0', 0)", s.getsockname().toString());
        }
    }
}
