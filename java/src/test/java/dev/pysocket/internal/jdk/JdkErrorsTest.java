package dev.pysocket.internal.jdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.pysocket.ConnectionRefusedError;
import dev.pysocket.ConnectionResetError;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JdkErrorsTest: the table from what java.net/java.nio throw to Linux's errno (JdkErrors),
 * row by row: by exception class where the JDK fixes the meaning, by strerror text where the
 * JDK words the kernel's errno, and by the socket's state for closed and unconnected
 * channels. The messages are the ones sun.nio.ch builds on Linux.
 */
class JdkErrorsTest {
    /** Row: what the JDK threw, and the errno Linux gives for the same failure. */
    private record Row(Throwable thrown, int errno) {
    }

    private static final List<Row> TABLE = List.of(
            // The exception class decides.
            new Row(new AlreadyConnectedException(), Errno.EISCONN),
            new Row(new ConnectionPendingException(), Errno.EALREADY),
            new Row(new UnsupportedAddressTypeException(), Errno.EAFNOSUPPORT),
            new Row(new UnresolvedAddressException(), Errno.EAFNOSUPPORT),
            new Row(new NoConnectionPendingException(), Errno.EINVAL),
            new Row(new NotYetBoundException(), Errno.EINVAL),
            new Row(new AlreadyBoundException(), Errno.EINVAL),
            new Row(new IllegalArgumentException("Invalid backlog"), Errno.EINVAL),
            new Row(new IllegalBlockingModeException(), Errno.EINVAL),
            new Row(new ClosedSelectorException(), Errno.EBADF),
            new Row(new UnsupportedOperationException("'SO_PEERCRED' not supported"), Errno.ENOPROTOOPT),
            // SocketChannelImpl's constructor where the JDK lacks the family: Linux's socket(2) error.
            new Row(new UnsupportedOperationException("IPv6 not available"), Errno.EAFNOSUPPORT),
            new Row(new UnsupportedOperationException("Protocol family not supported"), Errno.EAFNOSUPPORT),
            // The JDK's own words for a reset (SocketChannelImpl.throwConnectionReset).
            new Row(new SocketException("Connection reset"), Errno.ECONNRESET),
            new Row(new SocketException("Connection reset by peer"), Errno.ECONNRESET),
            // strerror(errno) as the message: the errno it came from.
            new Row(new ConnectException("Connection refused"), Errno.ECONNREFUSED),
            new Row(new IOException("Broken pipe"), Errno.EPIPE),
            new Row(new BindException("Address already in use"), Errno.EADDRINUSE),
            new Row(new BindException("Cannot assign requested address"), Errno.EADDRNOTAVAIL),
            new Row(new BindException("Permission denied"), Errno.EACCES),
            new Row(new SocketException("Network is unreachable"), Errno.ENETUNREACH),
            new Row(new NoRouteToHostException("No route to host"), Errno.EHOSTUNREACH),
            new Row(new SocketException("Message too long"), Errno.EMSGSIZE),
            new Row(new SocketException("Too many open files"), Errno.EMFILE),
            new Row(new SocketException("Resource temporarily unavailable"), Errno.EAGAIN),
            new Row(new SocketException("Operation now in progress"), Errno.EINPROGRESS),
            new Row(new IOException("Connection timed out"), Errno.ETIMEDOUT),
            // jdk.includeInExceptions=hostInfo appends ": host/address:port".
            new Row(new ConnectException("Connection refused: localhost/127.0.0.1:9"), Errno.ECONNREFUSED),
            // Words the JDK chose itself: the class decides after all.
            new Row(new ConnectException("connect failed"), Errno.ECONNREFUSED),
            new Row(new PortUnreachableException(), Errno.ECONNREFUSED),
            new Row(new BindException("bind failed"), Errno.EADDRINUSE),
            new Row(new NoRouteToHostException("no route"), Errno.EHOSTUNREACH),
            // Nothing explains it: EIO.
            new Row(new IOException("something else"), Errno.EIO));

    @Test
    void everyRowMapsToLinuxsErrnoWithTheExceptionAsCause() {
        for (Row row : TABLE) {
            OSError e = JdkErrors.toOSError(row.thrown(), false, Errno.ENOTCONN);
            assertEquals(row.errno(), e.errno(), () -> row.thrown() + " -> " + e);
            assertEquals(OSError.of(row.errno()).getClass(), e.getClass(), () -> row.thrown() + " -> class of " + e);
            assertSame(row.thrown(), e.getCause(), () -> "cause of " + e);
            assertEquals(row.errno(), JdkErrors.errnoOf(row.thrown()), () -> "errnoOf " + row.thrown());
        }
    }

    @Test
    void theSocketsStateDecidesForClosedAndUnconnectedChannels() {
        for (Throwable t : List.of(new ClosedChannelException(), new AsynchronousCloseException(),
                new NotYetConnectedException())) {
            // Open in Python's eyes: what the call's state means on Linux (EINVAL for accept
            // on a listener that shutdown() closed, EPIPE for send after SHUT_WR, ...).
            assertEquals(Errno.EINVAL, JdkErrors.toOSError(t, false, Errno.EINVAL).errno(), t::toString);
            assertEquals(Errno.EPIPE, JdkErrors.toOSError(t, false, Errno.EPIPE).errno(), t::toString);
            // Closed by close(): EBADF, whatever the call.
            assertEquals(Errno.EBADF, JdkErrors.toOSError(t, true, Errno.EPIPE).errno(), t::toString);
        }
    }

    @Test
    void aTimeoutIsPythonsTimeoutError() {
        OSError e = JdkErrors.toOSError(new SocketTimeoutException("Read timed out"), false, Errno.ENOTCONN);
        assertEquals(TimeoutError.class, e.getClass());
        assertEquals(0, e.errno());
        assertEquals("timed out", e.getMessage());
    }

    @Test
    void anOSErrorStandsAsItIs() {
        OSError original = OSError.of(Errno.ECONNRESET);
        assertSame(original, JdkErrors.toOSError(original, true, Errno.EBADF));
        assertEquals(ConnectionResetError.class, original.getClass());
    }

    @Test
    void anUnexplainedFailureKeepsTheJdksWords() {
        OSError e = JdkErrors.toOSError(new IOException("something else"));
        assertEquals("[Errno 5] Input/output error (jdk: java.io.IOException: something else)", e.getMessage());
    }

    @Test
    void refusedIsConnectionRefusedError() {
        assertEquals(ConnectionRefusedError.class,
                JdkErrors.toOSError(new ConnectException("Connection refused")).getClass());
    }
}
