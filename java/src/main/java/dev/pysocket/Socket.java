package dev.pysocket;

import dev.pysocket.internal.Addresses;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.FileTransfer;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.SockAddr;
import dev.pysocket.internal.SocketAccess;
import dev.pysocket.internal.SocketImpl;
import dev.pysocket.internal.Timeouts;
import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Objects;

/**
 * Socket: Python's {@code socket.socket}. Every method keeps CPython's semantics on Linux:
 * argument checks and messages, the three timeout modes ({@code null} blocks, {@code 0.0}
 * raises {@link BlockingIOError}, {@code > 0} raises {@link TimeoutError} "timed out"), and
 * the errno and exception class the kernel's answer maps to. It delegates each operation to
 * the backend chosen when it was created (native libpysocket, or the JDK).
 *
 * <p>Unlike CPython (R18), {@link #close()} from another thread wakes threads blocked in
 * this socket; they raise {@code OSError [Errno 9]}.
 *
 * <p>Lifetime: a Socket dropped without close() is closed by a Cleaner, as CPython's
 * {@code __del__} does. Every method keeps the Socket reachable until it returns
 * ({@link Reference#reachabilityFence}, as Go's {@code runtime.KeepAlive} in
 * src/net/fd_posix.go): a Socket referenced only by its own blocked call (say
 * {@code createConnection(a).recv(16)}) is not closed under that call by a garbage collection.
 *
 * <p>Also a {@link ByteChannel}: {@code read} returns -1 at end of stream, as channels do.
 *
 * <p>Each method names the Python call it mirrors. A reference such as (R7) is a rule of
 * docs/python-semantics.md in the pysocket repository.
 */
public final class Socket implements AutoCloseable, ByteChannel {
    private static final int DEFAULT_BACKLOG = 128;
    /** CLEANER: closes the descriptor of a Socket dropped without close(), as CPython's __del__ does. */
    private static final Cleaner CLEANER = Cleaner.create();

    /**
     * RECV_MAX: the most one {@link #recv(int, int)} or {@link #recvfrom(int, int)} receives.
     * CPython allocates bufsize bytes up front (MemoryError for a huge one); a Java array that
     * large would exhaust the heap, so a larger bufsize reads at most this much, which a stream
     * recv may always return and no datagram exceeds.
     */
    private static final int RECV_MAX = 64 << 20;

    static {
        // select (another package) waits on a socket through its impl.
        SocketAccess.register(s -> s.impl);
    }

    private final SocketImpl impl;
    /** cleanable: holds only the impl, never the Socket, so the Socket can become unreachable. */
    private final Cleaner.Cleanable cleanable;
    private final int family;
    private final int type;
    private final int proto;
    /** timeoutNanos: Python's timeout in nanoseconds: -1 None, 0 non-blocking, > 0 timeout mode (R1). */
    private volatile long timeoutNanos;

    /** Socket: wraps a fresh impl; applies timeoutNanos to the descriptor unless it is already blocking. */
    Socket(SocketImpl impl, int family, int type, int proto, long timeoutNanos, boolean applyMode) throws OSError {
        this.impl = impl;
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.timeoutNanos = timeoutNanos;
        this.cleanable = CLEANER.register(this, impl::closeNow);
        if (applyMode && timeoutNanos >= 0) {
            try {
                impl.setTimeoutMode(timeoutNanos);
            } catch (OSError e) {
                cleanable.clean();
                throw e;
            }
        }
    }

    /**
     * accept: Python's {@code socket.accept()}: waits for a connection (accept4(2) with
     * SOCK_CLOEXEC). The new socket takes the default timeout, not this socket's (R7).
     *
     * @return the new connection and the peer's address
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public Accepted accept() throws OSError {
        try {
            // R7: the accepted socket takes the default timeout, not the listener's.
            long childTimeout = SocketFactory.defaultTimeoutNanos();
            SocketImpl.Accept a = impl.accept(timeoutNanos, childTimeout >= 0);
            Socket conn = new Socket(a.impl(), family, type, proto, childTimeout, false);
            return new Accepted(conn, Addresses.toAddress(a.peer()));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * bind: Python's {@code socket.bind(address)}.
     *
     * @param address the local address, of this socket's family
     * @throws IllegalArgumentException for an address of the wrong form, with Python's messages
     *         ("bind(): port must be 0-65535.")
     * @throws OSError the kernel's error, e.g. {@code [Errno 98] Address already in use}; the
     *         resolver's {@link GaiError} for a host name that does not resolve; "AF_UNIX path
     *         too long"
     */
    public void bind(Address address) throws OSError {
        try {
            SockAddr a = Addresses.toSockAddr(address, family, "bind");
            impl.bind(a);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * connect: Python's {@code socket.connect(address)}; with a timeout, waits for completion
     * (R6).
     *
     * @param address the peer's address, of this socket's family (the host may be a name)
     * @throws IllegalArgumentException for an address of the wrong form, with Python's messages
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         the resolver's {@link GaiError} for a host name that does not resolve
     */
    public void connect(Address address) throws OSError {
        try {
            SockAddr a = Addresses.toSockAddr(address, family, "connect");
            impl.connect(a, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** connectResolved: connect to an address create_connection has already resolved. */
    void connectResolved(SockAddr address) throws OSError {
        try {
            impl.connect(address, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * connectEx: Python's {@code socket.connect_ex(address)}: the errno instead of raising.
     * Argument errors and {@link GaiError} still raise.
     *
     * @param address the peer's address, of this socket's family (the host may be a name)
     * @return 0 on success, else the errno (EWOULDBLOCK when the timeout expires, EBADF on a
     *         closed socket, EINPROGRESS in non-blocking mode)
     * @throws IllegalArgumentException for an address of the wrong form, with Python's messages
     * @throws OSError the resolver's {@link GaiError}, or an error without an errno
     */
    public int connectEx(Address address) throws OSError {
        try {
            SockAddr a = Addresses.toSockAddr(address, family, "connect_ex");
            try {
                impl.connect(a, timeoutNanos);
                return 0;
            } catch (TimeoutError e) {
                return e.errno() != 0 ? e.errno() : Errno.EWOULDBLOCK;
            } catch (OSError e) {
                if (e.errno() == 0) {
                    throw e;
                }
                return e.errno();
            }
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * listen: Python's {@code socket.listen()}; the backlog is min(SOMAXCONN, 128).
     *
     * @throws OSError the kernel's error, e.g. errno 95 (EOPNOTSUPP) on a datagram socket
     */
    public void listen() throws OSError {
        listen(Math.min(Os.SOMAXCONN, DEFAULT_BACKLOG));
    }

    /**
     * listen: Python's {@code socket.listen([backlog])}.
     *
     * @param backlog the queue length for pending connections; a negative backlog is clamped to 0
     * @throws OSError the kernel's error, e.g. errno 95 (EOPNOTSUPP) on a datagram socket
     */
    public void listen(int backlog) throws OSError {
        try {
            impl.listen(Math.max(0, backlog));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * recv: Python's {@code socket.recv(bufsize)}; see {@link #recv(int, int)}.
     *
     * @param bufsize the most bytes to receive
     * @return the bytes received; empty only at end of stream (R11) or for bufsize 0
     * @throws IllegalArgumentException "negative buffersize in recv"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public byte[] recv(int bufsize) throws OSError {
        return recv(bufsize, 0);
    }

    /**
     * recv: Python's {@code socket.recv(bufsize[, flags])}; flags pass through (MSG_PEEK, ...).
     * With MSG_TRUNC on a datagram socket the result has the datagram's real length and the
     * bytes beyond bufsize are zero, never uninitialised memory as in CPython (R14).
     *
     * @param bufsize the most bytes to receive; 0 returns an empty array without a system call
     * @param flags MSG_* flags, or'ed
     * @return the bytes received; empty only at end of stream (R11) or for bufsize 0
     * @throws IllegalArgumentException "negative buffersize in recv"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public byte[] recv(int bufsize, int flags) throws OSError {
        try {
            if (bufsize < 0) {
                throw new IllegalArgumentException("negative buffersize in recv");
            }
            if (bufsize == 0) {
                return new byte[0]; // R11: no syscall, even on a closed socket
            }
            byte[] buf = new byte[Math.min(bufsize, RECV_MAX)];
            int n = impl.recv(buf, 0, buf.length, flags, timeoutNanos);
            return n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * recvInto: Python's {@code socket.recv_into(buffer)}: fills from index 0.
     *
     * @param buffer where the bytes go
     * @return how many bytes were received; 0 at end of stream
     * @throws NullPointerException for a null buffer
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public int recvInto(byte[] buffer) throws OSError {
        return recvInto(buffer, 0, 0);
    }

    /**
     * recvInto: Python's {@code socket.recv_into(buffer[, nbytes[, flags]])}: fills from index 0.
     *
     * @param buffer where the bytes go
     * @param nbytes the most bytes to receive; 0 means the whole buffer
     * @param flags MSG_* flags, or'ed
     * @return how many bytes were received; 0 at end of stream
     * @throws NullPointerException for a null buffer
     * @throws IllegalArgumentException "negative buffersize in recv_into", "buffer too small for
     *         requested bytes"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public int recvInto(byte[] buffer, int nbytes, int flags) throws OSError {
        try {
            Objects.requireNonNull(buffer, "recv_into() argument 'buffer' must be read-write bytes-like object, not None");
            int len = intoLength(buffer, nbytes, "recv_into", "buffer too small for requested bytes");
            if (len == 0) {
                return 0;
            }
            return impl.recv(buffer, 0, len, flags, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * recvInto: Python's {@code socket.recv_into(buffer)} for a ByteBuffer: receives into buffer
     * from its position up to its limit and advances the position. Direct buffers are filled in
     * place (no copy on the native backend).
     *
     * @param buffer where the bytes go, from its position to its limit
     * @return how many bytes were received; 0 at end of stream, or when buffer has no room
     * @throws NullPointerException for a null buffer
     * @throws IllegalArgumentException for a read-only buffer
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public int recvInto(ByteBuffer buffer) throws OSError {
        try {
            Objects.requireNonNull(buffer, "recv_into() argument 'buffer' must be read-write bytes-like object, not None");
            if (buffer.isReadOnly()) {
                throw new IllegalArgumentException("recv_into() argument 1 must be read-write bytes-like object, not bytes");
            }
            if (!buffer.hasRemaining()) {
                return 0;
            }
            return impl.recv(buffer, 0, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * send: Python's {@code socket.send(bytes)}; see {@link #send(byte[], int)}.
     *
     * @param data the bytes to send
     * @return how many bytes went out (may be fewer than data's length, R12)
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         {@link BrokenPipeError} once the peer is gone (R13)
     */
    public int send(byte[] data) throws OSError {
        return send(data, 0);
    }

    /**
     * send: Python's {@code socket.send(bytes[, flags])}; MSG_NOSIGNAL is always added (R34).
     *
     * @param data the bytes to send
     * @param flags MSG_* flags, or'ed
     * @return how many bytes went out (may be fewer than data's length, R12)
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         {@link BrokenPipeError} once the peer is gone (R13)
     */
    public int send(byte[] data, int flags) throws OSError {
        try {
            Objects.requireNonNull(data, "a bytes-like object is required, not 'NoneType'");
            return impl.send(data, 0, data.length, flags, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * send: Python's {@code socket.send(bytes)} for a ByteBuffer: sends from data's position up
     * to its limit, advancing the position.
     *
     * @param data the bytes to send, from its position to its limit
     * @return how many bytes went out (may be fewer than remain, R12)
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         {@link BrokenPipeError} once the peer is gone (R13)
     */
    public int send(ByteBuffer data) throws OSError {
        try {
            Objects.requireNonNull(data, "a bytes-like object is required, not 'NoneType'");
            return impl.send(data, 0, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * sendall: Python's {@code socket.sendall(bytes)}: every byte, one deadline for the whole
     * call (R5).
     *
     * @param data the bytes to send
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         an unknown number of bytes may have gone out before the error
     */
    public void sendall(byte[] data) throws OSError {
        sendall(data, 0);
    }

    /**
     * sendall: Python's {@code socket.sendall(bytes[, flags])}: every byte, one deadline for the
     * whole call (R5).
     *
     * @param data the bytes to send
     * @param flags MSG_* flags, or'ed
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         an unknown number of bytes may have gone out before the error
     */
    public void sendall(byte[] data, int flags) throws OSError {
        try {
            Objects.requireNonNull(data, "a bytes-like object is required, not 'NoneType'");
            impl.sendall(data, 0, data.length, flags, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * sendall: Python's {@code socket.sendall(bytes)} for a ByteBuffer: sends data from its
     * position to its limit; the position ends at the limit.
     *
     * @param data the bytes to send, from its position to its limit
     * @throws NullPointerException for null data
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed;
     *         an unknown number of bytes may have gone out before the error
     */
    public void sendall(ByteBuffer data) throws OSError {
        try {
            Objects.requireNonNull(data, "a bytes-like object is required, not 'NoneType'");
            impl.sendall(data, 0, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * sendfile: Python's {@code socket.sendfile(file, offset, count)} (R23): sends the file's
     * bytes from offset, count of them or up to the end of the file, and returns how many
     * went out. The native backend has the kernel copy them (sendfile(2)), the jdk backend
     * {@link FileChannel#transferTo}; where neither can be used (a FileChannel that is not the
     * JDK's own, or a first sendfile(2) that fails) the bytes go through send() in blocks, as
     * CPython's fallback does (docs/python-semantics.md R23). The file's own position is set to
     * offset + the bytes sent when any were, also after an error; else it stays. In timeout
     * mode the timeout bounds the whole call (CPython's bounds each block). A peer that went
     * away raises BrokenPipeError or ConnectionResetError, never SIGPIPE (R34).
     *
     * @param file the file to send, readable
     * @param offset where to start in the file
     * @param count how many bytes to send at most; null: up to the end of the file
     * @return the bytes sent (0 for an empty file or an offset past its end)
     * @throws NullPointerException for a null file
     * @throws IllegalArgumentException "only SOCK_STREAM type sockets are supported", "count
     *         must be a positive integer (got 0)", "I/O operation on closed file", "non-blocking
     *         sockets are not supported", "Invalid file descriptor: -1" (a closed socket), in
     *         that order, as CPython checks
     * @throws java.nio.channels.NonReadableChannelException for a file opened for writing only
     *         (Python's io.UnsupportedOperation "read")
     * @throws OSError errno 22 (EINVAL) for a negative offset; the kernel's error as its OSError
     *         subclass (R9); in timeout mode {@link TimeoutError} "timed out"
     */
    public long sendfile(FileChannel file, long offset, Long count) throws OSError {
        try {
            return FileTransfer.send(impl, type, file, offset, count, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** lastDestination: sendto's last address conversion (recvfrom's are remembered by the backend's SockAddr). */
    private volatile Converted lastDestination;

    /**
     * sendto: Python's {@code socket.sendto(bytes, address)}: sends one datagram (sendto(2) with
     * MSG_NOSIGNAL). The first sendto of an unbound UDP socket binds it to an ephemeral port
     * (R14); an empty array is a zero-length datagram. Errors as Linux: EMSGSIZE 90 beyond
     * 65507 bytes of UDP payload, PermissionError 13 for a broadcast address without
     * SO_BROADCAST, BrokenPipeError 32 on an unconnected TCP socket.
     *
     * @param data the datagram
     * @param address the destination, of this socket's family
     * @return the datagram's length
     * @throws NullPointerException for null data or a null address (Python's TypeError text)
     * @throws IllegalArgumentException for an address of the wrong form, with the messages of
     *         {@link #bind} ("sendto(): port must be 0-65535.")
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public int sendto(byte[] data, Address address) throws OSError {
        return sendto(data, 0, address);
    }

    /**
     * sendto: Python's {@code socket.sendto(bytes, flags, address)}; flags pass through (R15);
     * see {@link #sendto(byte[], Address)}.
     *
     * @param data the datagram
     * @param flags MSG_* flags, or'ed
     * @param address the destination, of this socket's family
     * @return the datagram's length
     * @throws NullPointerException for null data or a null address (Python's TypeError text)
     * @throws IllegalArgumentException for an address of the wrong form, with Python's messages
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public int sendto(byte[] data, int flags, Address address) throws OSError {
        try {
            Objects.requireNonNull(data, "a bytes-like object is required, not 'NoneType'");
            if (address == null) {
                throw new NullPointerException(noneAddressMessage("sendto"));
            }
            return impl.sendto(data, 0, data.length, flags, destination(address), timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** Converted: one Address and the SockAddr it converts to (an immutable pair). */
    private record Converted(Address address, SockAddr sockAddr) {
    }

    /**
     * destination converts sendto's address, reusing the last conversion for the same
     * numeric address (converting it again gives the same bytes); a host name is looked up
     * on every call, as CPython does.
     */
    private SockAddr destination(Address address) throws OSError {
        Converted last = lastDestination;
        if (last != null && last.address().equals(address)) {
            return last.sockAddr();
        }
        SockAddr a = Addresses.toSockAddr(address, family, "sendto");
        if (Addresses.isNumeric(address)) {
            lastDestination = new Converted(address, a);
        }
        return a;
    }

    /** noneAddressMessage: Python's TypeError text for a None address on this family. */
    private String noneAddressMessage(String caller) {
        if (family == Sockets.AF_INET) {
            return caller + "(): AF_INET address must be tuple, not NoneType";
        }
        if (family == Sockets.AF_INET6) {
            return caller + "(): AF_INET6 address must be tuple, not NoneType";
        }
        return "a bytes-like object is required, not 'NoneType'";
    }

    /**
     * recvfrom: Python's {@code socket.recvfrom(bufsize)}; see {@link #recvfrom(int, int)}.
     *
     * @param bufsize the most bytes to receive
     * @return the data and the sender's address
     * @throws IllegalArgumentException "negative buffersize in recvfrom"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public Datagram recvfrom(int bufsize) throws OSError {
        return recvfrom(bufsize, 0);
    }

    /**
     * recvfrom: Python's {@code socket.recvfrom(bufsize[, flags])}: one datagram (at most bufsize
     * bytes of it, the rest is discarded, R14) and its sender. Unlike recv(0), a bufsize of 0
     * still makes the call and so consumes a datagram, as in CPython.
     *
     * <p>MSG_TRUNC: on a datagram socket the data has the datagram's real length; the bytes
     * beyond bufsize are zero (CPython returns uninitialised memory there, R14).
     *
     * @param bufsize the most bytes to receive
     * @param flags MSG_* flags, or'ed
     * @return the data and the sender's address, {@code null} where Python gives None (R27: a
     *         connected TCP socket)
     * @throws IllegalArgumentException "negative buffersize in recvfrom"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public Datagram recvfrom(int bufsize, int flags) throws OSError {
        try {
            if (bufsize < 0) {
                throw new IllegalArgumentException("negative buffersize in recvfrom");
            }
            byte[] buf = new byte[Math.min(bufsize, RECV_MAX)];
            SocketImpl.Received r = impl.recvfrom(buf, 0, buf.length, flags, timeoutNanos);
            int n = r.nbytes();
            // copyOf zero-fills when MSG_TRUNC reports more than bufsize.
            return new Datagram(n == buf.length ? buf : java.util.Arrays.copyOf(buf, n), Addresses.toAddress(r.address()));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * intoLength: how many bytes a {@code *_into} call may write into buffer for nbytes (0 means
     * the whole buffer), with CPython's messages for a negative or too large nbytes, which
     * differ between sock_recv_into and sock_recvfrom_into.
     */
    private static int intoLength(byte[] buffer, int nbytes, String function, String tooLarge) {
        if (nbytes < 0) {
            throw new IllegalArgumentException("negative buffersize in " + function);
        }
        if (nbytes > buffer.length) {
            throw new IllegalArgumentException(tooLarge);
        }
        return nbytes == 0 ? buffer.length : nbytes;
    }

    /**
     * recvfromInto: Python's {@code socket.recvfrom_into(buffer)}: fills from index 0; see
     * {@link #recvfromInto(byte[], int, int)}.
     *
     * @param buffer where the bytes go
     * @return the count and the sender's address
     * @throws NullPointerException for a null buffer
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public ReceivedInto recvfromInto(byte[] buffer) throws OSError {
        return recvfromInto(buffer, 0, 0);
    }

    /**
     * recvfromInto: Python's {@code socket.recvfrom_into(buffer[, nbytes[, flags]])}: receives at
     * most nbytes into buffer from index 0. With MSG_TRUNC on a datagram socket the count is the
     * datagram's real length, which may exceed nbytes; only nbytes bytes of buffer are written.
     *
     * @param buffer where the bytes go
     * @param nbytes the most bytes to receive; 0 means the whole buffer
     * @param flags MSG_* flags, or'ed
     * @return the count and the sender's address ({@code null} where Python gives None)
     * @throws NullPointerException for a null buffer
     * @throws IllegalArgumentException "negative buffersize in recvfrom_into", "nbytes is greater
     *         than the length of the buffer"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed
     */
    public ReceivedInto recvfromInto(byte[] buffer, int nbytes, int flags) throws OSError {
        try {
            Objects.requireNonNull(buffer, "recvfrom_into() argument 1 must be read-write bytes-like object, not None");
            int len = intoLength(buffer, nbytes, "recvfrom_into", "nbytes is greater than the length of the buffer");
            SocketImpl.Received r = impl.recvfrom(buffer, 0, len, flags, timeoutNanos);
            return new ReceivedInto(r.nbytes(), Addresses.toAddress(r.address()));
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    // ---- Messages with ancillary data and descriptor passing (R34-R37; native backend) ----

    /**
     * sendmsg: Python's {@code socket.sendmsg(buffers)}: no ancillary data, flags 0.
     *
     * @param buffers the byte arrays to gather, in order
     * @return the data bytes sent
     * @throws NullPointerException for a null list or element, with Python's message
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public int sendmsg(List<byte[]> buffers) throws OSError {
        return sendmsg(buffers, List.of(), 0, null);
    }

    /**
     * sendmsg: Python's {@code socket.sendmsg(buffers, ancdata)}: flags 0, no address.
     *
     * @param buffers the byte arrays to gather, in order
     * @param ancdata the ancillary data items
     * @return the data bytes sent
     * @throws NullPointerException for a null list or element, with Python's message
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata) throws OSError {
        return sendmsg(buffers, ancdata, 0, null);
    }

    /**
     * sendmsg: Python's {@code socket.sendmsg(buffers, ancdata, flags)}: no address.
     *
     * @param buffers the byte arrays to gather, in order
     * @param ancdata the ancillary data items
     * @param flags MSG_* flags (MSG_NOSIGNAL is always added, R34)
     * @return the data bytes sent
     * @throws NullPointerException for a null list or element, with Python's message
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata, int flags) throws OSError {
        return sendmsg(buffers, ancdata, flags, null);
    }

    /**
     * sendmsg: Python's {@code socket.sendmsg(buffers, ancdata, flags, address)} (R35): one
     * sendmsg(2) that gathers the buffers (copied once into native memory) with the ancillary
     * items, each taking CMSG_SPACE(len) of control data. {@code sendmsg(List.of())} returns 0.
     * Pass descriptors with {@link Ancillary#ofFds} (SCM_RIGHTS), credentials as
     * (SOL_SOCKET, SCM_CREDENTIALS, struct ucred); any other (level, type, data) goes to the
     * kernel as it is.
     *
     * @param buffers the byte arrays to gather, in order
     * @param ancdata the ancillary data items
     * @param flags MSG_* flags (MSG_NOSIGNAL is always added, R34)
     * @param address the destination, or {@code null} (Python's None) for none
     * @return the data bytes sent
     * @throws NullPointerException for a null list or element, with Python's message
     * @throws IllegalArgumentException for an address of the wrong form ("sendmsg(): port must
     *         be 0-65535.")
     * @throws OSError errno 9 (EBADF) for a closed descriptor in SCM_RIGHTS, 22 (EINVAL) for a
     *         type the kernel does not know; "ancillary data item too large"; the kernel's error
     *         as its OSError subclass (R9); in timeout mode {@link TimeoutError}, in non-blocking
     *         mode {@link BlockingIOError} (R1); errno 9 once closed; on the jdk backend
     *         EOPNOTSUPP naming it
     */
    public int sendmsg(List<byte[]> buffers, List<Ancillary> ancdata, int flags, Address address) throws OSError {
        try {
            SockAddr to = address == null ? null : Addresses.toSockAddr(address, family, "sendmsg");
            byte[][] data = MessageArgs.buffers(buffers);
            List<Ancillary> items = MessageArgs.ancillary(ancdata);
            return impl.sendmsg(data, items, flags, to, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * recvmsg: Python's {@code socket.recvmsg(bufsize)}: no ancillary data (sent descriptors
     * are dropped by the kernel, MSG_CTRUNC), flags 0.
     *
     * @param bufsize the most data bytes to receive (at most 64 MiB are read at once, as recv)
     * @return the data, no items, the flags and the sender
     * @throws IllegalArgumentException "negative buffer size in recvmsg()"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public Message recvmsg(int bufsize) throws OSError {
        return recvmsg(bufsize, 0, 0);
    }

    /**
     * recvmsg: Python's {@code socket.recvmsg(bufsize, ancbufsize)}: flags 0.
     *
     * @param bufsize the most data bytes to receive
     * @param ancbufsize the most control-data bytes to receive ({@link Sockets#CMSG_SPACE})
     * @return the data, the items, the flags and the sender
     * @throws IllegalArgumentException "negative buffer size in recvmsg()", "invalid ancillary
     *         data buffer length"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public Message recvmsg(int bufsize, int ancbufsize) throws OSError {
        return recvmsg(bufsize, ancbufsize, 0);
    }

    /**
     * recvmsg: Python's {@code socket.recvmsg(bufsize, ancbufsize, flags)} (R36): one
     * recvmsg(2). Received descriptors (SCM_RIGHTS items) are new, close-on-exec
     * (MSG_CMSG_CLOEXEC: CPython's are inheritable) and the caller's to close or adopt
     * ({@link Ancillary#fds}, {@link Sockets#close(int)}, {@link Sockets#socket(int, int, int, int)}).
     * None is ever leaked: an SCM_RIGHTS item cut by too small an ancbufsize is closed and
     * left out (where CPython warns and returns the cut item), with MSG_CTRUNC in the flags;
     * a call that fails after the syscall closes every descriptor it received.
     *
     * @param bufsize the most data bytes to receive (at most 64 MiB are read at once, as recv)
     * @param ancbufsize the most control-data bytes to receive ({@link Sockets#CMSG_SPACE};
     *        at most 64 KiB are asked of the kernel, more than it ever writes)
     * @param flags MSG_* flags (MSG_PEEK, MSG_WAITALL, ...)
     * @return the data, the items, the flags (MSG_TRUNC, MSG_CTRUNC) and the sender
     * @throws IllegalArgumentException "negative buffer size in recvmsg()", "invalid ancillary
     *         data buffer length"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public Message recvmsg(int bufsize, int ancbufsize, int flags) throws OSError {
        try {
            MessageArgs.recvBufsize(bufsize);
            MessageArgs.ancbufsize(ancbufsize);
            byte[] buf = new byte[Math.min(bufsize, RECV_MAX)];
            SocketImpl.ReceivedMessage r = impl.recvmsg(new ByteBuffer[] {ByteBuffer.wrap(buf)}, ancbufsize, flags,
                    timeoutNanos);
            try {
                int n = Math.min(r.nbytes(), buf.length); // MSG_TRUNC may report more: Python keeps bufsize
                byte[] data = n == buf.length ? buf : java.util.Arrays.copyOf(buf, n);
                return new Message(data, r.ancdata(), r.flags(), Addresses.toAddress(r.address()));
            } catch (RuntimeException | Error e) {
                MessageArgs.closeFds(r.ancdata()); // R36: no descriptor outlives a failed call
                throw e;
            }
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * recvmsgInto: Python's {@code socket.recvmsg_into(buffers)}: no ancillary data, flags 0.
     *
     * @param buffers writable buffers, filled in order from position to limit
     * @return the byte count, no items, the flags and the sender
     * @throws NullPointerException for a null list or element
     * @throws IllegalArgumentException for a read-only buffer, with Python's message
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public MessageInto recvmsgInto(List<ByteBuffer> buffers) throws OSError {
        return recvmsgInto(buffers, 0, 0);
    }

    /**
     * recvmsgInto: Python's {@code socket.recvmsg_into(buffers, ancbufsize)}: flags 0.
     *
     * @param buffers writable buffers, filled in order from position to limit
     * @param ancbufsize the most control-data bytes to receive
     * @return the byte count, the items, the flags and the sender
     * @throws NullPointerException for a null list or element
     * @throws IllegalArgumentException for a read-only buffer or a negative ancbufsize
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public MessageInto recvmsgInto(List<ByteBuffer> buffers, int ancbufsize) throws OSError {
        return recvmsgInto(buffers, ancbufsize, 0);
    }

    /**
     * recvmsgInto: Python's {@code socket.recvmsg_into(buffers, ancbufsize, flags)}: one
     * recvmsg(2) scattered over the buffers, each filled from its position to its limit and
     * its position advanced by what it received (as a {@link java.nio.channels.ScatteringByteChannel}
     * read). Direct buffers are filled in place, heap buffers through one copy. Descriptors as
     * {@link #recvmsg(int, int, int)}.
     *
     * @param buffers writable buffers, filled in order
     * @param ancbufsize the most control-data bytes to receive
     * @param flags MSG_* flags
     * @return the byte count (with MSG_TRUNC on a datagram, its real length), the items, the
     *         flags and the sender
     * @throws NullPointerException for a null list or element
     * @throws IllegalArgumentException for a read-only buffer ("recvmsg_into() argument 1 must be
     *         an iterable of single-segment read-write buffers") or a negative ancbufsize
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public MessageInto recvmsgInto(List<ByteBuffer> buffers, int ancbufsize, int flags) throws OSError {
        try {
            ByteBuffer[] into = MessageArgs.intoBuffers(buffers);
            MessageArgs.ancbufsize(ancbufsize);
            SocketImpl.ReceivedMessage r = impl.recvmsg(into, ancbufsize, flags, timeoutNanos);
            try {
                return new MessageInto(r.nbytes(), r.ancdata(), r.flags(), Addresses.toAddress(r.address()));
            } catch (RuntimeException | Error e) {
                MessageArgs.closeFds(r.ancdata());
                throw e;
            }
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * sendFds: Python's {@code socket.send_fds(sock, buffers, fds)} (R37): sendmsg with one
     * (SOL_SOCKET, SCM_RIGHTS) item of the descriptors (Linux takes at most 253 per message).
     * Like Python's, it returns the data bytes sent; on a stream, send at least one data byte,
     * or nothing is sent (R37).
     *
     * @param buffers the byte arrays to gather, in order
     * @param fds the descriptors to pass; the receiver gets duplicates, these stay open
     * @return the data bytes sent
     * @throws NullPointerException for a null list, element or fds, with Python's message
     * @throws OSError errno 9 (EBADF) for a closed descriptor, 22 (EINVAL) past 253; the kernel's
     *         error as its OSError subclass (R9); errno 9 once closed; on the jdk backend
     *         EOPNOTSUPP naming it
     */
    public int sendFds(List<byte[]> buffers, int[] fds) throws OSError {
        Ancillary rights = Ancillary.ofFds(MessageArgs.fds(fds));
        return sendmsg(buffers, List.of(rights), 0, null);
    }

    /**
     * recvFds: Python's {@code socket.recv_fds(sock, bufsize, maxfds)} (R37): recvmsg with room
     * for maxfds descriptors (ancbufsize CMSG_LEN(maxfds * 4)), the descriptors of its
     * SCM_RIGHTS items in order; other items are dropped, as Python drops them. When more
     * were sent than maxfds, the kernel closes the rest and the flags have MSG_CTRUNC. The
     * descriptors are close-on-exec and the caller's to close ({@link Sockets#close(int)}) or
     * adopt ({@link Sockets#socket(int, int, int, int)}).
     *
     * @param bufsize the most data bytes to receive
     * @param maxfds the most descriptors to receive
     * @return the data, the descriptors, the flags and the sender
     * @throws IllegalArgumentException "CMSG_LEN() argument out of range" for a negative or huge
     *         maxfds, "negative buffer size in recvmsg()"
     * @throws OSError the kernel's error as its OSError subclass (R9); in timeout mode
     *         {@link TimeoutError} "timed out", in non-blocking mode {@link BlockingIOError} (R1);
     *         errno 9 (EBADF) once closed; on the jdk backend EOPNOTSUPP naming it
     */
    public FdMessage recvFds(int bufsize, int maxfds) throws OSError {
        int ancbufsize = MessageArgs.fdsAncbufsize(maxfds);
        Message m = recvmsg(bufsize, ancbufsize, 0);
        try {
            int count = 0;
            for (Ancillary a : m.ancdata()) {
                if (a.level() == Sockets.SOL_SOCKET && a.type() == Sockets.SCM_RIGHTS) {
                    count += a.data().length / Integer.BYTES;
                }
            }
            int[] fds = new int[count];
            int at = 0;
            for (Ancillary a : m.ancdata()) {
                if (a.level() == Sockets.SOL_SOCKET && a.type() == Sockets.SCM_RIGHTS) {
                    int[] some = a.fds();
                    System.arraycopy(some, 0, fds, at, some.length);
                    at += some.length;
                }
            }
            return new FdMessage(m.data(), fds, m.flags(), m.address());
        } catch (RuntimeException | Error e) {
            MessageArgs.closeFds(m.ancdata());
            throw e;
        }
    }

    /**
     * shutdown: Python's {@code socket.shutdown(how)} (R19).
     *
     * @param how SHUT_RD, SHUT_WR or SHUT_RDWR
     * @throws OSError errno 22 (EINVAL) for another how, 107 (ENOTCONN) when not connected, 9
     *         (EBADF) once closed
     */
    public void shutdown(int how) throws OSError {
        try {
            impl.shutdown(how);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * close: Python's {@code socket.close()}: idempotent; wakes threads blocked in this socket
     * (they raise OSError 9) and closes the descriptor once the last of them has left.
     *
     * @throws OSError errno 9 (EBADF) only if the descriptor was closed underneath (R16)
     */
    @Override
    public void close() throws OSError {
        FdHandle lifetime = impl.lifetime();
        int rc = lifetime.closeSocket();
        if (lifetime.isClosed()) {
            cleanable.clean(); // deregisters; closing again is a no-op
        }
        if (rc < 0) {
            throw Errors.fromReturn(rc);
        }
    }

    /**
     * isOpen: the channel view (no Python counterpart).
     *
     * @return false once closed
     */
    @Override
    public boolean isOpen() {
        return !impl.lifetime().isSocketClosed();
    }

    /**
     * read: the channel view of {@link #recvInto(ByteBuffer)}.
     *
     * @param dst where the bytes go, from its position to its limit
     * @return how many bytes were received, -1 at end of stream, 0 when dst has no room
     * @throws OSError as {@link #recvInto(ByteBuffer)}
     */
    @Override
    public int read(ByteBuffer dst) throws OSError {
        if (!dst.hasRemaining()) {
            return 0;
        }
        int n = recvInto(dst);
        return n == 0 ? -1 : n;
    }

    /**
     * write: the channel view of {@link #send(ByteBuffer)}.
     *
     * @param src the bytes to send, from its position to its limit
     * @return how many bytes went out
     * @throws OSError as {@link #send(ByteBuffer)}
     */
    @Override
    public int write(ByteBuffer src) throws OSError {
        return send(src);
    }

    /**
     * fileno: Python's {@code socket.fileno()}. On the jdk backend this is a handle that
     * identifies the socket, not an OS descriptor (the JDK does not expose it).
     *
     * @return the descriptor, -1 once closed
     */
    public int fileno() {
        return impl.fileno();
    }

    /**
     * settimeout: Python's {@code socket.settimeout(value)} (R1, R8). With
     * {@link #settimeout(double)} this is the only overload, so {@code settimeout(null)},
     * {@code settimeout(1)} and {@code settimeout(0.5)} all compile, as Python's calls do. (A
     * {@code java.time.Duration} is {@code settimeout(d.toNanos() / 1e9)}: an overload taking it
     * would make a bare null ambiguous.)
     *
     * @param seconds null blocks (None), 0.0 is non-blocking, a positive value is a timeout
     * @throws IllegalArgumentException for a NaN, negative or too large value, with Python's
     *         messages
     * @throws OSError errno 9 (EBADF) once closed
     */
    public void settimeout(Double seconds) throws OSError {
        applyTimeout(Timeouts.toNanos(seconds));
    }

    /**
     * settimeout: Python's {@code socket.settimeout(value)} for a number, int or float
     * ({@code settimeout(1)}); see {@link #settimeout(Double)}.
     *
     * @param seconds 0.0 is non-blocking, a positive value is a timeout
     * @throws IllegalArgumentException for a NaN, negative or too large value, with Python's
     *         messages
     * @throws OSError errno 9 (EBADF) once closed
     */
    public void settimeout(double seconds) throws OSError {
        applyTimeout(Timeouts.toNanos(seconds));
    }

    /** applyTimeout sets the descriptor's mode first, so a closed socket raises OSError 9 (R8). */
    private void applyTimeout(long nanos) throws OSError {
        try {
            impl.setTimeoutMode(nanos);
            timeoutNanos = nanos;
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * gettimeout: Python's {@code socket.gettimeout()}. Works on a closed socket.
     *
     * @return the timeout in seconds, or null for blocking (None)
     */
    public Double gettimeout() {
        return Timeouts.toSeconds(timeoutNanos);
    }

    /**
     * setblocking: Python's {@code socket.setblocking(flag)}: true is settimeout(null), false is
     * settimeout(0.0).
     *
     * @param flag whether calls block
     * @throws OSError errno 9 (EBADF) once closed
     */
    public void setblocking(boolean flag) throws OSError {
        settimeout(flag ? null : 0.0);
    }

    /**
     * getblocking: Python's {@code socket.getblocking()}.
     *
     * @return false only in non-blocking mode (timeout 0.0)
     */
    public boolean getblocking() {
        return timeoutNanos != 0;
    }

    /**
     * setsockopt: Python's {@code socket.setsockopt(level, optname, value: int)}: the value as a
     * 4-byte C int (R32).
     *
     * @param level SOL_SOCKET, IPPROTO_TCP, ...
     * @param optname the option, e.g. SO_REUSEADDR
     * @param value the option's value
     * @throws OSError the kernel's error, e.g. errno 92 (ENOPROTOOPT) for an unknown option
     */
    public void setsockopt(int level, int optname, int value) throws OSError {
        try {
            impl.setsockoptInt(level, optname, value);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * setsockopt: Python's {@code socket.setsockopt(level, optname, value: buffer)}: the bytes
     * passed to the kernel verbatim, e.g. a struct linger (R32).
     *
     * @param level SOL_SOCKET, IPPROTO_TCP, ...
     * @param optname the option, e.g. SO_LINGER
     * @param value the option's value as the kernel's struct
     * @throws NullPointerException for a null value
     * @throws OSError the kernel's error, e.g. errno 22 (EINVAL) for a value of the wrong size
     */
    public void setsockopt(int level, int optname, byte[] value) throws OSError {
        try {
            Objects.requireNonNull(value, "a bytes-like object is required, not 'NoneType'");
            impl.setsockopt(level, optname, value);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * getsockopt: Python's {@code socket.getsockopt(level, optname)}: the int form (R32).
     *
     * @param level SOL_SOCKET, IPPROTO_TCP, ...
     * @param optname the option, e.g. SO_TYPE
     * @return the option's value as a C int
     * @throws OSError the kernel's error, e.g. errno 92 (ENOPROTOOPT) for an unknown option
     */
    public int getsockopt(int level, int optname) throws OSError {
        try {
            return impl.getsockoptInt(level, optname);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * getsockopt: Python's {@code socket.getsockopt(level, optname, buflen)}: the bytes form
     * (R32). Python's buflen 0 means the int form: that is {@link #getsockopt(int, int)} here.
     *
     * @param level SOL_SOCKET, IPPROTO_TCP, ...
     * @param optname the option, e.g. SO_LINGER
     * @param buflen the most bytes to read, 1..1024
     * @return as many bytes as the kernel wrote, at most buflen
     * @throws OSError "getsockopt buflen out of range" for buflen outside 1..1024; else the
     *         kernel's error
     */
    public byte[] getsockopt(int level, int optname, int buflen) throws OSError {
        try {
            if (buflen <= 0 || buflen > 1024) {
                throw new OSError("getsockopt buflen out of range");
            }
            return impl.getsockopt(level, optname, buflen);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * getsockname: Python's {@code socket.getsockname()}.
     *
     * @return the local address; ('0.0.0.0', 0) for an unbound AF_INET socket
     * @throws OSError errno 9 (EBADF) once closed
     */
    public Address getsockname() throws OSError {
        try {
            return Addresses.toAddress(impl.getsockname());
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * getpeername: Python's {@code socket.getpeername()}.
     *
     * @return the remote address
     * @throws OSError errno 107 (ENOTCONN) when not connected, 9 (EBADF) once closed
     */
    public Address getpeername() throws OSError {
        try {
            return Addresses.toAddress(impl.getpeername());
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * getInheritable: Python's {@code socket.get_inheritable()}.
     *
     * @return whether child processes inherit the descriptor (false by default)
     * @throws OSError errno 9 (EBADF) once closed
     */
    public boolean getInheritable() throws OSError {
        try {
            return impl.getInheritable();
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * setInheritable: Python's {@code socket.set_inheritable(inheritable)}.
     *
     * @param inheritable whether child processes inherit the descriptor
     * @throws OSError errno 9 (EBADF) once closed; on the jdk backend, EOPNOTSUPP naming it for
     *         true
     */
    public void setInheritable(boolean inheritable) throws OSError {
        try {
            impl.setInheritable(inheritable);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * dup: Python's {@code socket.dup()}: a new Socket on a duplicate descriptor
     * ({@code fcntl(F_DUPFD_CLOEXEC)}, so never inheritable) with the same family, type, proto
     * and timeout. Both share one open file description, so the O_NONBLOCK flag is shared too
     * (R1). Native backend only.
     *
     * @return the new socket
     * @throws OSError errno 9 (EBADF) on a closed socket (R16); on the jdk backend, EOPNOTSUPP
     *         naming it
     */
    public Socket dup() throws OSError {
        try {
            return new Socket(impl.dup(), family, type, proto, timeoutNanos, true);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * detach: Python's {@code socket.detach()}: closes this Socket object WITHOUT closing the
     * descriptor and returns the descriptor, which the caller now owns (close it with
     * {@link Sockets#close(int)} or wrap it with {@link Sockets#socket(int, int, int, int)}).
     * Afterwards fileno() is -1 and every descriptor call raises OSError 9. Threads blocked in
     * the socket are not woken, as in CPython. Native backend only.
     *
     * @return the descriptor, or -1 when already closed (R16)
     * @throws OSError on the jdk backend, which has no descriptor to give, EOPNOTSUPP naming it
     *         (the socket stays open)
     */
    public int detach() throws OSError {
        try {
            int fd = impl.detach();
            if (fd >= 0) {
                cleanable.clean(); // closing is a no-op once detached
            }
            return fd;
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * family: Python's {@code socket.family}.
     *
     * @return the AF_* value
     */
    public int family() {
        return family;
    }

    /**
     * type: Python's {@code socket.type}.
     *
     * @return the SOCK_* value, without SOCK_NONBLOCK and SOCK_CLOEXEC (R7)
     */
    public int type() {
        return type;
    }

    /**
     * proto: Python's {@code socket.proto}.
     *
     * @return the protocol number given at creation (or read from the descriptor)
     */
    public int proto() {
        return proto;
    }

    /**
     * toString: Python's {@code repr(socket)}, e.g. {@code <socket.socket fd=3, family=2,
     * type=1, proto=0, laddr=('127.0.0.1', 5000)>}; laddr and raddr are left out when unknown
     * (R24).
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("<socket.socket ");
        boolean closed = impl.lifetime().isSocketClosed();
        if (closed) {
            b.append("[closed] ");
        }
        b.append("fd=").append(fileno()).append(", family=").append(family).append(", type=").append(type)
                .append(", proto=").append(proto);
        if (!closed) {
            appendAddress(b, "laddr", true);
            appendAddress(b, "raddr", false);
        }
        return b.append('>').toString();
    }

    private void appendAddress(StringBuilder b, String label, boolean local) {
        try {
            Address a = local ? getsockname() : getpeername();
            if (a != null && !(a instanceof Address.Unix u && u.path().isEmpty())) {
                // R24: an AF_UNIX path prints as str (no quotes), an abstract name as bytes.
                boolean path = a instanceof Address.Unix u && !u.path().startsWith("\0");
                b.append(", ").append(label).append('=').append(path ? ((Address.Unix) a).path() : a);
            }
        } catch (OSError e) {
            // R24: an address that cannot be read is left out of the repr.
        }
    }

    // ---- makefile (R17): the socket as a file ----

    /**
     * makefile: Python's {@code socket.makefile(mode)}: a file over this socket, text (UTF-8)
     * unless mode has "b", with the default buffer; see
     * {@link #makefile(String, int, String, String, String)}.
     *
     * @param mode any combination of "r", "w" and "b" ("" and "b" read)
     * @return the file; close it, and the socket, to close the descriptor
     * @throws NullPointerException for a null mode
     * @throws IllegalArgumentException "invalid mode 'x' (only r, w, b allowed)"
     * @throws OSError never in practice (declared as Python's may)
     */
    public SocketFile makefile(String mode) throws OSError {
        return makefile(mode, -1, null, null, null);
    }

    /**
     * makefile: Python's {@code socket.makefile(mode, buffering, encoding=, errors=, newline=)}
     * (R17). Python's None is -1 for buffering and null for the three strings. Works on a
     * closed socket, as in Python (the file's reads then raise OSError 9). The file holds a
     * reference to the descriptor: {@link #close()} with a file open leaves the descriptor open
     * and usable until the file closes too.
     *
     * @param mode any combination of "r", "w" and "b" ("" and "b" read)
     * @param buffering -1 (None) or any negative: 8192 bytes; 0: no buffer (binary only); n: an
     *        n-byte buffer (1 is a 1-byte buffer: makefile never line-buffers, as in CPython)
     * @param encoding text mode: the codec (null: UTF-8, where Python takes the locale's);
     *        ignored in binary mode, as in Python
     * @param errors text mode: "strict" (null), "ignore", "replace", "surrogateescape",
     *        "backslashreplace", "xmlcharrefreplace" or "namereplace"; looked up at the first
     *        coding error, as in Python
     * @param newline text mode: null (universal newlines, read as "\n"), "", "\n", "\r" or
     *        "\r\n" (TextIOWrapper's rules)
     * @return the file; close it, and the socket, to close the descriptor
     * @throws NullPointerException for a null mode
     * @throws IllegalArgumentException Python's ValueError/LookupError: "invalid mode 'x' (only
     *         r, w, b allowed)", "unbuffered streams must be binary", "illegal newline value: x",
     *         "unknown encoding: x"
     * @throws OSError never in practice (declared as Python's may)
     */
    public SocketFile makefile(String mode, int buffering, String encoding, String errors, String newline)
            throws OSError {
        try {
            return SocketFile.open(this, mode, buffering, encoding, errors, newline);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** lifetime: the descriptor's owner, for the files made from this socket. */
    FdHandle lifetime() {
        return impl.lifetime();
    }

    /** recvRaw: SocketIO's {@code recv_into}: into b[off, off+len), len &gt; 0, with the current timeout. */
    int recvRaw(byte[] b, int off, int len) throws OSError {
        try {
            return impl.recv(b, off, len, 0, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /** sendRaw: SocketIO's {@code send}: from b[off, off+len), with the current timeout. */
    int sendRaw(byte[] b, int off, int len) throws OSError {
        try {
            return impl.send(b, off, len, 0, timeoutNanos);
        } finally {
            Reference.reachabilityFence(this);
        }
    }

    /**
     * releaseFile: a file made from this socket closed (Python's {@code _decref_socketios});
     * the last one closes the descriptor if the socket is closed already.
     */
    void releaseFile() throws OSError {
        FdHandle lifetime = impl.lifetime();
        int rc = lifetime.releaseIo();
        if (lifetime.isClosed()) {
            cleanable.clean();
        }
        if (rc < 0) {
            throw Errors.fromReturn(rc);
        }
    }

    /**
     * backend: which backend this socket runs on (no Python counterpart).
     *
     * @return "native" or "jdk"
     */
    public String backend() {
        return impl.backendName();
    }
}
