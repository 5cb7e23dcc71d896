package dev.pysocket.internal.jdk;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Errors;
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
import java.util.Map;

/**
 * JdkErrors turns what java.net/java.nio throw into the OSError Linux's errno would give
 * (R9): the one place the jdk backend decides errnos for JDK failures.
 *
 * <p>On Linux the JDK builds most IOException messages from strerror(errno) ("Connection
 * refused", "Address already in use", ...), so the message is mapped back to its errno
 * through the platform's own strerror table first; the exception type is the fallback for
 * messages the JDK words itself ("Connection reset"). Callers that know the socket's state
 * better (a channel the socket closed internally, R13/R19) decide before calling here.
 */
final class JdkErrors {
    /** MESSAGES: strerror text to errno, for every errno the platform has a message for. */
    private static final Map<String, Integer> MESSAGES = messages();
    /** FALLBACK: the errno for failures nothing above explains. */
    private static final int FALLBACK = Errno.EIO;

    private JdkErrors() {
    }

    /** map returns the OSError for a JDK exception, with the exception as its cause. */
    static OSError map(Throwable t) {
        if (t instanceof OSError e) {
            return e;
        }
        if (t instanceof SocketTimeoutException) {
            return withCause(new TimeoutError(), t);
        }
        int errno = known(t);
        if (errno == 0) {
            // A failure nothing here explains: keep the JDK's words in the message.
            return withCause(OSError.of(FALLBACK, Platform.strerror(FALLBACK) + " (jdk: " + t + ")"), t);
        }
        return withCause(OSError.of(errno), t);
    }

    /** errnoOf picks the errno for t: its type where the JDK fixes it, else its message. */
    static int errnoOf(Throwable t) {
        int errno = known(t);
        return errno != 0 ? errno : FALLBACK;
    }

    /** known: the errno for t, or 0 when neither its type nor its message tells. */
    private static int known(Throwable t) {
        // Closed channels and selectors: the socket (or its channel) is gone (R16).
        if (t instanceof ClosedChannelException || t instanceof ClosedSelectorException) {
            return Errno.EBADF;
        }
        if (t instanceof NotYetConnectedException) {
            return Errno.ENOTCONN;
        }
        if (t instanceof AlreadyConnectedException) {
            return Errno.EISCONN;
        }
        if (t instanceof ConnectionPendingException) {
            return Errno.EALREADY;
        }
        if (t instanceof UnsupportedAddressTypeException || t instanceof UnresolvedAddressException) {
            // Before IllegalArgumentException, their superclass.
            return Errno.EAFNOSUPPORT;
        }
        if (t instanceof NoConnectionPendingException || t instanceof NotYetBoundException
                || t instanceof AlreadyBoundException || t instanceof IllegalArgumentException
                || t instanceof IllegalBlockingModeException) {
            // bind twice / accept without listen are EINVAL on Linux; a mode change racing a
            // wait is reported the same way rather than as a Java exception.
            return Errno.EINVAL;
        }
        if (t instanceof UnsupportedOperationException) {
            return Errno.ENOPROTOOPT;
        }
        Integer byMessage = byMessage(t.getMessage());
        if (byMessage != null) {
            return byMessage;
        }
        if (t instanceof ConnectException || t instanceof PortUnreachableException) {
            return Errno.ECONNREFUSED;
        }
        if (t instanceof BindException) {
            return Errno.EADDRINUSE;
        }
        if (t instanceof NoRouteToHostException) {
            return Errno.EHOSTUNREACH;
        }
        return 0;
    }

    /** unsupported: Errors.unsupported for this backend. */
    static OSError unsupported(int errno, String what) {
        return Errors.unsupported(errno, JdkBackend.NAME, what);
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

    /** withCause gives e the cause, unless it has one already. */
    static OSError withCause(OSError e, Throwable cause) {
        if (e.getCause() == null) {
            e.initCause(cause);
        }
        return e;
    }
}
