package dev.pysocket.interop;

import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.select.Epoll;
import dev.pysocket.select.Poll;
import dev.pysocket.select.PollEvent;
import dev.pysocket.select.Select;
import dev.pysocket.selectors.BaseSelector;
import dev.pysocket.selectors.DefaultSelector;
import dev.pysocket.selectors.SelectorKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ReadyWaiter: one way of pysocket's to wait until sockets are readable (Select.select, Poll,
 * Epoll, a DefaultSelector), behind one face for the echo server of {@link SelectInteropTest}.
 * {@link #ready} returns each readable socket with the mask it was reported with: poll's and
 * epoll's bits, the selector's events, POLLIN for select (which has no mask).
 */
abstract class ReadyWaiter implements AutoCloseable {
    abstract void add(Socket s) throws OSError;

    abstract void remove(Socket s) throws OSError;

    abstract Map<Socket, Integer> ready(double timeout) throws OSError;

    @Override
    public void close() throws OSError {
    }

    /** select: Select.select over the sockets added, for reading. */
    static ReadyWaiter select() {
        return new ReadyWaiter() {
            private final List<Socket> socks = new ArrayList<>();

            @Override
            void add(Socket s) {
                socks.add(s);
            }

            @Override
            void remove(Socket s) {
                socks.remove(s);
            }

            @Override
            Map<Socket, Integer> ready(double timeout) throws OSError {
                Map<Socket, Integer> ready = new LinkedHashMap<>();
                for (Socket s : Select.select(socks, List.of(), List.of(), timeout).r()) {
                    ready.put(s, Select.POLLIN);
                }
                return ready;
            }
        };
    }

    /** poll: a Poll with POLLIN registrations; timeout in seconds, given to poll in ms. */
    static ReadyWaiter poll() throws OSError {
        Poll poll = new Poll();
        return new ByDescriptor() {
            @Override
            void watch(Socket s) throws OSError {
                poll.register(s, Select.POLLIN);
            }

            @Override
            void unwatch(Socket s) {
                poll.unregister(s);
            }

            @Override
            List<PollEvent> events(double timeout) throws OSError {
                return poll.poll(timeout * 1000);
            }
        };
    }

    /** epoll: an Epoll with EPOLLIN registrations (native backend only). */
    static ReadyWaiter epoll() throws OSError {
        Epoll epoll = new Epoll();
        return new ByDescriptor() {
            @Override
            void watch(Socket s) throws OSError {
                epoll.register(s, Select.EPOLLIN);
            }

            @Override
            void unwatch(Socket s) throws OSError {
                epoll.unregister(s);
            }

            @Override
            List<PollEvent> events(double timeout) throws OSError {
                return epoll.poll(timeout);
            }

            @Override
            public void close() throws OSError {
                epoll.close();
            }
        };
    }

    /** selector: a DefaultSelector with EVENT_READ registrations. */
    static ReadyWaiter selector() throws OSError {
        DefaultSelector sel = new DefaultSelector();
        return new ReadyWaiter() {
            @Override
            void add(Socket s) throws OSError {
                sel.register(s, BaseSelector.EVENT_READ, null);
            }

            @Override
            void remove(Socket s) throws OSError {
                sel.unregister(s);
            }

            @Override
            Map<Socket, Integer> ready(double timeout) throws OSError {
                Map<Socket, Integer> ready = new LinkedHashMap<>();
                for (SelectorKey.Ready r : sel.select(timeout)) {
                    ready.put(r.key().fileobj(), r.events());
                }
                return ready;
            }

            @Override
            public void close() throws OSError {
                sel.close();
            }
        };
    }

    /** ByDescriptor: poll and epoll answer with descriptors; this maps them back to sockets. */
    private abstract static class ByDescriptor extends ReadyWaiter {
        private final Map<Integer, Socket> byFd = new HashMap<>();

        abstract void watch(Socket s) throws OSError;

        abstract void unwatch(Socket s) throws OSError;

        abstract List<PollEvent> events(double timeout) throws OSError;

        @Override
        void add(Socket s) throws OSError {
            watch(s);
            byFd.put(s.fileno(), s);
        }

        @Override
        void remove(Socket s) throws OSError {
            unwatch(s);
            byFd.remove(s.fileno());
        }

        @Override
        Map<Socket, Integer> ready(double timeout) throws OSError {
            Map<Socket, Integer> ready = new LinkedHashMap<>();
            for (PollEvent e : events(timeout)) {
                ready.put(byFd.get(e.fd()), e.events());
            }
            return ready;
        }
    }
}
