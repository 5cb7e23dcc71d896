package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.ebadf;
import static dev.pysocket.fuzz.Outcome.einval;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.Ancillary;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.SocketPair;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * MessageCases: the fuzz rows for sendmsg, recvmsg, recvmsgInto, sendFds and recvFds
 * (docs/python-semantics.md §3, R35-R37): None, negative and huge sizes, malformed items,
 * descriptors the kernel refuses, closed sockets. Messages are CPython 3.11's (socketmodule.c,
 * Lib/socket.py). The checks before the syscall hold on both backends; what reaches the
 * kernel needs {@link Capability#MESSAGES}.
 */
final class MessageCases {
    private static final String NOT_BYTES = "a bytes-like object is required, not 'NoneType'";
    private static final String NEG = "negative buffer size in recvmsg()";
    private static final String ANC = "invalid ancillary data buffer length";
    private static final String CMSG_LEN = "CMSG_LEN() argument out of range";
    private static final String NOT_WRITABLE =
            "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers";

    private MessageCases() {
    }

    /** pair: a connected AF_UNIX stream pair, non-blocking, owned by the fixture. */
    private static SocketPair pair(Fixture f) throws OSError {
        SocketPair p = f.own(Sockets.socketpair());
        p.first().setblocking(false);
        p.second().setblocking(false);
        return p;
    }

    private static Socket sender(Fixture f) throws OSError {
        return pair(f).first();
    }

    /** rows: every message case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new java.util.ArrayList<>();
        List<byte[]> x = List.of(new byte[] {'x'});
        Capability m = Capability.MESSAGES;

        String send1 = "Socket.sendmsg(List)";
        add(t, send1, "null", f -> sender(f).sendmsg(null), npe());
        add(t, send1, "null element", f -> sender(f).sendmsg(Arrays.asList((byte[]) null)), npe());
        add(t, send1, "empty gathers nothing", f -> sender(f).sendmsg(List.of()), returns(0).needing(m));
        add(t, send1, "closed", f -> f.closed().sendmsg(x), ebadf());
        String send2 = "Socket.sendmsg(List,List)";
        add(t, send2, "null ancdata", f -> sender(f).sendmsg(x, null), npe());
        add(t, send2, "null item", f -> sender(f).sendmsg(x, Arrays.asList((Ancillary) null)), npe());
        add(t, send2, "null item data", f -> sender(f).sendmsg(x, List.of(new Ancillary(1, 1, null))), npe());
        add(t, send2, "SCM_RIGHTS 9999", f -> sender(f).sendmsg(x, List.of(Ancillary.ofFds(9999))), ebadf().needing(m));
        add(t, send2, "unknown type 999", f -> sender(f).sendmsg(x, List.of(new Ancillary(Sockets.SOL_SOCKET, 999,
                new byte[0]))), einval().needing(m));
        add(t, send2, "254 descriptors", f -> {
            int[] fds = new int[254]; // SCM_MAX_FD is 253
            Arrays.fill(fds, 0);
            return sender(f).sendmsg(x, List.of(Ancillary.ofFds(fds)));
        }, einval().needing(m));
        add(t, send2, "SCM_RIGHTS of 3 bytes", f -> sender(f).sendmsg(x, List.of(new Ancillary(Sockets.SOL_SOCKET,
                Sockets.SCM_RIGHTS, new byte[3]))), returns(1).needing(m));
        add(t, send2, "SCM_CREDENTIALS of 11 bytes", f -> sender(f).sendmsg(x, List.of(new Ancillary(Sockets.SOL_SOCKET,
                Sockets.SCM_CREDENTIALS, new byte[11]))), einval().needing(m));
        String send3 = "Socket.sendmsg(List,List,int)";
        add(t, send3, "flags MIN", f -> sender(f).sendmsg(x, List.of(), MIN), einval().needing(m));
        String send4 = "Socket.sendmsg(List,List,int,Address)";
        add(t, send4, "port 70000", f -> f.fresh().sendmsg(x, List.of(), 0, Address.of("127.0.0.1", 70000)),
                iae("sendmsg(): port must be 0-65535."));
        add(t, send4, "port MAX", f -> f.fresh().sendmsg(x, List.of(), 0, Address.of("127.0.0.1", MAX)),
                iae("sendmsg(): port must be 0-65535."));
        add(t, send4, "address before buffers", f -> f.fresh().sendmsg(null, null, 0, Address.of("127.0.0.1", -1)),
                iae("sendmsg(): port must be 0-65535."));
        add(t, send4, "address on a connected AF_UNIX stream", f -> sender(f).sendmsg(x, List.of(), 0,
                Address.unix("/nonexistent")), os(106, "Transport endpoint is already connected").needing(m));

        String recv1 = "Socket.recvmsg(int)";
        add(t, recv1, "-1", f -> sender(f).recvmsg(-1), iae(NEG));
        add(t, recv1, "MIN", f -> sender(f).recvmsg(MIN), iae(NEG));
        add(t, recv1, "nothing to read", f -> sender(f).recvmsg(1), os(11, "Resource temporarily unavailable").needing(m));
        add(t, recv1, "MAX, nothing to read", f -> sender(f).recvmsg(MAX),
                os(11, "Resource temporarily unavailable").needing(m));
        add(t, recv1, "closed", f -> f.closed().recvmsg(1), ebadf());
        String recv2 = "Socket.recvmsg(int,int)";
        add(t, recv2, "ancbufsize -1", f -> sender(f).recvmsg(1, -1), iae(ANC));
        add(t, recv2, "bufsize checked first", f -> sender(f).recvmsg(-1, -1), iae(NEG));
        add(t, recv2, "ancbufsize MAX", f -> sender(f).recvmsg(1, MAX), os(11, "Resource temporarily unavailable").needing(m));
        String recv3 = "Socket.recvmsg(int,int,int)";
        add(t, recv3, "ancbufsize MIN", f -> sender(f).recvmsg(0, MIN, 0), iae(ANC));
        add(t, recv3, "closed", f -> f.closed().recvmsg(1, 1, 0), ebadf());

        String into1 = "Socket.recvmsgInto(List)";
        add(t, into1, "null", f -> sender(f).recvmsgInto(null), npe());
        add(t, into1, "null element", f -> sender(f).recvmsgInto(Arrays.asList((ByteBuffer) null)), npe());
        add(t, into1, "read-only buffer", f -> sender(f).recvmsgInto(List.of(ByteBuffer.allocate(1).asReadOnlyBuffer())),
                iae(NOT_WRITABLE));
        add(t, into1, "nothing to read", f -> sender(f).recvmsgInto(List.of(ByteBuffer.allocate(1))),
                os(11, "Resource temporarily unavailable").needing(m));
        String into2 = "Socket.recvmsgInto(List,int)";
        add(t, into2, "ancbufsize -1", f -> sender(f).recvmsgInto(List.of(ByteBuffer.allocate(1)), -1), iae(ANC));
        add(t, into2, "buffers checked first", f -> sender(f).recvmsgInto(null, -1), npe());
        String into3 = "Socket.recvmsgInto(List,int,int)";
        add(t, into3, "ancbufsize MIN", f -> sender(f).recvmsgInto(List.of(ByteBuffer.allocateDirect(1)), MIN, 0),
                iae(ANC));
        add(t, into3, "closed", f -> f.closed().recvmsgInto(List.of(ByteBuffer.allocate(1)), 0, 0), ebadf());

        String sendFds = "Socket.sendFds(List,int[])";
        add(t, sendFds, "null fds", f -> sender(f).sendFds(x, null), npe());
        add(t, sendFds, "null buffers", f -> sender(f).sendFds(null, new int[] {0}), npe());
        add(t, sendFds, "fd -1", f -> sender(f).sendFds(x, new int[] {-1}), ebadf().needing(m));
        add(t, sendFds, "no fds", f -> sender(f).sendFds(x, new int[0]), returns(1).needing(m));
        add(t, sendFds, "closed", f -> f.closed().sendFds(x, new int[] {0}), ebadf());

        String recvFds = "Socket.recvFds(int,int)";
        add(t, recvFds, "maxfds -1", f -> sender(f).recvFds(1, -1), iae(CMSG_LEN));
        add(t, recvFds, "maxfds MAX", f -> sender(f).recvFds(1, MAX), iae(CMSG_LEN));
        add(t, recvFds, "maxfds checked first", f -> sender(f).recvFds(-1, -1), iae(CMSG_LEN));
        add(t, recvFds, "bufsize -1", f -> sender(f).recvFds(-1, 1), iae(NEG));
        add(t, recvFds, "nothing to read", f -> sender(f).recvFds(1, 1), os(11, "Resource temporarily unavailable").needing(m));
        add(t, recvFds, "closed", f -> f.closed().recvFds(1, 1), ebadf());
        return t;
    }
}
