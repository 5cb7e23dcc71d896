package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.TIME_T;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.internal.Capability;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.EpollSelector;
import dev.pysocket.selectors.PollSelector;
import dev.pysocket.selectors.SelectSelector;
import dev.pysocket.selectors.SelectorKey;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * SelectorCases: the fuzz rows of the selectors package (docs/python-semantics.md §5): every
 * public method of BaseSelector (run on a PollSelector, and register on a SelectSelector too),
 * DefaultSelector and EpollSelector fed null, closed and unregistered sockets, events outside
 * READ|WRITE and extreme timeouts, with CPython 3.11's messages. A KeyError's message holds the
 * socket's repr, so those rows compare it inside the call and return true.
 */
final class SelectorCases {
    private static final int READ = BaseSelector.EVENT_READ;
    private static final String BAD_FD = "Invalid file descriptor: -1";

    /** Opener: a selector of the kind a row group tests, owned by the fixture. */
    @FunctionalInterface
    private interface Opener {
        BaseSelector open(Fixture f) throws OSError;
    }

    /** Probe: a call whose NoSuchElementException / IllegalStateException message is checked. */
    @FunctionalInterface
    private interface Probe {
        void run(BaseSelector s, Socket sock) throws Exception;
    }

    private SelectorCases() {
    }

    static List<FuzzCase> rows() {
        List<FuzzCase> t = new java.util.ArrayList<>();
        methodRows(t, "BaseSelector", f -> f.own(new PollSelector()), "timestamp too large to convert to C _PyTime_t");
        methodRows(t, "DefaultSelector", f -> f.own(new DefaultSelector()), TIME_T);
        add(t, "BaseSelector.register(Socket,int)", "SelectSelector, READ|WRITE",
                f -> f.own(new SelectSelector()).register(f.fresh(), 3).events(), returns(3));
        add(t, "BaseSelector.register(Socket,int)", "SelectSelector, 4",
                f -> f.own(new SelectSelector()).register(f.fresh(), 4), iae("Invalid events: 4"));
        add(t, "DefaultSelector.toString()", "names what it runs on",
                f -> f.own(new DefaultSelector()).toString().startsWith("<selectors.DefaultSelector on "), returns(true));
        add(t, "EpollSelector.fileno()", "open", f -> f.own(new EpollSelector()).fileno() >= 0,
                returns(true).needing(Capability.EPOLL));
        add(t, "EpollSelector.fileno()", "closed", f -> {
            EpollSelector s = f.own(new EpollSelector());
            s.close();
            return s.fileno();
        }, iae("I/O operation on closed epoll object").needing(Capability.EPOLL));
        return t;
    }

    /** methodRows: the rows of every method on one kind; BaseSelector's default methods keep its name. */
    private static void methodRows(List<FuzzCase> t, String owner, Opener sel, String huge) {
        String reg = owner + ".register(Socket,int,Object)";
        add(t, reg, "null", f -> sel.open(f).register(null, READ, null), npe());
        add(t, reg, "closed", f -> sel.open(f).register(f.closed(), READ, null), iae(BAD_FD));
        for (int events : new int[] {0, -1, 4, MAX, MIN}) {
            add(t, reg, "events " + events, f -> sel.open(f).register(f.fresh(), events, null),
                    iae("Invalid events: " + events));
        }
        add(t, reg, "data kept", f -> sel.open(f).register(f.fresh(), READ, "x").data(), returns("x"));
        add(t, reg, "twice", f -> {
            BaseSelector s = sel.open(f);
            Socket sock = f.fresh();
            s.register(sock, READ, null);
            try {
                s.register(sock, READ, null);
            } catch (IllegalArgumentException e) {
                return e.getMessage().equals(sock + " (FD " + sock.fileno() + ") is already registered");
            }
            return false;
        }, returns(true));
        add(t, "BaseSelector.register(Socket,int)", "events 3", f -> sel.open(f).register(f.fresh(), 3).data(),
                returns(null));
        add(t, "BaseSelector.register(Socket,int)", "events MIN", f -> sel.open(f).register(f.fresh(), MIN),
                iae("Invalid events: " + MIN));
        String mod = owner + ".modify(Socket,int,Object)";
        add(t, mod, "null", f -> sel.open(f).modify(null, READ, null), npe());
        add(t, mod, "closed", f -> sel.open(f).modify(f.closed(), READ, null), iae(BAD_FD));
        add(t, mod, "unregistered", f -> notRegistered(sel.open(f), f.fresh(), (s, k) -> s.modify(k, READ, 1)),
                returns(true));
        add(t, mod, "events MAX keeps the key", f -> {
            BaseSelector s = sel.open(f);
            Socket sock = f.fresh();
            SelectorKey key = s.register(sock, READ, null);
            try {
                s.modify(sock, MAX, null);
            } catch (IllegalArgumentException e) {
                return e.getMessage().equals("Invalid events: " + MAX) && s.getKey(sock).equals(key);
            }
            return false;
        }, returns(true));
        add(t, "BaseSelector.modify(Socket,int)", "data-only change", f -> {
            BaseSelector s = sel.open(f);
            Socket sock = f.fresh();
            s.register(sock, READ, "old");
            return s.modify(sock, READ).data();
        }, returns(null));
        add(t, "BaseSelector.modify(Socket,int)", "events 0", f -> {
            BaseSelector s = sel.open(f);
            Socket sock = f.fresh();
            s.register(sock, READ);
            return s.modify(sock, 0);
        }, iae("Invalid events: 0"));
        String unreg = owner + ".unregister(Socket)";
        add(t, unreg, "null", f -> sel.open(f).unregister(null), npe());
        add(t, unreg, "closed, never registered", f -> sel.open(f).unregister(f.closed()), iae(BAD_FD));
        add(t, unreg, "unregistered", f -> notRegistered(sel.open(f), f.fresh(), BaseSelector::unregister),
                returns(true));
        add(t, unreg, "closed after register", f -> {
            BaseSelector s = sel.open(f);
            Socket sock = f.fresh();
            SelectorKey key = s.register(sock, READ, 5);
            sock.close();
            return s.unregister(sock).equals(key);
        }, returns(true));
        String select = owner + ".select(Double)";
        add(t, select, "NaN", f -> sel.open(f).select(Double.NaN), iae("cannot convert float NaN to integer"));
        add(t, select, "infinite", f -> sel.open(f).select(Double.POSITIVE_INFINITY),
                iae("cannot convert float infinity to integer"));
        add(t, select, "MAX_VALUE", f -> sel.open(f).select(Double.MAX_VALUE),
                iae("cannot convert float infinity to integer"));
        add(t, select, "1e300 s", f -> sel.open(f).select(1e300), iae(huge));
        add(t, select, "3e6 s", f -> sel.open(f).select(3e6), iae("timeout is too large"));
        add(t, select, "-infinite only looks", f -> sel.open(f).select(Double.NEGATIVE_INFINITY), returns(List.of()));
        add(t, select, "-MAX_VALUE only looks", f -> sel.open(f).select(-Double.MAX_VALUE), returns(List.of()));
        add(t, select, "null with a ready socket", f -> {
            BaseSelector s = sel.open(f);
            s.register(f.fresh(), BaseSelector.EVENT_WRITE);
            return s.select(null).size();
        }, returns(1));
        add(t, "BaseSelector.select()", "a ready socket", f -> {
            BaseSelector s = sel.open(f);
            s.register(f.fresh(), BaseSelector.EVENT_WRITE);
            return s.select().get(0).events();
        }, returns(BaseSelector.EVENT_WRITE));
        String key = owner + ".getKey(Socket)";
        add(t, key, "null", f -> sel.open(f).getKey(null), npe());
        add(t, key, "closed", f -> sel.open(f).getKey(f.closed()), iae(BAD_FD));
        add(t, key, "unregistered", f -> notRegistered(sel.open(f), f.fresh(), BaseSelector::getKey), returns(true));
        add(t, key, "selector closed", f -> {
            BaseSelector s = sel.open(f);
            s.close();
            try {
                s.getKey(f.fresh());
            } catch (IllegalStateException e) {
                return e.getMessage().equals("Selector is closed");
            }
            return false;
        }, returns(true));
        add(t, owner + ".getMap()", "empty", f -> sel.open(f).getMap(), returns(Map.of()));
        add(t, owner + ".getMap()", "closed", f -> {
            BaseSelector s = sel.open(f);
            s.close();
            return s.getMap();
        }, returns(null));
        add(t, owner + ".close()", "twice", f -> {
            BaseSelector s = sel.open(f);
            s.register(f.fresh(), READ);
            s.close();
            s.close();
            return s.getMap();
        }, returns(null));
    }

    /** notRegistered: probe raises Python's KeyError "&lt;socket&gt; is not registered". */
    private static boolean notRegistered(BaseSelector s, Socket sock, Probe probe) throws Exception {
        try {
            probe.run(s, sock);
        } catch (NoSuchElementException e) {
            return e.getMessage().equals(sock + " is not registered");
        }
        return false;
    }
}
