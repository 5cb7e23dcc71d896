package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Fixture.loopback;
import static dev.pysocket.fuzz.Outcome.bare;
import static dev.pysocket.fuzz.Outcome.ebadf;
import static dev.pysocket.fuzz.Outcome.einval;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.NAN;
import static dev.pysocket.fuzz.Rows.PORT;
import static dev.pysocket.fuzz.Rows.RANGE;
import static dev.pysocket.fuzz.Rows.TIME_T;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * SocketCases: the fuzz rows for {@link Socket}'s methods: addresses, buffers, lengths,
 * flags, timeouts, options and lifecycle, each with null, negative, Integer.MAX_VALUE /
 * MIN_VALUE, empty and closed-socket arguments (docs/python-semantics.md §3, R8, R11, R16, R32).
 * Messages are CPython 3.11's.
 */
final class SocketCases {
    private static final String BUFLEN = "getsockopt buflen out of range";

    private SocketCases() {
    }

    /** rows: every case for Socket, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        io(t);
        optionsAndLifecycle(t);
        return t;
    }

    private static void io(List<FuzzCase> t) {
        add(t, "Socket.accept()", "not listening", f -> f.fresh().accept(), einval());
        add(t, "Socket.accept()", "closed", f -> f.closed().accept(), ebadf());

        String bind = "Socket.bind(Address)";
        add(t, bind, "null", f -> {
            f.fresh().bind(null);
            return null;
        }, npe());
        add(t, bind, "null host", f -> {
            f.fresh().bind(Address.of(null, 0));
            return null;
        }, npe());
        for (int port : new int[] {-1, MAX, MIN, 65536}) {
            add(t, bind, "port " + port, f -> {
                f.fresh().bind(Address.of("127.0.0.1", port));
                return null;
            }, iae("bind" + PORT));
        }
        add(t, bind, "str address on AF_INET", f -> {
            f.fresh().bind(Address.unix(""));
            return null;
        }, iae("bind(): AF_INET address must be tuple, not str"));
        add(t, bind, "NUL in host", f -> {
            f.fresh().bind(Address.of("127.0.0.1\0", 0));
            return null;
        }, iae("host name must not contain null character"));
        add(t, bind, "empty host is INADDR_ANY", f -> {
            f.fresh().bind(Address.of("", 0));
            return null;
        }, returns());
        add(t, bind, "closed", f -> {
            f.closed().bind(loopback(0));
            return null;
        }, ebadf());
        add(t, bind, "closed, bad port: arguments first", f -> {
            f.closed().bind(Address.of("127.0.0.1", -1));
            return null;
        }, iae("bind" + PORT));

        String connect = "Socket.connect(Address)";
        add(t, connect, "null", f -> {
            f.fresh().connect(null);
            return null;
        }, npe());
        add(t, connect, "port MAX", f -> {
            f.fresh().connect(Address.of("127.0.0.1", MAX));
            return null;
        }, iae("connect" + PORT));
        add(t, connect, "port -1", f -> {
            f.fresh().connect(Address.of("127.0.0.1", -1));
            return null;
        }, iae("connect" + PORT));
        add(t, connect, "str address on AF_INET", f -> {
            f.fresh().connect(Address.unix("/tmp/x"));
            return null;
        }, iae("connect(): AF_INET address must be tuple, not str"));
        add(t, connect, "closed", f -> {
            f.closed().connect(loopback(9));
            return null;
        }, ebadf());
        add(t, connect, "refused", f -> {
            int p = f.refusedPort();
            f.fresh().connect(loopback(p));
            return null;
        }, os(111, "Connection refused"));

        String connectEx = "Socket.connectEx(Address)";
        add(t, connectEx, "null", f -> f.fresh().connectEx(null), npe());
        add(t, connectEx, "port MIN", f -> f.fresh().connectEx(Address.of("127.0.0.1", MIN)), iae("connect_ex" + PORT));
        add(t, connectEx, "closed returns 9", f -> f.closed().connectEx(loopback(9)), returns(9));
        add(t, connectEx, "refused returns 111", f -> {
            int p = f.refusedPort();
            return f.fresh().connectEx(loopback(p));
        }, returns(111));

        add(t, "Socket.listen()", "closed", f -> {
            f.closed().listen();
            return null;
        }, ebadf());
        for (int backlog : new int[] {MIN, -1, 0, MAX}) {
            add(t, "Socket.listen(int)", "backlog " + backlog + " is clamped", f -> {
                f.fresh().listen(backlog);
                return null;
            }, returns());
        }
        add(t, "Socket.listen(int)", "closed, negative backlog", f -> {
            f.closed().listen(-5);
            return null;
        }, ebadf());

        String recv = "Socket.recv(int)";
        add(t, recv, "-1", f -> f.fresh().recv(-1), iae("negative buffersize in recv"));
        add(t, recv, "MIN", f -> f.fresh().recv(MIN), iae("negative buffersize in recv"));
        add(t, recv, "0 on closed: no syscall", f -> f.closed().recv(0), returns(new byte[0]));
        add(t, recv, "MAX on closed", f -> f.closed().recv(MAX), ebadf());
        add(t, recv, "unconnected", f -> f.fresh().recv(1), os(107, "Transport endpoint is not connected"));
        String recvFlags = "Socket.recv(int,int)";
        add(t, recvFlags, "negative bufsize, any flags", f -> f.fresh().recv(-1, MAX), iae("negative buffersize in recv"));
        add(t, recvFlags, "closed, all flags", f -> f.closed().recv(1, -1), ebadf());
        add(t, recvFlags, "0 with all flags", f -> f.fresh().recv(0, -1), returns(new byte[0]));

        String recvInto = "Socket.recvInto(byte[])";
        add(t, recvInto, "null", f -> f.fresh().recvInto((byte[]) null), npe());
        add(t, recvInto, "empty on closed", f -> f.closed().recvInto(new byte[0]), returns(0));
        add(t, recvInto, "closed", f -> f.closed().recvInto(new byte[1]), ebadf());
        String recvIntoN = "Socket.recvInto(byte[],int,int)";
        add(t, recvIntoN, "null", f -> f.fresh().recvInto(null, 0, 0), npe());
        add(t, recvIntoN, "nbytes -1", f -> f.fresh().recvInto(new byte[4], -1, 0), iae("negative buffersize in recv_into"));
        add(t, recvIntoN, "nbytes MIN", f -> f.fresh().recvInto(new byte[4], MIN, 0), iae("negative buffersize in recv_into"));
        add(t, recvIntoN, "nbytes MAX", f -> f.fresh().recvInto(new byte[4], MAX, 0), iae("buffer too small for requested bytes"));
        add(t, recvIntoN, "nbytes 5 of 4", f -> f.fresh().recvInto(new byte[4], 5, 0), iae("buffer too small for requested bytes"));
        add(t, recvIntoN, "closed", f -> f.closed().recvInto(new byte[4], 4, 0), ebadf());
        String recvIntoBuf = "Socket.recvInto(ByteBuffer)";
        add(t, recvIntoBuf, "null", f -> f.fresh().recvInto((java.nio.ByteBuffer) null), npe());
        add(t, recvIntoBuf, "read-only", f -> f.fresh().recvInto(java.nio.ByteBuffer.allocate(4).asReadOnlyBuffer()),
                iae("recv_into() argument 1 must be read-write bytes-like object, not bytes"));
        add(t, recvIntoBuf, "empty on closed", f -> f.closed().recvInto(java.nio.ByteBuffer.allocate(0)), returns(0));
        add(t, recvIntoBuf, "closed, direct", f -> f.closed().recvInto(java.nio.ByteBuffer.allocateDirect(4)), ebadf());

        String send = "Socket.send(byte[])";
        add(t, send, "null", f -> f.fresh().send((byte[]) null), npe());
        add(t, send, "empty on closed", f -> f.closed().send(new byte[0]), ebadf());
        add(t, send, "empty, unconnected", f -> f.fresh().send(new byte[0]), os(32, "Broken pipe"));
        add(t, send, "16 MiB on closed", f -> f.closed().send(new byte[16 << 20]), ebadf());
        add(t, send, "16 MiB, unconnected", f -> f.fresh().send(new byte[16 << 20]), os(32, "Broken pipe"));
        add(t, "Socket.send(byte[],int)", "null", f -> f.fresh().send(null, 0), npe());
        add(t, "Socket.send(byte[],int)", "closed, all flags", f -> f.closed().send(new byte[1], -1), ebadf());
        add(t, "Socket.send(ByteBuffer)", "null", f -> f.fresh().send((java.nio.ByteBuffer) null), npe());
        add(t, "Socket.send(ByteBuffer)", "closed", f -> f.closed().send(java.nio.ByteBuffer.allocate(0)), ebadf());

        String sendall = "Socket.sendall(byte[])";
        add(t, sendall, "null", f -> {
            f.fresh().sendall((byte[]) null);
            return null;
        }, npe());
        add(t, sendall, "16 MiB, unconnected", f -> {
            f.fresh().sendall(new byte[16 << 20]);
            return null;
        }, os(32, "Broken pipe"));
        add(t, sendall, "closed", f -> {
            f.closed().sendall(new byte[1]);
            return null;
        }, ebadf());
        add(t, sendall, "empty, unconnected: one send", f -> {
            f.fresh().sendall(new byte[0]);
            return null;
        }, os(32, "Broken pipe"));
        add(t, "Socket.sendall(byte[],int)", "null", f -> {
            f.fresh().sendall(null, 0);
            return null;
        }, npe());
        add(t, "Socket.sendall(byte[],int)", "closed, all flags", f -> {
            f.closed().sendall(new byte[1], MIN);
            return null;
        }, ebadf());
        add(t, "Socket.sendall(ByteBuffer)", "null", f -> {
            f.fresh().sendall((java.nio.ByteBuffer) null);
            return null;
        }, npe());
        add(t, "Socket.sendall(ByteBuffer)", "closed, direct", f -> {
            f.closed().sendall(java.nio.ByteBuffer.allocateDirect(1));
            return null;
        }, ebadf());

        for (int how : new int[] {-1, 3, MAX, MIN}) {
            add(t, "Socket.shutdown(int)", "how " + how, f -> {
                f.fresh().shutdown(how);
                return null;
            }, einval());
        }
        add(t, "Socket.shutdown(int)", "closed, bad how", f -> {
            f.closed().shutdown(5);
            return null;
        }, ebadf());

        add(t, "Socket.close()", "twice", f -> {
            f.closed().close();
            return null;
        }, returns());
        add(t, "Socket.isOpen()", "closed", f -> f.closed().isOpen(), returns(false));
        add(t, "Socket.read(ByteBuffer)", "null", f -> f.fresh().read(null), npe());
        add(t, "Socket.read(ByteBuffer)", "empty on closed", f -> f.closed().read(java.nio.ByteBuffer.allocate(0)), returns(0));
        add(t, "Socket.read(ByteBuffer)", "closed", f -> f.closed().read(java.nio.ByteBuffer.allocate(1)), ebadf());
        add(t, "Socket.write(ByteBuffer)", "null", f -> f.fresh().write(null), npe());
        add(t, "Socket.write(ByteBuffer)", "closed", f -> f.closed().write(java.nio.ByteBuffer.allocate(1)), ebadf());
        add(t, "Socket.fileno()", "closed", f -> f.closed().fileno(), returns(-1));

        String settimeout = "Socket.settimeout(Double)";
        String settimeoutPrimitive = "Socket.settimeout(double)";
        add(t, settimeout, "NaN", f -> {
            f.fresh().settimeout(Double.valueOf(Double.NaN));
            return null;
        }, iae(NAN));
        add(t, settimeoutPrimitive, "NaN", f -> {
            f.fresh().settimeout(Double.NaN);
            return null;
        }, iae(NAN));
        for (double bad : new double[] {-1.0, -Double.MIN_VALUE, -0x1p32}) {
            add(t, settimeout, String.valueOf(bad), f -> {
                f.fresh().settimeout(Double.valueOf(bad));
                return null;
            }, iae(RANGE));
            add(t, settimeoutPrimitive, String.valueOf(bad), f -> {
                f.fresh().settimeout(bad);
                return null;
            }, iae(RANGE));
        }
        for (double huge : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -1e300}) {
            add(t, settimeout, String.valueOf(huge), f -> {
                f.fresh().settimeout(Double.valueOf(huge));
                return null;
            }, iae(TIME_T));
            add(t, settimeoutPrimitive, String.valueOf(huge), f -> {
                f.fresh().settimeout(huge);
                return null;
            }, iae(TIME_T));
        }
        add(t, settimeout, "MIN_VALUE rounds up to 1 ns", f -> {
            Socket s = f.fresh();
            s.settimeout(Double.valueOf(Double.MIN_VALUE));
            return s.gettimeout();
        }, returns(1e-9));
        add(t, settimeoutPrimitive, "MIN_VALUE rounds up to 1 ns", f -> {
            Socket s = f.fresh();
            s.settimeout(Double.MIN_VALUE);
            return s.gettimeout();
        }, returns(1e-9));
        add(t, settimeoutPrimitive, "int 1 is 1.0", f -> {
            Socket s = f.fresh();
            s.settimeout(1);
            return s.gettimeout();
        }, returns(1.0));
        add(t, settimeout, "null blocks", f -> {
            Socket s = f.fresh();
            s.settimeout(0.0);
            s.settimeout(null);
            return s.gettimeout();
        }, returns(null));
        add(t, settimeout, "null on closed", f -> {
            f.closed().settimeout(null);
            return null;
        }, ebadf());
        add(t, settimeout, "NaN on closed: arguments first", f -> {
            f.closed().settimeout(Double.valueOf(Double.NaN));
            return null;
        }, iae(NAN));
        add(t, settimeoutPrimitive, "NaN on closed: arguments first", f -> {
            f.closed().settimeout(Double.NaN);
            return null;
        }, iae(NAN));
        add(t, settimeoutPrimitive, "closed", f -> {
            f.closed().settimeout(0);
            return null;
        }, ebadf());
        add(t, "Socket.gettimeout()", "closed", f -> f.closed().gettimeout(), returns(null));
        add(t, "Socket.setblocking(boolean)", "closed", f -> {
            f.closed().setblocking(true);
            return null;
        }, ebadf());
        add(t, "Socket.getblocking()", "closed", f -> f.closed().getblocking(), returns(true));
        add(t, "Socket.getsockname()", "closed", f -> f.closed().getsockname(), ebadf());
        add(t, "Socket.getpeername()", "unconnected", f -> f.fresh().getpeername(), os(107, "Transport endpoint is not connected"));
        add(t, "Socket.getpeername()", "closed", f -> f.closed().getpeername(), ebadf());
        add(t, "Socket.family()", "closed", f -> f.closed().family(), returns(Sockets.AF_INET));
        add(t, "Socket.type()", "closed", f -> f.closed().type(), returns(Sockets.SOCK_STREAM));
        add(t, "Socket.proto()", "closed", f -> f.closed().proto(), returns(0));
        add(t, "Socket.toString()", "closed", f -> f.closed().toString(),
                returns("<socket.socket [closed] fd=-1, family=2, type=1, proto=0>"));
        add(t, "Socket.backend()", "closed", f -> f.closed().backend(), returns(Outcome.ANY));
    }

    private static void optionsAndLifecycle(List<FuzzCase> t) {
        int sol = Sockets.SOL_SOCKET;
        int reuse = Sockets.SO_REUSEADDR;
        String setInt = "Socket.setsockopt(int,int,int)";
        add(t, setInt, "closed", f -> {
            f.closed().setsockopt(sol, reuse, 1);
            return null;
        }, ebadf());
        add(t, setInt, "level and name MIN", f -> {
            f.fresh().setsockopt(MIN, MIN, 0);
            return null;
        }, os(92, "Protocol not available"));
        add(t, setInt, "name -1", f -> {
            f.fresh().setsockopt(sol, -1, 0);
            return null;
        }, os(92, "Protocol not available"));
        add(t, setInt, "value MIN on a boolean reads 1", f -> {
            Socket s = f.fresh();
            s.setsockopt(sol, reuse, MIN);
            return s.getsockopt(sol, reuse);
        }, returns(1));
        String setBytes = "Socket.setsockopt(int,int,byte[])";
        add(t, setBytes, "null", f -> {
            f.fresh().setsockopt(sol, reuse, (byte[]) null);
            return null;
        }, npe());
        add(t, setBytes, "null on closed", f -> {
            f.closed().setsockopt(sol, reuse, (byte[]) null);
            return null;
        }, npe());
        add(t, setBytes, "empty", f -> {
            f.fresh().setsockopt(sol, reuse, new byte[0]);
            return null;
        }, einval());
        add(t, setBytes, "1 MiB: the kernel reads an int", f -> {
            f.fresh().setsockopt(sol, reuse, new byte[1 << 20]);
            return null;
        }, returns());
        add(t, setBytes, "closed", f -> {
            f.closed().setsockopt(sol, reuse, new byte[4]);
            return null;
        }, ebadf());
        String getInt = "Socket.getsockopt(int,int)";
        add(t, getInt, "closed", f -> f.closed().getsockopt(sol, reuse), ebadf());
        add(t, getInt, "level and name MIN", f -> f.fresh().getsockopt(MIN, MIN), os(95, "Operation not supported"));
        add(t, getInt, "level MAX", f -> f.fresh().getsockopt(MAX, 1), os(95, "Operation not supported"));
        add(t, getInt, "name -1", f -> f.fresh().getsockopt(sol, -1), os(92, "Protocol not available"));
        String getBytes = "Socket.getsockopt(int,int,int)";
        for (int buflen : new int[] {0, -1, 1025, MAX, MIN}) {
            add(t, getBytes, "buflen " + buflen, f -> f.fresh().getsockopt(sol, reuse, buflen), bare(BUFLEN));
        }
        add(t, getBytes, "buflen MAX on closed: arguments first", f -> f.closed().getsockopt(sol, reuse, MAX), bare(BUFLEN));
        add(t, getBytes, "closed", f -> f.closed().getsockopt(sol, reuse, 4), ebadf());
        add(t, getBytes, "buflen 1024 of an int option", f -> f.fresh().getsockopt(sol, reuse, 1024).length, returns(4));

        add(t, "Socket.getInheritable()", "closed", f -> f.closed().getInheritable(), ebadf());
        add(t, "Socket.setInheritable(boolean)", "closed", f -> {
            f.closed().setInheritable(false);
            return null;
        }, ebadf());
        add(t, "Socket.setInheritable(boolean)", "True", f -> {
            Socket s = f.fresh();
            s.setInheritable(true);
            return s.getInheritable();
        }, returns(true).needing(Capability.INHERITABLE));
        add(t, "Socket.dup()", "closed", f -> f.closed().dup(), ebadf());
        add(t, "Socket.dup()", "open", f -> f.fresh().dup(), returns().needing(Capability.DESCRIPTORS));
        add(t, "Socket.detach()", "closed returns -1", f -> f.closed().detach(), returns(-1));
        add(t, "Socket.detach()", "open", f -> {
            Socket s = f.fresh();
            int fd = s.detach();
            Sockets.close(fd);
            return s.fileno();
        }, returns(-1).needing(Capability.DESCRIPTORS));
    }
}
