package dev.pysocket.socketserver;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * RequestThreads: the threads of a threading server ({@link ThreadingMixIn}): one thread per
 * request, daemon or not, remembered for the join of {@code serverClose} while
 * {@code blockOnClose}; finished threads are dropped as new ones start (CPython's
 * {@code _Threads.reap}). Virtual threads (Java 21+) are found by reflection, since the library
 * is compiled for Java 17. A server holds one and reaches it through
 * {@link ThreadingMixIn#requestThreads()}; only this package starts or joins its threads.
 */
public final class RequestThreads {
    /** OF_VIRTUAL: {@code Thread.ofVirtual()} (Java 21+), or null. */
    private static final MethodHandle OF_VIRTUAL = ofVirtual();
    /** UNSTARTED: {@code Thread.Builder.unstarted(Runnable)}, or null. */
    private static final MethodHandle UNSTARTED = unstarted();

    private final List<Thread> threads = new ArrayList<>();
    volatile boolean daemonThreads;
    volatile boolean blockOnClose = true;
    volatile boolean virtualThreads;

    private static MethodHandle ofVirtual() {
        try {
            return MethodHandles.publicLookup().findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
        } catch (ReflectiveOperationException e) {
            return null; // Java 17-20
        }
    }

    private static MethodHandle unstarted() {
        try {
            return MethodHandles.publicLookup().findVirtual(Class.forName("java.lang.Thread$Builder"), "unstarted",
                    MethodType.methodType(Thread.class, Runnable.class));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** RequestThreads: none yet; made by a threading server of this package. */
    RequestThreads() {
    }

    /**
     * Part of serverClose: what the server's own close does.
     */
    @FunctionalInterface
    interface Close {
        void run() throws OSError;
    }

    /** available tells whether this JVM has virtual threads. */
    static boolean available() {
        return OF_VIRTUAL != null && UNSTARTED != null;
    }

    /** start runs body on a new thread, remembered for join while blockOnClose. */
    void start(Runnable body, String name) {
        boolean virtual = virtualThreads && available();
        Thread t = virtual ? newVirtual(body) : new Thread(body, name);
        if (!virtual) { // a virtual thread is always a daemon
            t.setDaemon(daemonThreads);
        }
        if (blockOnClose) {
            synchronized (threads) {
                threads.removeIf(old -> !old.isAlive());
                threads.add(t);
            }
        }
        t.start();
    }

    private static Thread newVirtual(Runnable body) {
        try {
            Object builder = OF_VIRTUAL.invoke();
            return (Thread) UNSTARTED.invoke(builder, body);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.ofVirtual failed", e);
        }
    }

    /** process: CPython's process_request_thread, on a new thread: finish, handleError on an Exception, shutdown in any case. */
    <R> void process(BaseServer<R> server, R request, Address clientAddress) {
        start(() -> {
            try {
                server.finishRequest(request, clientAddress);
            } catch (Exception e) {
                server.handleError(request, clientAddress, e);
            } finally {
                server.shutdownRequest(request);
            }
        }, "socketserver request from " + clientAddress);
    }

    /**
     * closeThenJoin: CPython's ThreadingMixIn.server_close: the server's close, then (whatever
     * it raised) the join of the remembered threads.
     */
    void closeThenJoin(Close serverClose) throws OSError {
        try {
            serverClose.run();
        } finally {
            join();
        }
    }

    /** join waits for every remembered thread (CPython's server_close with block_on_close). */
    private void join() {
        List<Thread> all;
        synchronized (threads) {
            all = new ArrayList<>(threads);
            threads.clear();
        }
        boolean interrupted = false;
        for (Thread t : all) {
            for (;;) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
