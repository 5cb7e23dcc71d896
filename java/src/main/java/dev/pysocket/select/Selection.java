package dev.pysocket.select;

import static dev.pysocket.internal.Os.POLLERR;
import static dev.pysocket.internal.Os.POLLHUP;
import static dev.pysocket.internal.Os.POLLIN;
import static dev.pysocket.internal.Os.POLLNVAL;
import static dev.pysocket.internal.Os.POLLOUT;
import static dev.pysocket.internal.Os.POLLPRI;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.jdk.JdkReadiness;
import dev.pysocket.internal.posix.NativeSelect;
import java.util.ArrayList;
import java.util.List;

/**
 * Selection: one {@link Select#select} call, as CPython's select_select_impl makes it: the
 * timeout is checked first, then each list's entries in order (seq2set); the ready entries are
 * the objects passed in, once per listing. Native: select(2) over three fd_sets. jdk: one
 * Selector ({@link JdkReadiness}), readable and writable mapped as Linux's select maps poll
 * bits (POLLHUP and POLLERR count as readable, POLLERR as writable).
 */
final class Selection {
    private static final int READABLE = POLLIN | POLLHUP | POLLERR;
    private static final int WRITABLE = POLLOUT | POLLERR;
    private static final int[] ASKED = {POLLIN, POLLOUT, POLLPRI};

    private Selection() {
    }

    static <T> SelectResult<T> run(List<? extends T> rlist, List<? extends T> wlist, List<? extends T> xlist,
            Double timeout) throws OSError {
        long timeoutNs = Waits.select(timeout);
        List<List<? extends T>> lists = List.of(rlist, wlist, xlist);
        int total = rlist.size() + wlist.size() + xlist.size();
        int[] fds = new int[total];
        SocketImpl[] impls = new SocketImpl[total];
        String backend = backendOf(lists);
        int i = 0;
        for (List<? extends T> list : lists) {
            for (T target : list) {
                SocketImpl impl = Targets.impl(target);
                int fd = Targets.fd(target);
                Targets.checkBackend(impl, backend, "select()");
                if (backend.equals("native") && fd >= NativeSelect.FD_SETSIZE) {
                    throw new IllegalArgumentException("filedescriptor out of range in select()");
                }
                fds[i] = fd;
                impls[i] = impl;
                i++;
            }
        }
        boolean[] ready = backend.equals("native") ? selectNative(lists, fds, timeoutNs)
                : selectJdk(lists, impls, timeoutNs);
        List<List<T>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        i = 0;
        for (int l = 0; l < 3; l++) {
            for (T target : lists.get(l)) {
                if (ready[i++]) {
                    out.get(l).add(target);
                }
            }
        }
        return new SelectResult<>(out.get(0), out.get(1), out.get(2));
    }

    /**
     * backendOf: the backend of the first socket listed; with none (raw descriptors, or nothing
     * to wait on), the one new sockets use.
     */
    private static <T> String backendOf(List<List<? extends T>> lists) {
        for (List<? extends T> list : lists) {
            for (T target : list) {
                if (target instanceof dev.pysocket.Socket) {
                    return Targets.impl(target).backendName();
                }
            }
        }
        return Backends.name();
    }

    private static <T> boolean[] selectNative(List<List<? extends T>> lists, int[] fds, long timeoutNs)
            throws OSError {
        long[][] sets = new long[3][NativeSelect.WORDS];
        int nfds = 0;
        int i = 0;
        for (int l = 0; l < 3; l++) {
            for (int n = lists.get(l).size(); n > 0; n--, i++) {
                sets[l][fds[i] >>> 6] |= 1L << (fds[i] & 63);
                nfds = Math.max(nfds, fds[i] + 1);
            }
        }
        NativeSelect.select(nfds, sets[0], sets[1], sets[2], timeoutNs);
        boolean[] ready = new boolean[fds.length];
        i = 0;
        for (int l = 0; l < 3; l++) {
            for (int n = lists.get(l).size(); n > 0; n--, i++) {
                ready[i] = (sets[l][fds[i] >>> 6] & (1L << (fds[i] & 63))) != 0;
            }
        }
        return ready;
    }

    private static <T> boolean[] selectJdk(List<List<? extends T>> lists, SocketImpl[] impls, long timeoutNs)
            throws OSError {
        int[] events = new int[impls.length];
        int i = 0;
        for (int l = 0; l < 3; l++) {
            for (int n = lists.get(l).size(); n > 0; n--, i++) {
                events[i] = ASKED[l];
            }
        }
        int[] revents = new int[impls.length];
        JdkReadiness.poll(impls, events, impls.length, timeoutNs, revents);
        boolean[] ready = new boolean[impls.length];
        i = 0;
        for (int l = 0; l < 3; l++) {
            for (int n = lists.get(l).size(); n > 0; n--, i++) {
                if ((revents[i] & POLLNVAL) != 0) {
                    throw OSError.of(Errno.EBADF); // select(2) on a closed descriptor
                }
                int mask = l == 0 ? READABLE : l == 1 ? WRITABLE : POLLPRI;
                ready[i] = (revents[i] & mask) != 0;
            }
        }
        return ready;
    }
}
