package dev.pysocket.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.EpollSelector;
import dev.pysocket.selectors.PollSelector;
import dev.pysocket.selectors.SelectSelector;
import dev.pysocket.socketserver.BaseServer;
import dev.pysocket.socketserver.SocketServer;
import dev.pysocket.socketserver.TCPServer;
import dev.pysocket.socketserver.ThreadingTCPServer;
import dev.pysocket.socketserver.UDPServer;
import dev.pysocket.socketserver.UnixDatagramServer;
import dev.pysocket.socketserver.UnixStreamServer;
import java.lang.reflect.Constructor;
import dev.pysocket.support.BackendTest;
import dev.pysocket.support.FdLeakCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * ArgumentFuzzTest: every public method of {@link Socket} and {@link Sockets} fed null,
 * negative, huge (Integer.MAX_VALUE / MIN_VALUE lengths), empty and closed-socket arguments,
 * asserting the documented outcome of each: IllegalArgumentException with Python's message
 * (ValueError/TypeError/OverflowError), NullPointerException for None, an OSError with the
 * exact class, errno and message, or a normal return (docs/python-semantics.md §3, R8, R11, R16,
 * R32). Never a JVM crash, never a leaked descriptor: each case must leave /proc/self/fd as
 * it found it, and {@link FdLeakCheck} checks the whole class per backend.
 *
 * <p>DATA-DRIVEN: the cases are rows of {@link FuzzCase} in {@link SocketCases} and
 * {@link ModuleCases} (one file per API surface; add a file to {@link #table()} for a new
 * one). {@link #everyPublicMethodHasACase()} fails, naming them, while any public method of
 * Socket or Sockets has no row.
 */
class ArgumentFuzzTest extends BackendTest {
    /** Grace for a descriptor the jdk backend closes asynchronously (its selectors). */
    private static final int FD_GRACE_STEPS = 10;

    /** table: every row, from every case file. */
    static List<FuzzCase> table() {
        List<FuzzCase> all = new ArrayList<>();
        all.addAll(SocketCases.rows());
        all.addAll(ModuleCases.rows());
        all.addAll(DatagramCases.rows());
        all.addAll(PairCases.rows());
        all.addAll(ResolverCases.rows());
        all.addAll(SendfileCases.rows());
        all.addAll(MessageCases.rows());
        all.addAll(MakefileCases.rows());
        all.addAll(SelectCases.rows());
        all.addAll(SelectorCases.rows());
        all.addAll(SocketServerCases.rows());
        return all;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHasPythonsOutcome() {
        return table().stream().map(c -> DynamicTest.dynamicTest(c.method() + ": " + c.name(), () -> run(c)));
    }

    private void run(FuzzCase c) throws Exception {
        Map<Integer, String> before = FdLeakCheck.openFds();
        try (Fixture f = new Fixture()) {
            Capability needs = c.expect().needs();
            if (needs != null && !has(needs)) { // a table row cannot carry @Requires: the runner asks
                assertUnsupported(needs, () -> {
                    if (c.call().run(f) instanceof AutoCloseable r) {
                        f.own(r);
                    }
                });
            } else {
                c.expect().check(c.call(), f, isNative());
            }
        }
        Map<Integer, String> leaked = newDescriptors(before);
        for (int i = 0; i < FD_GRACE_STEPS && !leaked.isEmpty(); i++) {
            Thread.sleep(10);
            leaked = newDescriptors(before);
        }
        Map<Integer, String> left = leaked;
        assertTrue(left.isEmpty(), () -> c.method() + ": " + c.name() + " leaked descriptors " + left);
    }

    /** newDescriptors: fd -> target of descriptors not open before, minus the JVM's own (FdLeakCheck's rule). */
    private static Map<Integer, String> newDescriptors(Map<Integer, String> before) {
        Map<Integer, String> now = new TreeMap<>(FdLeakCheck.openFds());
        now.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
        now.values().removeIf(FdLeakCheck::jvmOwned); // lazily opened JVM files, openFds' own listing
        return now;
    }

    /**
     * The table covers every public method of Socket, Sockets, select's and selectors' classes,
     * and names only real ones (socketserver's rows may name a constructor; its methods need not
     * all have rows).
     */
    @Test
    void everyPublicMethodHasACase() {
        Set<String> methods = publicMethods(List.of(Socket.class, Sockets.class, Select.class, Poll.class, Epoll.class,
                BaseSelector.class, DefaultSelector.class, SelectSelector.class, PollSelector.class, EpollSelector.class));
        Set<String> known = new TreeSet<>(methods);
        List<Class<?>> servers = List.of(BaseServer.class, SocketServer.class, TCPServer.class, ThreadingTCPServer.class,
                UDPServer.class, UnixStreamServer.class, UnixDatagramServer.class);
        known.addAll(publicMethods(servers));
        for (Class<?> type : servers) {
            for (Constructor<?> c : type.getConstructors()) {
                known.add(type.getSimpleName() + Arrays.stream(c.getParameterTypes())
                        .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")")));
            }
        }
        Set<String> covered = table().stream().map(FuzzCase::method).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missing = new TreeSet<>(methods);
        missing.removeAll(covered);
        Set<String> unknown = new TreeSet<>(covered);
        unknown.removeAll(known);
        assertTrue(missing.isEmpty(), () -> "public methods without a fuzz case: " + missing);
        assertTrue(unknown.isEmpty(), () -> "fuzz cases naming no public method: " + unknown);
    }

    private static Set<String> publicMethods(List<Class<?>> types) {
        Set<String> methods = new TreeSet<>();
        for (Class<?> type : types) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    methods.add(signature(m));
                }
            }
        }
        return methods;
    }

    /** signature: "Socket.recv(int,int)", the key a case names its method by. */
    static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(",", "(", ")"));
    }
}
