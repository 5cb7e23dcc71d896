package dev.pysocket.internal;

import dev.pysocket.Ancillary;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * SocketImpl: the per-socket operations a backend provides. Primitive, no Python policy:
 * the facade ({@link dev.pysocket.Socket}) has already validated every argument, resolved
 * addresses and applied Python's defaults.
 *
 * <p>Timeouts: every blocking operation takes {@code timeoutNanos}: {@code < 0} blocks
 * (Python's None), {@code 0} does not wait (raises {@link dev.pysocket.BlockingIOError}
 * EAGAIN), {@code > 0} waits at most that long, then raises
 * {@code new TimeoutError()} ("timed out", errno 0).
 *
 * <p>Errors: failures are thrown as {@code OSError.of(errno)} with the errno Linux would give
 * (a backend that emulates must pick the same errno: recv on an unconnected TCP socket is
 * ENOTCONN, send on it EPIPE). What a backend cannot do at all raises
 * {@link Errors#unsupported} (EOPNOTSUPP/EAFNOSUPPORT naming the backend). Every operation on
 * a closed impl raises EBADF.
 *
 * <p>Threads: any method may be called from several threads at once. Closing the
 * {@link #lifetime()} from one thread wakes threads blocked in this socket (they raise EBADF)
 * and never lets the descriptor be reused while an operation still holds it.
 */
public interface SocketImpl {
    /** backendName: "native" or "jdk", for messages. */
    String backendName();

    /** lifetime: the one owner of this socket's closed state, references and io-refs (docs/close.md). */
    FdHandle lifetime();

    /** fileno: the OS descriptor (or the backend's documented handle); -1 once closed. */
    default int fileno() {
        return lifetime().fileno();
    }

    /** setTimeoutMode applies R1 to the descriptor: O_NONBLOCK off when timeoutNanos < 0, else on. */
    void setTimeoutMode(long timeoutNanos) throws OSError;

    void bind(SockAddr address) throws OSError;

    void listen(int backlog) throws OSError;

    /**
     * accept waits per timeoutNanos; the new socket's descriptor is non-blocking when
     * childNonBlocking (a non-None default timeout, R7), else blocking.
     */
    Accept accept(long timeoutNanos, boolean childNonBlocking) throws OSError;

    /**
     * connect: timeoutNanos < 0 blocks in the kernel; 0 raises BlockingIOError EINPROGRESS
     * when the connection is not complete at once; > 0 waits for completion (R6).
     */
    void connect(SockAddr address, long timeoutNanos) throws OSError;

    /** recv into buf[off, off+len); returns the count, 0 at end of stream. len > 0. */
    int recv(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError;

    /** recv into dst from position to limit (remaining > 0); advances position; returns the count. */
    int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError;

    /** send buf[off, off+len); returns the count sent (may be partial). */
    int send(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError;

    /** send from dst's position to limit; advances position; returns the count. */
    int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError;

    /** sendall sends everything; timeoutNanos > 0 is one budget for the whole call (R5). */
    void sendall(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError;

    /** sendall from src's position to limit, advancing position as bytes go out. */
    void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError;

    /**
     * sendto sends buf[off, off+len) to address (len >= 0; one datagram on a datagram
     * socket, where 0 bytes is still a datagram) and returns the count sent. A connected
     * stream ignores the address, as Linux does; an unconnected one raises EPIPE (R13).
     */
    int sendto(byte[] buf, int off, int len, int flags, SockAddr address, long timeoutNanos) throws OSError;

    /**
     * recvfrom receives into buf[off, off+len) (len >= 0: even an empty buffer takes one
     * datagram, as Python's recvfrom(0) does) and returns the count and the sender,
     * {@link SockAddr#NONE} when the kernel reports none (R27). With MSG_TRUNC a datagram
     * socket's count is the datagram's real length, which may exceed len; only len bytes
     * of buf are written.
     */
    Received recvfrom(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError;

    /** Received: what one recvfrom got: the byte count and the sender. */
    record Received(int nbytes, SockAddr address) {
    }

    /**
     * sendmsg gathers buffers (Python's checks done) with the ancillary items into one
     * sendmsg(2), to address unless it is null, and returns the data bytes sent. By default a
     * backend has no ancillary data and says so (EBADF once closed, R16).
     */
    default int sendmsg(byte[][] buffers, List<Ancillary> ancdata, int flags, SockAddr address, long timeoutNanos)
            throws OSError {
        throw messagesUnsupported("sendmsg()");
    }

    /**
     * recvmsg scatters one recvmsg(2) into buffers (each from its position to its limit; the
     * positions advance by what each received) with up to ancbufsize bytes of control data.
     * Every descriptor received is either in the result or closed (R36). By default a
     * backend has no ancillary data and says so.
     */
    default ReceivedMessage recvmsg(ByteBuffer[] buffers, int ancbufsize, int flags, long timeoutNanos)
            throws OSError {
        throw messagesUnsupported("recvmsg()");
    }

    /** ReceivedMessage: what one recvmsg got: the byte count, the items, msg_flags and the sender. */
    record ReceivedMessage(int nbytes, List<Ancillary> ancdata, int flags, SockAddr address) {
    }

    /** messagesUnsupported: EBADF once closed, else the {@link Capability#MESSAGES} refusal. */
    private OSError messagesUnsupported(String what) {
        return fileno() < 0 ? OSError.of(Errno.EBADF) : Capability.MESSAGES.unsupported(backendName(), what);
    }

    void shutdown(int how) throws OSError;

    SockAddr getsockname() throws OSError;

    SockAddr getpeername() throws OSError;

    int getsockoptInt(int level, int optname) throws OSError;

    void setsockoptInt(int level, int optname, int value) throws OSError;

    /** getsockopt, bytes form: at most buflen (1..1024) bytes, as many as the kernel wrote. */
    byte[] getsockopt(int level, int optname, int buflen) throws OSError;

    void setsockopt(int level, int optname, byte[] value) throws OSError;

    boolean getInheritable() throws OSError;

    void setInheritable(boolean inheritable) throws OSError;

    /**
     * dup: a new impl on a duplicate of the descriptor (F_DUPFD_CLOEXEC: never inheritable);
     * EBADF once closed. By default a backend has no descriptor to duplicate and says so.
     */
    default SocketImpl dup() throws OSError {
        if (fileno() < 0) {
            throw OSError.of(Errno.EBADF); // R16
        }
        throw Capability.DESCRIPTORS.unsupported(backendName(), "dup()");
    }

    /**
     * detach gives the descriptor up without closing it and returns it: the impl then acts
     * closed (EBADF; close() is a no-op), but the descriptor stays open for its new owner.
     * Returns -1 when already closed. By default a backend has no descriptor to give: it
     * says so and stays open.
     */
    default int detach() throws OSError {
        if (fileno() < 0) {
            return -1; // R16
        }
        throw Capability.DESCRIPTORS.unsupported(backendName(), "detach()");
    }

    /**
     * sendfile sends the transfer's bytes of its file (R23; the facade has checked the
     * arguments and the mode, and sets the file's position afterwards), advancing the transfer
     * as bytes go out, within its one deadline. By default through send() in blocks
     * (CPython's {@code _sendfile_use_send}); a backend overrides it with the kernel's way.
     */
    default void sendfile(FileTransfer transfer) throws OSError {
        transfer.copyThrough(this);
    }

    /**
     * closeNow closes the descriptor at once, whatever files are open (the socket is gone:
     * the Cleaner, or a construction that failed); see the class comment for threads.
     */
    default void closeNow() {
        lifetime().close();
    }

    /** Accept: an accepted connection and its peer address. */
    record Accept(SocketImpl impl, SockAddr peer) {
    }
}
