package dev.pysocket.socketserver;

/**
 * ThreadingMixIn: CPython's {@code socketserver.ThreadingMixIn}, the settings every threading
 * server shares, over the one {@link RequestThreads} the server holds. Java has no mixins, and a
 * default method never overrides a method a class inherits, so a threading server implements
 * this interface for {@code daemonThreads}, {@code blockOnClose} and {@code virtualThreads}, and
 * hands {@code processRequest} and {@code serverClose} to its RequestThreads in one line each.
 */
public interface ThreadingMixIn {
    /**
     * requestThreads: the server's request threads and their settings.
     *
     * @return the one RequestThreads of this server
     */
    RequestThreads requestThreads();

    /** @return whether request threads are daemons (false by default) */
    default boolean daemonThreads() {
        return requestThreads().daemonThreads;
    }

    /** @param daemon whether request threads started from now on are daemons */
    default void setDaemonThreads(boolean daemon) {
        requestThreads().daemonThreads = daemon;
    }

    /** @return whether serverClose waits for the request threads (true by default) */
    default boolean blockOnClose() {
        return requestThreads().blockOnClose;
    }

    /** @param block whether serverClose waits for the request threads started from now on */
    default void setBlockOnClose(boolean block) {
        requestThreads().blockOnClose = block;
    }

    /** @return whether requests run on virtual threads (false by default) */
    default boolean virtualThreads() {
        return requestThreads().virtualThreads;
    }

    /**
     * setVirtualThreads: run requests on virtual threads where the JVM has them (Java 21+);
     * on an older JVM requests keep running on platform threads.
     *
     * @param virtual whether to use virtual threads
     */
    default void setVirtualThreads(boolean virtual) {
        requestThreads().virtualThreads = virtual;
    }
}
