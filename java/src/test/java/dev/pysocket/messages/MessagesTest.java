package dev.pysocket.messages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Address;
import dev.pysocket.Ancillary;
import dev.pysocket.BlockingIOError;
import dev.pysocket.Datagram;
import dev.pysocket.Errno;
import dev.pysocket.FdMessage;
import dev.pysocket.Message;
import dev.pysocket.MessageInto;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Capability;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdFlags;
import dev.pysocket.support.OsPipe;
import dev.pysocket.support.Requires;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * MessagesTest: sendmsg/recvmsg/recvmsgInto and sendFds/recvFds (R35-R37, scenarios 71-76)
 * on an AF_UNIX stream pair. The jdk backend has no ancillary data: every test ends there with
 * the {@link Capability#MESSAGES} refusal at its first message call.
 */
@Requires(Capability.MESSAGES)
@Timeout(20)
class MessagesTest extends BackendTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static SocketPair pair() throws OSError {
        SocketPair p = Sockets.socketpair();
        p.first().settimeout(5.0);
        p.second().settimeout(5.0);
        return p;
    }

    /** Scenario 71 / R37: two pipe ends in; two new distinct close-on-exec descriptors out, that work. */
    @Test
    void sendFdsPassesPipeEndsThatWork() throws Exception {
        try (SocketPair p = pair(); OsPipe pipe = OsPipe.open()) {
            assertEquals(5, p.first().sendFds(List.of(bytes("hello")), new int[] {pipe.readFd(), pipe.writeFd()}));
            FdMessage m = p.second().recvFds(100, 4);
            try {
                assertArrayEquals(bytes("hello"), m.data());
                assertEquals(2, m.fds().length);
                assertEquals(0, m.flags());
                assertNull(m.address());
                assertNotEquals(m.fds()[0], m.fds()[1]);
                for (int fd : m.fds()) {
                    assertTrue(fd != pipe.readFd() && fd != pipe.writeFd());
                    assertTrue(FdFlags.closeOnExec(fd), "received descriptors are close-on-exec (MSG_CMSG_CLOEXEC)");
                }
                OsPipe.writeThrough(m.fds()[1], bytes("via"));
                assertArrayEquals(bytes("via"), pipe.read(16));
            } finally {
                for (int fd : m.fds()) {
                    Sockets.close(fd);
                }
            }
        }
    }

    /** R35/R36: three buffers gathered into one send, scattered over a heap and a direct buffer. */
    @Test
    void sendmsgGathersAndRecvmsgIntoScatters() throws Exception {
        try (SocketPair p = pair()) {
            assertEquals(0, p.first().sendmsg(List.of()));
            assertEquals(7, p.first().sendmsg(List.of(bytes("ab"), new byte[0], bytes("cdefg"))));
            ByteBuffer heap = ByteBuffer.allocate(3);
            ByteBuffer direct = ByteBuffer.allocateDirect(8);
            direct.position(1);
            MessageInto r = p.second().recvmsgInto(List.of(heap, direct));
            assertEquals(7, r.nbytes());
            assertEquals(List.of(), r.ancdata());
            assertEquals(0, r.flags());
            assertNull(r.address());
            assertArrayEquals(bytes("abc"), heap.array());
            assertEquals(3, heap.position());
            assertEquals(5, direct.position());
            byte[] rest = new byte[4];
            direct.get(1, rest);
            assertArrayEquals(bytes("defg"), rest);
            assertEquals("(7, [], 0, None)", r.toString());
        }
    }

    /** Scenario 73 / R36: no control buffer: ancdata [], MSG_CTRUNC, and the kernel dropped the descriptor. */
    @Test
    void recvmsgWithoutAncillaryRoomDropsTheDescriptor() throws Exception {
        try (SocketPair p = pair(); OsPipe pipe = OsPipe.open()) {
            int before = pipe.openEnds();
            p.first().sendFds(List.of(bytes("x")), new int[] {pipe.writeFd()});
            Message m = p.second().recvmsg(10);
            assertArrayEquals(bytes("x"), m.data());
            assertEquals(List.of(), m.ancdata());
            assertEquals(Sockets.MSG_CTRUNC, m.flags() & Sockets.MSG_CTRUNC);
            assertEquals(before, pipe.openEnds());
        }
    }

    /** R37: maxfds 1 of 2 sent: one descriptor, MSG_CTRUNC, the kernel closed the other. */
    @Test
    void recvFdsWithFewerSlotsKeepsWhatFitsAndFlagsTheCut() throws Exception {
        try (SocketPair p = pair(); OsPipe pipe = OsPipe.open()) {
            int before = pipe.openEnds();
            p.first().sendFds(List.of(bytes("x")), new int[] {pipe.readFd(), pipe.writeFd()});
            FdMessage m = p.second().recvFds(10, 1);
            try {
                assertEquals(1, m.fds().length);
                assertEquals(Sockets.MSG_CTRUNC, m.flags());
                assertEquals(before + 1, pipe.openEnds());
            } finally {
                for (int fd : m.fds()) {
                    Sockets.close(fd);
                }
            }
            assertEquals(before, pipe.openEnds());
        }
    }

    /** recvmsg with CMSG_LEN(4): one SCM_RIGHTS item of 4 bytes; a cut ancbufsize hands over whole items only. */
    @Test
    void recvmsgReturnsScmRightsItemsWhole() throws Exception {
        try (SocketPair p = pair(); OsPipe pipe = OsPipe.open()) {
            int before = pipe.openEnds();
            p.first().sendmsg(List.of(bytes("ab")), List.of(Ancillary.ofFds(pipe.writeFd(), pipe.readFd())));
            Message m = p.second().recvmsg(10, Sockets.CMSG_SPACE(8) + 3);
            assertEquals(1, m.ancdata().size());
            Ancillary a = m.ancdata().get(0);
            assertEquals(Sockets.SOL_SOCKET, a.level());
            assertEquals(Sockets.SCM_RIGHTS, a.type());
            assertEquals(8, a.data().length);
            int[] fds = a.fds();
            for (int fd : fds) {
                Sockets.close(fd);
            }
            // A cut of a descriptor's last byte: the kernel puts whole descriptors only.
            p.first().sendmsg(List.of(bytes("cd")), List.of(Ancillary.ofFds(pipe.writeFd(), pipe.readFd())));
            Message cut = p.second().recvmsg(10, Sockets.CMSG_LEN(7));
            assertEquals(Sockets.MSG_CTRUNC, cut.flags());
            for (Ancillary item : cut.ancdata()) {
                for (int fd : item.fds()) {
                    Sockets.close(fd);
                }
            }
            assertEquals(before, pipe.openEnds());
        }
    }

    /** 253 descriptors (SCM_MAX_FD) in one message; a received socket descriptor adopted with socket(fileno=). */
    @Test
    void manyDescriptorsInOneMessageAndAdoptingOne() throws Exception {
        try (SocketPair p = pair(); SocketPair other = Sockets.socketpair()) {
            int[] fds = new int[253];
            java.util.Arrays.fill(fds, other.first().fileno());
            assertEquals(1, p.first().sendFds(List.of(bytes("m")), fds));
            FdMessage m = p.second().recvFds(1, 253);
            assertEquals(253, m.fds().length);
            assertEquals(0, m.flags());
            for (int i = 1; i < m.fds().length; i++) {
                Sockets.close(m.fds()[i]);
            }
            try (Socket adopted = Sockets.socket(-1, -1, -1, m.fds()[0])) {
                assertEquals(Sockets.AF_UNIX, adopted.family());
                adopted.sendall(bytes("through the copy"));
                other.second().settimeout(5.0);
                assertArrayEquals(bytes("through the copy"), other.second().recv(64));
            }
        }
    }

    /** Scenario 75 / R35: the kernel's refusals pass through. */
    @Test
    void kernelRefusalsOfAncillaryData() throws Exception {
        try (SocketPair p = pair()) {
            List<byte[]> x = List.of(bytes("x"));
            assertPlainOSError(Errno.EBADF, "[Errno 9] Bad file descriptor",
                    () -> p.first().sendmsg(x, List.of(Ancillary.ofFds(9999))));
            assertPlainOSError(Errno.EINVAL, "[Errno 22] Invalid argument",
                    () -> p.first().sendmsg(x, List.of(new Ancillary(Sockets.SOL_SOCKET, 999, new byte[0]))));
        }
    }

    /** Scenario 76: SO_PASSCRED on the receiver: exactly one (SOL_SOCKET, SCM_CREDENTIALS, 12 bytes) with our pid. */
    @Test
    @Requires(Capability.RAW_OPTIONS) // SO_PASSCRED
    void passcredGivesTheSendersCredentials() throws Exception {
        try (SocketPair p = pair()) {
            p.second().setsockopt(Sockets.SOL_SOCKET, Sockets.SO_PASSCRED, 1);
            p.first().sendmsg(List.of(bytes("c")));
            Message m = p.second().recvmsg(10, Sockets.CMSG_SPACE(12));
            assertEquals(1, m.ancdata().size());
            Ancillary a = m.ancdata().get(0);
            assertEquals(Sockets.SOL_SOCKET, a.level());
            assertEquals(Sockets.SCM_CREDENTIALS, a.type());
            assertEquals(12, a.data().length);
            ByteBuffer cred = ByteBuffer.wrap(a.data()).order(ByteOrder.nativeOrder());
            assertEquals(ProcessHandle.current().pid(), cred.getInt(0));
            // Our own credentials sent explicitly are accepted and arrive as sent.
            p.first().sendmsg(List.of(bytes("d")), List.of(a));
            assertEquals(a, p.second().recvmsg(10, Sockets.CMSG_SPACE(12)).ancdata().get(0));
        }
    }

    /** R14/R36: a datagram longer than bufsize is cut to bufsize and MSG_TRUNC is set; sendmsg to an address. */
    @Test
    void datagramsTruncateAndTakeAnAddress() throws Exception {
        try (Socket a = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM);
                Socket b = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM)) {
            b.bind(Address.of("127.0.0.1", 0));
            a.bind(Address.of("127.0.0.1", 0));
            b.settimeout(5.0);
            assertEquals(10, a.sendmsg(List.of(bytes("01234"), bytes("56789")), List.of(), 0, b.getsockname()));
            Message m = b.recvmsg(4);
            assertArrayEquals(bytes("0123"), m.data());
            assertEquals(Sockets.MSG_TRUNC, m.flags() & Sockets.MSG_TRUNC);
            assertEquals(a.getsockname(), m.address());
            a.sendto(bytes("abc"), b.getsockname());
            Datagram d = b.recvfrom(8);
            assertArrayEquals(bytes("abc"), d.data());
        }
    }

    /** R1/R2: non-blocking recvmsg raises BlockingIOError; with a timeout, TimeoutError. */
    @Test
    void timeoutModesApply() throws Exception {
        try (SocketPair p = Sockets.socketpair()) {
            p.second().setblocking(false);
            assertOSError(BlockingIOError.class, Errno.EAGAIN, "[Errno 11] Resource temporarily unavailable",
                    () -> p.second().recvmsg(1));
            p.second().settimeout(0.1);
            long t0 = System.nanoTime();
            assertThrows(TimeoutError.class, () -> p.second().recvmsgInto(List.of(ByteBuffer.allocate(1)), 64));
            assertTrue(System.nanoTime() - t0 >= 80_000_000L);
        }
    }

    /** The records print as Python's tuples. */
    @Test
    void recordsPrintAsPythonTuples() throws Exception {
        try (SocketPair p = pair()) {
            p.first().sendmsg(List.of(bytes("it's")));
            assertEquals("(b\"it's\", [], 0, None)", p.second().recvmsg(10).toString());
        }
        assertEquals("(1, 1, b'\\x05\\x00\\x00\\x00')", Ancillary.ofFds(5).toString());
        assertEquals("(b'hello', [5, 6], 8, None)", new FdMessage(bytes("hello"), new int[] {5, 6}, 8, null).toString());
        assertEquals(new Message(bytes("a"), List.of(Ancillary.ofFds(1)), 0, null),
                new Message(bytes("a"), new ArrayList<>(List.of(Ancillary.ofFds(1))), 0, null));
    }
}
