package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.bare;
import static dev.pysocket.fuzz.Outcome.ebadf;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.PORT;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.socketserver.BaseRequestHandler;
import dev.pysocket.socketserver.BaseServer;
import dev.pysocket.socketserver.DatagramRequest;
import dev.pysocket.socketserver.HandlerFactory;
import dev.pysocket.socketserver.TCPServer;
import dev.pysocket.socketserver.ThreadingTCPServer;
import dev.pysocket.socketserver.UDPServer;
import dev.pysocket.socketserver.UnixDatagramServer;
import dev.pysocket.socketserver.UnixStreamServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * SocketServerCases: the fuzz rows of socketserver (docs/python-semantics.md R47-R50): bad
 * server addresses, a null handler factory, poll intervals and timeouts that are negative, NaN
 * or infinite, listen backlogs at the ends of int, and calls after serverClose, each with what
 * CPython 3.11's socketserver raises for the same call (asked of python3 itself). Every
 * serveForever runs on a thread of its own and is stopped by shutdown after a moment, so a row
 * that loops where Python raises fails instead of hanging.
 */
final class SocketServerCases {
    private static final HandlerFactory<Socket> STREAM = () -> new BaseRequestHandler<Socket>() { };
    private static final HandlerFactory<DatagramRequest> DATAGRAM = () -> new BaseRequestHandler<DatagramRequest>() { };
    private static final String SERVED = "served until shutdown";
    private static final String BAD_FD = "Invalid file descriptor: -1";

    private SocketServerCases() {
    }

    /** rows: every socketserver case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        addressRows(t);
        intervalRows(t);
        queueRows(t);
        afterCloseRows(t);
        return t;
    }

    private static void addressRows(List<FuzzCase> t) {
        String tcp = "TCPServer(Address,HandlerFactory)";
        add(t, tcp, "null address", f -> new TCPServer(null, STREAM), npe());
        add(t, tcp, "null handler factory", f -> new TCPServer(Fixture.loopback(0), null), npe());
        for (int port : new int[] {-1, 65536, MAX, MIN}) {
            add(t, tcp, "port " + port, f -> new TCPServer(Fixture.loopback(port), STREAM), iae("bind" + PORT));
        }
        add(t, tcp, "str address", f -> new TCPServer(Address.unix("/tmp/pysocket-fuzz"), STREAM),
                iae("bind(): AF_INET address must be tuple, not str"));
        add(t, tcp, "unknown host", f -> new TCPServer(Address.of("no.such.host.invalid", 0), STREAM),
                Outcome.gai(-2, "Name or service not known"));
        add(t, tcp, "IPv6 host on AF_INET", f -> new TCPServer(Address.of("::1", 0), STREAM),
                Outcome.gai(-9, "Address family for hostname not supported"));
        add(t, tcp, "address not on this host", f -> new TCPServer(Address.of("192.0.2.1", 0), STREAM),
                os(99, "Cannot assign requested address"));
        add(t, tcp, "port in use", f -> {
            TCPServer first = f.own(new TCPServer(Fixture.loopback(0), STREAM));
            return new TCPServer(first.serverAddress(), STREAM);
        }, os(98, "Address already in use"));
        add(t, "UDPServer(Address,HandlerFactory)", "port -1", f -> new UDPServer(Fixture.loopback(-1), DATAGRAM),
                iae("bind" + PORT));
        add(t, "UDPServer(Address,HandlerFactory)", "null handler factory",
                f -> new UDPServer(Fixture.loopback(0), null), npe());
        add(t, "ThreadingTCPServer(Address,HandlerFactory)", "null handler factory",
                f -> new ThreadingTCPServer(Fixture.loopback(0), null), npe());
        add(t, "UnixStreamServer(Address,HandlerFactory)", "path too long",
                f -> new UnixStreamServer(Address.unix("/tmp/" + "x".repeat(200)), STREAM), bare("AF_UNIX path too long"));
        add(t, "UnixStreamServer(Address,HandlerFactory)", "missing directory",
                f -> new UnixStreamServer(Address.unix("/nonexistent/dir/sock"), STREAM),
                os(2, "No such file or directory"));
        add(t, "UnixDatagramServer(Address,HandlerFactory)", "missing directory",
                f -> new UnixDatagramServer(Address.unix("/nonexistent/dir/sock"), DATAGRAM),
                os(2, "No such file or directory").needing(Capability.UNIX_DATAGRAM));
    }

    private static void intervalRows(List<FuzzCase> t) {
        String serve = "BaseServer.serveForever(double)";
        add(t, serve, "NaN", f -> serveBriefly(tcp(f), Double.NaN), iae("cannot convert float NaN to integer"));
        add(t, serve, "infinite", f -> serveBriefly(tcp(f), Double.POSITIVE_INFINITY),
                iae("cannot convert float infinity to integer"));
        add(t, serve, "1e300 s", f -> serveBriefly(tcp(f), 1e300),
                iae("timestamp too large to convert to C _PyTime_t"));
        add(t, serve, "3e6 s", f -> serveBriefly(tcp(f), 3e6), iae("timeout is too large"));
        for (double interval : new double[] {-1.0, Double.NEGATIVE_INFINITY, 0.0, 1e-9}) {
            add(t, serve, interval + " only looks, until shutdown", f -> serveBriefly(tcp(f), interval), returns(SERVED));
        }
        add(t, serve, "NaN, then shutdown returns", f -> {
            TCPServer s = tcp(f);
            try {
                serveBriefly(s, Double.NaN);
            } catch (IllegalArgumentException e) {
                return shutdownBounded(s);
            }
            return false;
        }, returns(true));
        add(t, "BaseServer.handleRequest()", "timeout NaN", f -> {
            TCPServer s = tcp(f);
            s.setTimeout(Double.NaN);
            s.handleRequest();
            return null;
        }, iae("cannot convert float NaN to integer"));
        add(t, "BaseServer.handleRequest()", "timeout -1 times out at once", f -> {
            boolean[] timedOut = new boolean[1];
            TCPServer s = f.own(new TCPServer(Fixture.loopback(0), STREAM) {
                @Override
                public void handleTimeout() {
                    timedOut[0] = true;
                }
            });
            s.setTimeout(-1.0);
            s.handleRequest();
            return timedOut[0];
        }, returns(true));
    }

    private static void queueRows(List<FuzzCase> t) {
        for (int size : new int[] {-1, 0, MAX, MIN}) {
            add(t, "TCPServer.setRequestQueueSize(int)", "backlog " + size + " listens", f -> {
                TCPServer s = f.own(new TCPServer(Fixture.loopback(0), STREAM, false));
                s.setRequestQueueSize(size);
                s.serverBind();
                s.serverActivate();
                return s.requestQueueSize();
            }, returns(size));
        }
    }

    private static void afterCloseRows(List<FuzzCase> t) {
        add(t, "BaseServer.fileno()", "after serverClose", f -> closedTcp(f).fileno(), returns(-1));
        add(t, "BaseServer.serveForever(double)", "after serverClose", f -> serveBriefly(closedTcp(f), 0.1), iae(BAD_FD));
        add(t, "BaseServer.handleRequest()", "after serverClose", f -> {
            closedTcp(f).handleRequest();
            return null;
        }, iae(BAD_FD));
        add(t, "BaseServer.shutdown()", "after serverClose, never served", f -> shutdownBounded(closedTcp(f)),
                returns(true));
        add(t, "BaseServer.serverClose()", "TCPServer twice", f -> {
            TCPServer s = closedTcp(f);
            s.serverClose();
            return s.socket().fileno();
        }, returns(-1));
        add(t, "SocketServer.serverBind()", "after serverClose", f -> {
            closedTcp(f).serverBind();
            return null;
        }, ebadf());
        add(t, "TCPServer.serverActivate()", "after serverClose", f -> {
            closedTcp(f).serverActivate();
            return null;
        }, ebadf());
        add(t, "ThreadingTCPServer.serverClose()", "twice", f -> {
            ThreadingTCPServer s = f.own(new ThreadingTCPServer(Fixture.loopback(0), STREAM));
            s.serverClose();
            s.serverClose();
            return s.fileno();
        }, returns(-1));
        add(t, "BaseServer.handleRequest()", "ThreadingTCPServer after serverClose", f -> {
            ThreadingTCPServer s = f.own(new ThreadingTCPServer(Fixture.loopback(0), STREAM));
            s.serverClose();
            s.handleRequest();
            return null;
        }, iae(BAD_FD));
        add(t, "BaseServer.serveForever(double)", "UDPServer after serverClose", f -> {
            UDPServer s = f.own(new UDPServer(Fixture.loopback(0), DATAGRAM));
            s.serverClose();
            return serveBriefly(s, 0.1);
        }, iae(BAD_FD));
    }

    private static TCPServer tcp(Fixture f) throws OSError {
        return f.own(new TCPServer(Fixture.loopback(0), STREAM));
    }

    private static TCPServer closedTcp(Fixture f) throws OSError {
        TCPServer s = tcp(f);
        s.serverClose();
        return s;
    }

    /**
     * serveBriefly: serveForever(pollInterval) on a thread of its own; what it raises is raised
     * here, and a loop still running after 0.3 s is stopped with shutdown ({@link #SERVED}).
     */
    private static String serveBriefly(BaseServer<?> s, double pollInterval) throws Exception {
        FutureTask<String> loop = new FutureTask<>(() -> {
            s.serveForever(pollInterval);
            return SERVED;
        });
        Thread runner = new Thread(loop, "fuzz serveForever(" + pollInterval + ")");
        runner.setDaemon(true);
        runner.start();
        try {
            return loop.get(300, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillServing) {
            if (!shutdownBounded(s)) {
                throw new AssertionError("shutdown() did not end serveForever(" + pollInterval + ") within 5 s");
            }
            return loop.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            runner.join(5000);
        }
    }

    /** shutdownBounded: shutdown() from a helper thread; false if it did not return within 5 s. */
    private static boolean shutdownBounded(BaseServer<?> s) throws InterruptedException {
        Thread stopper = new Thread(() -> {
            try {
                s.shutdown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "fuzz shutdown");
        stopper.setDaemon(true);
        stopper.start();
        stopper.join(5000);
        return !stopper.isAlive();
    }
}
