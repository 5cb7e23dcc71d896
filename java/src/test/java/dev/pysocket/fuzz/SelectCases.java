package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.NAN;
import static dev.pysocket.fuzz.Rows.TIME_T;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * SelectCases: the fuzz rows of the select package (docs/python-semantics.md R38-R42): select's
 * lists and timeouts, poll's masks and millisecond timeouts, epoll's masks, timeouts, maxevents
 * and closed state, with CPython 3.11's messages. Epoll rows need {@link Capability#EPOLL}, raw
 * descriptors {@link Capability#DESCRIPTORS}. Every wait either has something ready or looks
 * only, so no row blocks.
 */
final class SelectCases {
    private static final List<Socket> NONE = List.of();
    private static final String NEGATIVE_FD = "file descriptor cannot be a negative integer (-1)";
    private static final String CLOSED_EPOLL = "I/O operation on closed epoll object";

    private SelectCases() {
    }

    /** rows: every select, poll and epoll case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        selectRows(t);
        pollRows(t);
        epollRows(t);
        return t;
    }

    private static void selectRows(List<FuzzCase> t) {
        String sel = "Select.select(List,List,List,Double)";
        add(t, sel, "null list", f -> Select.select(null, NONE, NONE, 0.0), npe());
        add(t, sel, "null element", f -> Select.select(Arrays.asList((Socket) null), NONE, NONE, 0.0), npe());
        add(t, sel, "closed socket", f -> Select.select(List.of(f.closed()), NONE, NONE, 0.0), iae(NEGATIVE_FD));
        add(t, sel, "negative timeout", f -> Select.select(NONE, NONE, NONE, -0.5), iae("timeout must be non-negative"));
        add(t, sel, "NaN", f -> Select.select(NONE, NONE, NONE, Double.NaN), iae(NAN));
        add(t, sel, "infinite", f -> Select.select(NONE, NONE, NONE, Double.POSITIVE_INFINITY), iae(TIME_T));
        add(t, sel, "-infinite", f -> Select.select(NONE, NONE, NONE, Double.NEGATIVE_INFINITY), iae(TIME_T));
        add(t, sel, "fresh socket is readable and writable",
                f -> Select.select(List.of(f.fresh()), List.of(), List.of(), 0.0).r().size(), returns(1));
        add(t, sel, "empty lists, None would block: 0 looks", f -> Select.select(NONE, NONE, NONE, 0.0).r(),
                returns(List.of()));
        String fds = "Select.selectFds(List,List,List,Double)";
        add(t, fds, "negative fd", f -> Select.selectFds(List.of(-1), List.of(), List.of(), 0.0), iae(NEGATIVE_FD));
        add(t, fds, "MIN fd", f -> Select.selectFds(List.of(MIN), List.of(), List.of(), 0.0),
                iae("file descriptor cannot be a negative integer (" + MIN + ")"));
        add(t, fds, "FD_SETSIZE", f -> Select.selectFds(List.of(Select.FD_SETSIZE), List.of(), List.of(), 0.0),
                iae("filedescriptor out of range in select()").needing(Capability.DESCRIPTORS));
        add(t, fds, "MAX fd", f -> Select.selectFds(List.of(), List.of(MAX), List.of(), 0.0),
                iae("filedescriptor out of range in select()").needing(Capability.DESCRIPTORS));
        add(t, fds, "null element", f -> Select.selectFds(Arrays.asList((Integer) null), List.of(), List.of(), 0.0),
                npe());
        add(t, fds, "a socket's descriptor", f -> Select.selectFds(List.of(), List.of(f.fresh().fileno()), List.of(),
                0.0).w().size(), returns(1).needing(Capability.DESCRIPTORS));
    }

    private static void pollRows(List<FuzzCase> t) {
        add(t, "Poll.register(Socket)", "null", f -> {
            new Poll().register((Socket) null);
            return null;
        }, npe());
        add(t, "Poll.register(Socket)", "closed", f -> {
            new Poll().register(f.closed());
            return null;
        }, iae(NEGATIVE_FD));
        String reg = "Poll.register(Socket,int)";
        for (int mask : new int[] {-1, MIN}) {
            add(t, reg, "mask " + mask, f -> {
                new Poll().register(f.fresh(), mask);
                return null;
            }, iae("value must be positive"));
        }
        for (int mask : new int[] {65536, MAX}) {
            add(t, reg, "mask " + mask, f -> {
                new Poll().register(f.fresh(), mask);
                return null;
            }, iae("Python int too large for C unsigned short"));
        }
        add(t, reg, "mask 65535", f -> {
            new Poll().register(f.fresh(), 65535);
            return null;
        }, returns());
        add(t, "Poll.register(int)", "negative", f -> {
            new Poll().register(-1);
            return null;
        }, iae(NEGATIVE_FD));
        add(t, "Poll.register(int)", "a socket's descriptor", f -> {
            new Poll().register(f.fresh().fileno());
            return null;
        }, returns().needing(Capability.DESCRIPTORS));
        add(t, "Poll.register(int,int)", "MIN fd", f -> {
            new Poll().register(MIN, 1);
            return null;
        }, iae("file descriptor cannot be a negative integer (" + MIN + ")"));
        add(t, "Poll.register(int,int)", "bad mask", f -> {
            new Poll().register(0, -1);
            return null;
        }, iae("value must be positive"));
        add(t, "Poll.modify(Socket,int)", "unregistered", f -> {
            new Poll().modify(f.fresh(), 1);
            return null;
        }, os(Errno.ENOENT, "No such file or directory"));
        add(t, "Poll.modify(Socket,int)", "null", f -> {
            new Poll().modify(null, 1);
            return null;
        }, npe());
        add(t, "Poll.modify(int,int)", "negative", f -> {
            new Poll().modify(-1, 1);
            return null;
        }, iae(NEGATIVE_FD));
        add(t, "Poll.modify(int,int)", "mask before lookup", f -> {
            new Poll().modify(5, MAX);
            return null;
        }, iae("Python int too large for C unsigned short"));
        add(t, "Poll.unregister(Socket)", "unregistered", f -> {
            Socket s = f.fresh();
            try {
                new Poll().unregister(s);
            } catch (java.util.NoSuchElementException e) {
                return e.getMessage().equals(Integer.toString(s.fileno()));
            }
            return null;
        }, returns(true));
        add(t, "Poll.unregister(Socket)", "closed", f -> {
            new Poll().unregister(f.closed());
            return null;
        }, iae(NEGATIVE_FD));
        add(t, "Poll.unregister(int)", "negative", f -> {
            new Poll().unregister(MIN);
            return null;
        }, iae("file descriptor cannot be a negative integer (" + MIN + ")"));
        add(t, "Poll.poll()", "a fresh socket is ready at once", f -> {
            Poll p = new Poll();
            p.register(f.fresh(), Select.POLLOUT);
            return p.poll().size();
        }, returns(1));
        add(t, "Poll.poll(Integer)", "null with a ready socket", f -> {
            Poll p = new Poll();
            p.register(f.fresh(), Select.POLLOUT);
            return p.poll((Integer) null).size();
        }, returns(1));
        add(t, "Poll.poll(Integer)", "MIN blocks: with a ready socket", f -> {
            Poll p = new Poll();
            p.register(f.fresh(), Select.POLLOUT);
            return p.poll(Integer.valueOf(MIN)).size();
        }, returns(1));
        add(t, "Poll.poll(double)", "NaN", f -> new Poll().poll(Double.NaN), iae(NAN));
        add(t, "Poll.poll(double)", "infinite", f -> new Poll().poll(Double.POSITIVE_INFINITY), iae(TIME_T));
        add(t, "Poll.poll(double)", "2^31 ms", f -> new Poll().poll(2147483648.0), iae("timeout is too large"));
        add(t, "Poll.poll(double)", "-2^31 - 1 ms", f -> new Poll().poll(-2147483649.0), iae("timeout is too large"));
        add(t, "Poll.poll(double)", "0.0 with nothing registered", f -> new Poll().poll(0.0), returns(List.of()));
    }

    private static Epoll epoll(Fixture f) throws OSError {
        return f.own(new Epoll());
    }

    private static void epollRows(List<FuzzCase> t) {
        add(t, "Epoll.register(Socket)", "null", f -> {
            epoll(f).register((Socket) null);
            return null;
        }, npe().needing(Capability.EPOLL));
        add(t, "Epoll.register(Socket)", "closed socket", f -> {
            epoll(f).register(f.closed());
            return null;
        }, iae(NEGATIVE_FD).needing(Capability.EPOLL));
        add(t, "Epoll.register(Socket,long)", "mask -1", f -> {
            epoll(f).register(f.fresh(), -1L);
            return null;
        }, os(Errno.EINVAL, "Invalid argument").needing(Capability.EPOLL));
        add(t, "Epoll.register(Socket,long)", "mask 2^32 counts as 0", f -> {
            epoll(f).register(f.fresh(), 1L << 32);
            return null;
        }, returns().needing(Capability.EPOLL));
        add(t, "Epoll.register(int)", "negative", f -> {
            epoll(f).register(-1);
            return null;
        }, iae(NEGATIVE_FD).needing(Capability.EPOLL));
        add(t, "Epoll.register(int,long)", "MAX fd", f -> {
            epoll(f).register(MAX, Select.EPOLLIN);
            return null;
        }, os(Errno.EBADF, "Bad file descriptor").needing(Capability.EPOLL));
        add(t, "Epoll.modify(Socket,long)", "unregistered", f -> {
            epoll(f).modify(f.fresh(), Select.EPOLLIN);
            return null;
        }, os(Errno.ENOENT, "No such file or directory").needing(Capability.EPOLL));
        add(t, "Epoll.modify(int,long)", "negative", f -> {
            epoll(f).modify(-1, Select.EPOLLIN);
            return null;
        }, iae(NEGATIVE_FD).needing(Capability.EPOLL));
        add(t, "Epoll.unregister(Socket)", "unregistered", f -> {
            epoll(f).unregister(f.fresh());
            return null;
        }, os(Errno.ENOENT, "No such file or directory").needing(Capability.EPOLL));
        add(t, "Epoll.unregister(int)", "negative", f -> {
            epoll(f).unregister(MIN);
            return null;
        }, iae("file descriptor cannot be a negative integer (" + MIN + ")").needing(Capability.EPOLL));
        add(t, "Epoll.poll()", "a fresh socket is ready at once", f -> {
            Epoll ep = epoll(f);
            ep.register(f.fresh(), Select.EPOLLOUT);
            return ep.poll().size();
        }, returns(1).needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double)", "NaN", f -> epoll(f).poll(Double.NaN), iae(NAN).needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double)", "-infinite", f -> epoll(f).poll(Double.NEGATIVE_INFINITY),
                iae(TIME_T).needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double)", "3e6 s", f -> epoll(f).poll(3e6), iae("timeout is too large").needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double)", "-0.0005 only looks", f -> epoll(f).poll(-0.0005),
                returns(List.of()).needing(Capability.EPOLL));
        for (int max : new int[] {0, -2, MIN}) {
            add(t, "Epoll.poll(Double,int)", "maxevents " + max, f -> epoll(f).poll(0.0, max),
                    iae("maxevents must be greater than 0, got " + max).needing(Capability.EPOLL));
        }
        add(t, "Epoll.poll(Double,int)", "maxevents above Linux's limit", f -> epoll(f).poll(0.0, MAX),
                os(Errno.EINVAL, "Invalid argument").needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double,int)", "maxevents at Linux's limit", f -> epoll(f).poll(0.0, MAX / 12),
                returns(List.of()).needing(Capability.EPOLL));
        add(t, "Epoll.poll(Double,int)", "closed before timeout", f -> {
            Epoll ep = epoll(f);
            ep.close();
            return ep.poll(Double.NaN, 0);
        }, iae(CLOSED_EPOLL).needing(Capability.EPOLL));
        add(t, "Epoll.fileno()", "closed", f -> {
            Epoll ep = epoll(f);
            ep.close();
            return ep.fileno();
        }, iae(CLOSED_EPOLL).needing(Capability.EPOLL));
        add(t, "Epoll.close()", "twice", f -> {
            Epoll ep = epoll(f);
            ep.close();
            ep.close();
            return ep.closed();
        }, returns(true).needing(Capability.EPOLL));
        add(t, "Epoll.closed()", "open", f -> epoll(f).closed(), returns(false).needing(Capability.EPOLL));
        add(t, "Epoll.fromfd(int)", "-1 makes a new epoll", f -> f.own(Epoll.fromfd(-1)).closed(),
                returns(false).needing(Capability.EPOLL));
        for (int fd : new int[] {-2, MIN}) {
            add(t, "Epoll.fromfd(int)", "fd " + fd, f -> Epoll.fromfd(fd),
                    os(0, "Error").needing(Capability.EPOLL));
        }
        add(t, "Epoll.fromfd(int)", "MAX fd: wrapped, its poll EBADF", f -> f.own(Epoll.fromfd(MAX)).poll(0.0),
                os(Errno.EBADF, "Bad file descriptor").needing(Capability.EPOLL));
        add(t, "Epoll.toString()", "repr", f -> epoll(f).toString(),
                returns("<select.epoll object>").needing(Capability.EPOLL));
    }
}
