package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Platform;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * JdkErrors turns what java.net/java.nio throw into the OSError Linux's errno would give
 * (R9): the one place the jdk backend decides errnos for JDK failures.
 *
 * <p>On Linux the JDK builds most IOException messages from strerror(errno) ("Connection
 * refused", "Address already in use", ...), so the message is mapped back to its errno
 * through the platform's own strerror table first; the exception type is the fallback for
 * messages the JDK words itself ("Connection reset"). What only the socket knows comes in
 * as arguments of {@link #toOSError(Throwable, boolean, int)}.
 */
final class JdkErrors {
    /** MESSAGES: strerror text to errno, for every errno the platform has a message for. */
    private static final Map<String, Integer> MESSAGES = messages();
    /** FALLBACK: the errno for failures nothing above explains. */
    private static final int FALLBACK = Errno.EIO;

    private JdkErrors() {
    }

    /**
     * toOSError returns the OSError for t, with t as its cause; an OSError stands as it is.
     * socketClosed: whether close() has run, after which a closed channel is EBADF (R16).
     * stateErrno: what Linux answers, while the socket is open, for a channel that is not in
     * the state the call needs: closed by the socket itself (a listener after shutdown, a
     * channel after a failed connect, output after SHUT_WR) or not connected.
     */
    static OSError toOSError(Throwable t, boolean socketClosed, int stateErrno) {
        if (t instanceof OSError e) {
            return e;
        }
        OSError e;
        if (t instanceof SocketTimeoutException) {
            e = new TimeoutError();
        } else if (t instanceof ClosedChannelException || t instanceof NotYetConnectedException) {
            e = OSError.of(socketClosed ? Errno.EBADF : stateErrno);
        } else {
            int errno = known(t);
            // A failure nothing here explains keeps the JDK's words in the message.
            e = errno != 0 ? OSError.of(errno) : OSError.of(FALLBACK, Platform.strerror(FALLBACK) + " (jdk: " + t + ")");
        }
        e.initCause(t);
        return e;
    }

    /** toOSError for a failure that involves no socket yet (opening a channel) or none at all (the resolver's). */
    static OSError toOSError(Throwable t) {
        return toOSError(t, true, Errno.EBADF);
    }

    /**
     * errnoOf: the errno for t alone (its type where the JDK fixes it, else its message),
     * for failures kept for later (SO_ERROR) or tested for one errno.
     */
    static int errnoOf(Throwable t) {
        if (t instanceof OSError e) {
            return e.errno();
        }
        int errno = known(t);
        return errno != 0 ? errno : FALLBACK;
    }

    /**
     * BY_TYPE: exception types whose errno the JDK fixes whatever the message, tried in order
     * (a subclass before its superclass: UnsupportedAddressTypeException and
     * UnresolvedAddressException extend IllegalArgumentException).
     */
    private static final List<Map.Entry<Class<?>, Integer>> BY_TYPE = List.of(
            // Closed channels and selectors: the socket (or its channel) is gone (R16).
            Map.entry(ClosedChannelException.class, Errno.EBADF),
            Map.entry(ClosedSelectorException.class, Errno.EBADF),
            Map.entry(NotYetConnectedException.class, Errno.ENOTCONN),
            Map.entry(AlreadyConnectedException.class, Errno.EISCONN),
            Map.entry(ConnectionPendingException.class, Errno.EALREADY),
            Map.entry(UnsupportedAddressTypeException.class, Errno.EAFNOSUPPORT),
            Map.entry(UnresolvedAddressException.class, Errno.EAFNOSUPPORT),
            // Bind twice, accept without listen, ...: EINVAL on Linux.
            Map.entry(NoConnectionPendingException.class, Errno.EINVAL),
            Map.entry(NotYetBoundException.class, Errno.EINVAL),
            Map.entry(AlreadyBoundException.class, Errno.EINVAL),
            Map.entry(IllegalArgumentException.class, Errno.EINVAL),
            Map.entry(IllegalBlockingModeException.class, Errno.EINVAL));

    /** BY_TYPE_AFTER_MESSAGE: the errno of a type, for a message that is not a strerror text. */
    private static final List<Map.Entry<Class<?>, Integer>> BY_TYPE_AFTER_MESSAGE = List.of(
            Map.entry(ConnectException.class, Errno.ECONNREFUSED),
            Map.entry(PortUnreachableException.class, Errno.ECONNREFUSED),
            Map.entry(BindException.class, Errno.EADDRINUSE),
            Map.entry(NoRouteToHostException.class, Errno.EHOSTUNREACH));

    /** known: the errno for t, or 0 when neither its type nor its message tells. */
    private static int known(Throwable t) {
        int errno = byType(BY_TYPE, t);
        if (errno != 0) {
            return errno;
        }
        if (t instanceof UnsupportedOperationException) {
            // Opening a channel of a family the JDK lacks here (SocketChannelImpl's
            // constructor) is Linux's EAFNOSUPPORT; the rest are options it lacks.
            String m = t.getMessage();
            boolean noFamily = "IPv6 not available".equals(m) || "Protocol family not supported".equals(m);
            return noFamily ? Errno.EAFNOSUPPORT : Errno.ENOPROTOOPT;
        }
        Integer byMessage = byMessage(t.getMessage());
        return byMessage != null ? byMessage : byType(BY_TYPE_AFTER_MESSAGE, t);
    }

    /** byType: the errno of the first entry of table whose type t is, or 0. */
    private static int byType(List<Map.Entry<Class<?>, Integer>> table, Throwable t) {
        for (Map.Entry<Class<?>, Integer> e : table) {
            if (e.getKey().isInstance(t)) {
                return e.getValue();
            }
        }
        return 0;
    }

    private static Integer byMessage(String message) {
        if (message == null) {
            return null;
        }
        // The JDK's own wording for a reset seen by read (SocketChannelImpl.throwConnectionReset).
        if (message.startsWith("Connection reset")) {
            return Errno.ECONNRESET;
        }
        Integer exact = MESSAGES.get(message);
        if (exact != null) {
            return exact;
        }
        // With jdk.includeInExceptions=hostInfo the JDK appends ": host/addr:port".
        int colon = message.indexOf(':');
        return colon > 0 ? MESSAGES.get(message.substring(0, colon)) : null;
    }

    private static Map<String, Integer> messages() {
        // Every errno the platform has a message for (Platform keeps 0..255), lowest first,
        // so aliases sharing a text (EAGAIN/EWOULDBLOCK) resolve to the primary name.
        Map<String, Integer> m = new HashMap<>();
        for (int errno = 1; errno < 256; errno++) {
            String text = Platform.strerror(errno);
            if (!text.startsWith("Unknown error")) {
                m.putIfAbsent(text, errno);
            }
        }
        return m;
    }
}
