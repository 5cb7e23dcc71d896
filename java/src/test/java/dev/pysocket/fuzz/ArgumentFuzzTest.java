package dev.pysocket.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdLeakCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ArgumentFuzzTest: every public method of {@link Socket} and {@link Sockets} fed null,
 * negative, huge (Integer.MAX_VALUE / MIN_VALUE), empty and closed-socket arguments, each
 * asserting the documented outcome: Python's ValueError/TypeError/OverflowError as
 * IllegalArgumentException with Python's message, None as NullPointerException, an OSError
 * with the exact class, errno and message, or a normal return (conformance section 3, R8,
 * R11, R16, R32). Never a JVM crash, never a leaked descriptor: each case must leave
 * /proc/self/fd as it found it, and {@link FdLeakCheck} checks the whole class.
 *
 * <p>The cases are DATA: {@link Cases#all()} is one table of (method, case name, call,
 * expected outcome). To cover a new public method, add rows there; {@link
 * #everyPublicMethodHasACase()} fails until every public method of Socket and Sockets has
 * at least one row, and names the ones missing.
 */
class ArgumentFuzzTest extends BackendTest {

    /** The grace for a descriptor closed asynchronously (the jdk backend's selectors). */
    private static final int FD_GRACE_STEPS = 10;

    @TestFactory
    Stream<DynamicTest> everyCaseRaisesWhatPythonRaises() {
        return Cases.all().stream().map(c -> DynamicTest.dynamicTest(c.method() + " " + c.name(), () -> run(c)));
    }

    private void run(Case c) throws Exception {
        Set<Integer> before = FdLeakCheck.openFds().keySet();
        try (Fixture f = new Fixture()) {
            c.expect().check(c.call(), f, isNative());
        }
        Set<Integer> leaked = new TreeSet<>(FdLeakCheck.openFds().keySet());
        for (int i = 0; i < FD_GRACE_STEPS && !before.containsAll(leaked); i++) {
            Thread.sleep(10);
            leaked = new TreeSet<>(FdLeakCheck.openFds().keySet());
        }
        leaked.removeAll(before);
        assertTrue(leaked.isEmpty(), () -> c.method() + " " + c.name() + " leaked descriptors " + leakedTargets());
    }

    private static Map<Integer, String> leakedTargets() {
        return FdLeakCheck.openFds();
    }

    /** The table must cover every public method of Socket and Sockets, and name only real ones. */
    @Test
    void everyPublicMethodHasACase() {
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : List.of(Socket.class, Sockets.class)) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    methods.add(signature(m));
                }
            }
        }
        Set<String> covered = Cases.all().stream().map(Case::method).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(methods);
        assertTrue(missing.isEmpty(), () -> "public methods without a fuzz case: " + missing);
        assertTrue(unknown.isEmpty(), () -> "fuzz cases naming no public method: " + unknown);
    }

    /** signature: "Socket.recv(int,int)", the key a case names its method by. */
    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }

    /** Call: one invocation against a fixture; its result is checked (and closed if closeable). */
    @FunctionalInterface
    interface Call {
        Object run(Fixture f) throws Exception;
    }

    /** Case: one row of the table. */
    record Case(String method, String name, Call call, Expect expect) {
    }

    /**
     * Fixture: the sockets one case uses, made on demand and all closed afterwards, so a
     * case never leaks what it opened.
     */
    static final class Fixture implements AutoCloseable {
        private final List<AutoCloseable> owned = new ArrayList<>();

        /** fresh: a new, unbound AF_INET stream socket. */
        Socket fresh() throws OSError {
            return own(Sockets.socket());
        }

        /** closed: a socket that has been closed. */
        Socket closed() throws OSError {
            Socket s = Sockets.socket();
            s.close();
            return s;
        }

        /** refusedPort: a loopback port nothing listens on (a bound, non-listening socket holds it). */
        int refusedPort() throws OSError {
            Socket holder = fresh();
            holder.bind(loopback(0));
            return port(holder);
        }

        <T extends AutoCloseable> T own(T c) {
            owned.add(c);
            return c;
        }

        @Override
        public void close() throws OSError {
            for (AutoCloseable c : owned) {
                try {
                    c.close();
                } catch (OSError | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new AssertionError("closing " + c, e);
                }
            }
        }
    }

    /**
     * Expect: the outcome of a call. {@code type == null} means it returns (and
     * {@code value}, unless ANY, is what it returns); otherwise it raises exactly
     * {@code type} with {@code errno} (OSErrors) and {@code message}.
     * {@code jdkUnsupported} means: so on native; on jdk the backend's unsupported OSError.
     */
    record Expect(Class<? extends Throwable> type, int errno, String message, Object value, boolean jdkUnsupported) {
        static final Object ANY = new Object();

        void check(Call call, Fixture f, boolean isNative) {
            if (jdkUnsupported && !isNative) {
                assertJdkUnsupported(() -> closeResult(call.run(f), f));
                return;
            }
            Object result;
            try {
                result = call.run(f);
            } catch (Throwable t) {
                raised(t, isNative);
                return;
            }
            closeResult(result, f);
            if (type != null) {
                fail("expected " + type.getSimpleName() + " " + message + ", but it returned " + describe(result));
            }
            if (value != ANY) {
                assertTrue(Objects.deepEquals(value, result), () -> "expected " + describe(value) + ", returned " + describe(result));
            }
        }

        private void raised(Throwable t, boolean isNative) {
            if (type == null) {
                throw new AssertionError("expected a normal return, raised " + t, t);
            }
            assertEquals(type, t.getClass(), () -> "exception class of " + t);
            if (t instanceof OSError e) {
                assertEquals(errno, e.errno(), () -> "errno of " + e);
            }
            if (message == null) {
                return;
            }
            String m = t.getMessage();
            // A backend may append why it cannot, naming itself (SocketCreationTest's rule).
            boolean jdkSuffix = !isNative && m != null && m.startsWith(message + " (") && m.contains("jdk");
            assertTrue(message.equals(m) || jdkSuffix, () -> "message: expected " + message + ", got " + m);
        }

        private static void closeResult(Object result, Fixture f) {
            if (result instanceof AutoCloseable c) {
                f.own(c);
            }
        }

        private static String describe(Object o) {
            return o instanceof byte[] b ? "byte[" + b.length + "]" : String.valueOf(o);
        }

        /** jdkUnsupported: this outcome on native; the backend's unsupported OSError on jdk. */
        Expect orJdkUnsupported() {
            return new Expect(type, errno, message, value, true);
        }
    }

    /** The table. Messages are CPython 3.11's, as conformance section 3 quotes them. */
    static final class Cases {
        private static final int MAX = Integer.MAX_VALUE;
        private static final int MIN = Integer.MIN_VALUE;
        private static final String PORT = "(): port must be 0-65535.";
        private static final String NAN = "Invalid value NaN (not a number)";
        private static final String RANGE = "Timeout value out of range";
        private static final String TIME_T = "timestamp out of range for platform time_t";
        private static final String BUFLEN = "getsockopt buflen out of range";

        private static final List<Case> ALL = build();

        static List<Case> all() {
            return ALL;
        }

        // ---- outcomes ----

        static Expect iae(String message) {
            return new Expect(IllegalArgumentException.class, 0, message, Expect.ANY, false);
        }

        static Expect npe() {
            return new Expect(NullPointerException.class, 0, null, Expect.ANY, false);
        }

        /** os: OSError.of(errno)'s class with Python's "[Errno N] strerror". */
        static Expect os(int errno, String strerror) {
            return new Expect(OSError.of(errno, strerror).getClass(), errno, "[Errno " + errno + "] " + strerror,
                    Expect.ANY, false);
        }

        static Expect ebadf() {
            return os(9, "Bad file descriptor");
        }

        static Expect einval() {
            return os(22, "Invalid argument");
        }

        /** bare: an OSError without errno, printed as the bare message. */
        static Expect bare(String message) {
            return new Expect(OSError.class, 0, message, Expect.ANY, false);
        }

        static Expect returns() {
            return new Expect(null, 0, null, Expect.ANY, false);
        }

        static Expect returns(Object value) {
            return new Expect(null, 0, null, value, false);
        }

        private static List<Case> build() {
            List<Case> t = new ArrayList<>();
            socketMethods(t);
            socketOptionsAndLifecycle(t);
            moduleFunctions(t);
            return List.copyOf(t);
        }

        private static void add(List<Case> t, String method, String name, Call call, Expect expect) {
            t.add(new Case(method, name, call, expect));
        }

        private static void socketMethods(List<Case> t) {
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
            add(t, "Socket.send(byte[],int)", "null", f -> f.fresh().send(null, 0), npe());
            add(t, "Socket.send(byte[],int)", "closed, all flags", f -> f.closed().send(new byte[1], -1), ebadf());
            add(t, "Socket.send(ByteBuffer)", "null", f -> f.fresh().send((java.nio.ByteBuffer) null), npe());
            add(t, "Socket.send(ByteBuffer)", "closed", f -> f.closed().send(java.nio.ByteBuffer.allocate(0)), ebadf());

            String sendall = "Socket.sendall(byte[])";
            add(t, sendall, "null", f -> {
                f.fresh().sendall((byte[]) null);
                return null;
            }, npe());
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
            add(t, settimeout, "NaN", f -> {
                f.fresh().settimeout(Double.NaN);
                return null;
            }, iae(NAN));
            for (double bad : new double[] {-1.0, -Double.MIN_VALUE, -0x1p32}) {
                add(t, settimeout, String.valueOf(bad), f -> {
                    f.fresh().settimeout(bad);
                    return null;
                }, iae(RANGE));
            }
            for (double huge : new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -1e300}) {
                add(t, settimeout, String.valueOf(huge), f -> {
                    f.fresh().settimeout(huge);
                    return null;
                }, iae(TIME_T));
            }
            add(t, settimeout, "MIN_VALUE rounds up to 1 ns", f -> {
                Socket s = f.fresh();
                s.settimeout(Double.MIN_VALUE);
                return s.gettimeout();
            }, returns(1e-9));
            add(t, settimeout, "null on closed", f -> {
                f.closed().settimeout((Double) null);
                return null;
            }, ebadf());
            add(t, settimeout, "NaN on closed: arguments first", f -> {
                f.closed().settimeout(Double.NaN);
                return null;
            }, iae(NAN));
            String settimeoutD = "Socket.settimeout(Duration)";
            add(t, settimeoutD, "null blocks", f -> {
                Socket s = f.fresh();
                s.settimeout((java.time.Duration) null);
                return s.gettimeout();
            }, returns(null));
            add(t, settimeoutD, "negative", f -> {
                f.fresh().settimeout(java.time.Duration.ofNanos(-1));
                return null;
            }, iae(RANGE));
            add(t, settimeoutD, "huge", f -> {
                f.fresh().settimeout(java.time.Duration.ofSeconds(Long.MAX_VALUE));
                return null;
            }, iae(TIME_T));
            add(t, settimeoutD, "closed", f -> {
                f.closed().settimeout(java.time.Duration.ZERO);
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
            add(t, "Socket.backend()", "closed", f -> f.closed().backend(), returns(Expect.ANY));
        }

        private static void socketOptionsAndLifecycle(List<Case> t) {
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
            }, returns(true).orJdkUnsupported());
            add(t, "Socket.dup()", "closed", f -> f.closed().dup(), ebadf());
            add(t, "Socket.dup()", "open", f -> f.fresh().dup(), returns().orJdkUnsupported());
            add(t, "Socket.detach()", "closed returns -1", f -> f.closed().detach(), returns(-1));
            add(t, "Socket.detach()", "open", f -> {
                Socket s = f.fresh();
                int fd = s.detach();
                Sockets.close(fd);
                return s.fileno();
            }, returns(-1).orJdkUnsupported());
        }

        private static void moduleFunctions(List<Case> t) {
            int inet = Sockets.AF_INET;
            int stream = Sockets.SOCK_STREAM;
            add(t, "Sockets.socket()", "defaults", f -> f.own(Sockets.socket()).family(), returns(inet));
            add(t, "Sockets.socket(int,int)", "family MIN", f -> Sockets.socket(MIN, stream),
                    os(97, "Address family not supported by protocol"));
            add(t, "Sockets.socket(int,int)", "family MAX", f -> Sockets.socket(MAX, stream),
                    os(97, "Address family not supported by protocol"));
            add(t, "Sockets.socket(int,int)", "MAX, MAX: flag bits are checked first", f -> Sockets.socket(MAX, MAX), einval());
            add(t, "Sockets.socket(int,int)", "type 12", f -> Sockets.socket(inet, 12), einval());
            add(t, "Sockets.socket(int,int)", "type MIN", f -> Sockets.socket(inet, MIN), einval());
            add(t, "Sockets.socket(int,int)", "type MAX", f -> Sockets.socket(inet, MAX), einval());
            add(t, "Sockets.socket(int,int)", "-1, -1 are the defaults", f -> {
                Socket s = f.own(Sockets.socket(-1, -1));
                return List.of(s.family(), s.type(), s.proto());
            }, returns(List.of(inet, stream, 0)));
            add(t, "Sockets.socket(int,int,int)", "proto MAX", f -> Sockets.socket(inet, stream, MAX), einval());
            add(t, "Sockets.socket(int,int,int)", "UDP proto on a stream", f -> Sockets.socket(inet, stream, 17),
                    os(93, "Protocol not supported"));
            add(t, "Sockets.socket(int,int,int)", "proto -1 is the default", f -> f.own(Sockets.socket(inet, stream, -1)).proto(),
                    returns(0));
            String wrap = "Sockets.socket(int,int,int,int)";
            add(t, wrap, "fileno -1", f -> Sockets.socket(-1, -1, -1, -1), iae("negative file descriptor"));
            add(t, wrap, "fileno MIN", f -> Sockets.socket(inet, stream, 0, MIN), iae("negative file descriptor"));
            add(t, wrap, "fileno MAX", f -> Sockets.socket(-1, -1, -1, MAX), ebadf().orJdkUnsupported());
            add(t, "Sockets.fromfd(int,int,int)", "fd -1", f -> Sockets.fromfd(-1, inet, stream), ebadf().orJdkUnsupported());
            add(t, "Sockets.fromfd(int,int,int)", "fd MAX", f -> Sockets.fromfd(MAX, MIN, MIN), ebadf().orJdkUnsupported());
            for (int fd : new int[] {-1, MAX, MIN}) {
                add(t, "Sockets.close(int)", "fd " + fd, f -> {
                    Sockets.close(fd);
                    return null;
                }, ebadf().orJdkUnsupported());
                add(t, "Sockets.dup(int)", "fd " + fd, f -> Sockets.dup(fd), ebadf().orJdkUnsupported());
            }

            String cc = "Sockets.createConnection(Address)";
            add(t, cc, "null", f -> Sockets.createConnection(null), npe());
            add(t, cc, "null host", f -> Sockets.createConnection(Address.of(null, 80)), npe());
            add(t, cc, "port -1", f -> Sockets.createConnection(Address.of("127.0.0.1", -1)),
                    new Expect(dev.pysocket.GaiError.class, -8, "[Errno -8] Servname not supported for ai_socktype",
                            Expect.ANY, false));
            add(t, cc, "empty host", f -> Sockets.createConnection(Address.of("", 80)),
                    new Expect(dev.pysocket.GaiError.class, -2, "[Errno -2] Name or service not known", Expect.ANY, false));
            add(t, cc, "refused", f -> Sockets.createConnection(loopback(f.refusedPort())), os(111, "Connection refused"));
            String cct = "Sockets.createConnection(Address,Double)";
            add(t, cct, "NaN", f -> Sockets.createConnection(loopback(9), Double.NaN), iae(NAN));
            add(t, cct, "negative", f -> Sockets.createConnection(loopback(9), -1.0), iae(RANGE));
            add(t, cct, "infinite", f -> Sockets.createConnection(loopback(9), Double.POSITIVE_INFINITY), iae(TIME_T));
            add(t, cct, "null timeout, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), null),
                    os(111, "Connection refused"));
            String ccs = "Sockets.createConnection(Address,Double,Address)";
            add(t, ccs, "bad source port", f -> Sockets.createConnection(loopback(f.refusedPort()), 1.0,
                    Address.of("127.0.0.1", -1)), iae("bind" + PORT));
            String cca = "Sockets.createConnection(Address,Double,Address,boolean)";
            add(t, cca, "all errors, refused", f -> Sockets.createConnection(loopback(f.refusedPort()), 1.0, null, true),
                    bare("create_connection failed"));
            add(t, cca, "null address", f -> Sockets.createConnection(null, 1.0, null, true), npe());

            String cs = "Sockets.createServer(Address)";
            add(t, cs, "null", f -> Sockets.createServer(null), npe());
            add(t, cs, "port MAX", f -> Sockets.createServer(Address.of("127.0.0.1", MAX)), iae("bind" + PORT));
            String cs5 = "Sockets.createServer(Address,int,Integer,boolean,boolean)";
            add(t, cs5, "family MIN", f -> Sockets.createServer(loopback(0), MIN, null, false, false),
                    os(97, "Address family not supported by protocol"));
            add(t, cs5, "backlog MIN is clamped", f -> f.own(Sockets.createServer(loopback(0), inet, MIN, false, false)).family(),
                    returns(inet));
            add(t, cs5, "dualstack with AF_INET", f -> {
                // Which ValueError depends on the backend's dual-stack support, probed now.
                String expected = Sockets.hasDualstackIpv6() ? "dualstack_ipv6 requires AF_INET6 family"
                        : "dualstack_ipv6 not supported on this platform";
                try {
                    return f.own(Sockets.createServer(loopback(0), inet, null, false, true));
                } catch (IllegalArgumentException e) {
                    return expected.equals(e.getMessage()) ? "raised the expected ValueError" : e;
                }
            }, returns("raised the expected ValueError"));
            add(t, "Sockets.hasDualstackIpv6()", "probe", f -> Sockets.hasDualstackIpv6(), returns());

            add(t, "Sockets.getdefaulttimeout()", "initially None", f -> Sockets.getdefaulttimeout(), returns(null));
            String sdt = "Sockets.setdefaulttimeout(Double)";
            add(t, sdt, "NaN", f -> {
                Sockets.setdefaulttimeout(Double.NaN);
                return null;
            }, iae(NAN));
            add(t, sdt, "negative", f -> {
                Sockets.setdefaulttimeout(-1.0);
                return null;
            }, iae(RANGE));
            add(t, sdt, "infinite", f -> {
                Sockets.setdefaulttimeout(Double.POSITIVE_INFINITY);
                return null;
            }, iae(TIME_T));
            add(t, sdt, "null", f -> {
                Sockets.setdefaulttimeout(null);
                return Sockets.getdefaulttimeout();
            }, returns(null));
            add(t, "Sockets.backend()", "name", f -> Sockets.backend(), returns());
            add(t, "Sockets.has(String)", "null", f -> Sockets.has(null), npe());
            add(t, "Sockets.has(String)", "empty", f -> Sockets.has(""), returns(false));
            add(t, "Sockets.has(String)", "AF_INET", f -> Sockets.has("AF_INET"), returns(true));
        }
    }
}
