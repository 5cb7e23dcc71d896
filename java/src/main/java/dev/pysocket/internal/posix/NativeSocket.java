package dev.pysocket.internal.posix;

import dev.pysocket.Ancillary;
import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.TimeoutError;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.FdHandle;
import dev.pysocket.internal.FileTransfer;
import dev.pysocket.internal.Os;
import dev.pysocket.internal.SockAddr;
import dev.pysocket.internal.SocketImpl;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * NativeSocket: {@link SocketImpl} over libpysocket. Each operation holds the descriptor
 * through {@link FdHandle} for exactly one native call (or one per chunk of sendall's byte[]),
 * opened and released by {@link NativeThread#open(FdHandle, long)} and its close,
 * passes raw addresses of its {@link NativeThread}'s scratch memory, of temporary memory for a
 * transfer larger than that keeps, or of the caller's direct buffer, and turns a negative
 * return into the exception (docs/native-boundary.md, docs/native-memory.md).
 * Timeouts: the fd's O_NONBLOCK flag follows the mode (R1); a positive timeout uses the
 * *_timed functions, which poll and operate in one crossing.
 *
 * <p>close() from another thread (docs/close.md): a call that may block registers its
 * {@link NativeThread} with the handle; close pre-closes the descriptor (psk_preclose: a dead
 * socket takes the number) and wakes those threads, whose retry meets the dead socket. So a
 * call that overlaps close() ends with OSError 9, unless it moved data first: whatever a
 * syscall reports after the pre-close, including success, is the dead socket's answer.
 *
 * <p>On a virtual thread (docs/virtual-threads.md) a call that may block never blocks in the
 * kernel, which would pin the carrier: it tries without blocking (MSG_DONTWAIT, or the
 * O_NONBLOCK the timeout mode already set) and parks between tries ({@link VirtualWait}).
 */
final class NativeSocket implements SocketImpl {
    /** NO_ADDRESS: C's NULL in place of a psk_addr block: recvAt and sendAt make a plain recv or send. */
    private static final long NO_ADDRESS = 0;
    /**
     * JNI_ARRAYS: the library is bound through jni, so send, recv, sendall, sendto and recvfrom
     * of a byte[] go through {@link JniArrays} (one copy through C memory of that call) instead
     * of this thread's scratch data area; sendto and recvfrom still pass the address in the
     * thread's psk_addr block (docs/jni.md, docs/native-memory.md).
     */
    private static final boolean JNI_ARRAYS = "jni".equals(NativeLoader.binding());

    /**
     * CLOSER retires a descriptor the JDK's way (sun.nio.ch.UnixDispatcher.preClose): never
     * with shutdown(), which acts on the socket, so every duplicate of it would see it. Epoll
     * descriptors ({@link NativeEpoll}) are retired the same way.
     */
    static final FdHandle.Closer CLOSER = new FdHandle.Closer() {
        @Override
        public void preClose(int fd) {
            // Fails only for a bad fd, which an open handle does not hold.
            Libpysocket.psk_preclose(fd);
        }

        @Override
        public int destroy(int fd) {
            // Before close: once closed, the number may name a new socket.
            VirtualPoller.forget(fd);
            return Libpysocket.psk_close(fd);
        }
    };

    private final FdHandle handle;
    /** lastFrom: the sender recvfrom reported last (any thread; immutable, so a race only costs a read). */
    private volatile SockAddr lastFrom;

    NativeSocket(int fd) {
        this.handle = new FdHandle(fd, CLOSER);
    }

    @Override
    public String backendName() {
        return "native";
    }

    @Override
    public FdHandle lifetime() {
        return handle;
    }

    /**
     * failure turns a negative return into the exception: EBADF when close() ran meanwhile
     * (the woken thread must not report the shutdown's side effects), TimeoutError for
     * PSK_TIMEOUT, else the errno's class.
     */
    private OSError failure(int rc) {
        if (handle.isClosed()) {
            return OSError.of(Errno.EBADF);
        }
        if (rc == Libpysocket.PSK_TIMEOUT) {
            return new TimeoutError();
        }
        return Errors.fromReturn(rc);
    }

    /** check returns rc when it is a success, else throws {@link #failure}. */
    private int check(int rc) throws OSError {
        if (rc < 0) {
            throw failure(rc);
        }
        return rc;
    }

    /**
     * checkOpen returns rc, a success, unless close() ran meanwhile: then the success may be
     * the dead socket's (a connect whose SO_ERROR read 0 on it, its address, an option), so
     * the call raises EBADF as one that began after close would.
     */
    private int checkOpen(int rc) throws OSError {
        if (handle.isClosed()) {
            throw OSError.of(Errno.EBADF);
        }
        return rc;
    }

    /** received: n, checked; a 0-byte read is EBADF when close() woke it (docs/python-semantics.md R18). */
    private int received(int n) throws OSError {
        if (n == 0 && handle.isClosed()) {
            throw OSError.of(Errno.EBADF);
        }
        return check(n);
    }

    /**
     * Attempt: one try, on a virtual thread, of an operation that must not block; dontWait is
     * the MSG_DONTWAIT to add to the call's flags (the fd may be in blocking mode). It answers
     * the call's count (&gt;= 0) or -errno, unchecked: -EAGAIN, the usual answer, then costs
     * no exception. An operation whose result is an object leaves it in a one-element array
     * (made for virtual threads only, so a platform thread's call allocates no more than before).
     */
    @FunctionalInterface
    private interface Attempt {
        int apply(NativeThread t, int dontWait) throws OSError;
    }

    /** wouldBlock: rc is -EAGAIN (or -EWOULDBLOCK): the call must wait for readiness. */
    private static boolean wouldBlock(int rc) {
        return rc == -Os.EAGAIN || rc == -Os.EWOULDBLOCK;
    }

    /**
     * virtualWait: the parking wait of one call that may block, or null when the call blocks
     * as before (a platform thread, the non-blocking mode, or flags that already say
     * MSG_DONTWAIT: Python's answer is then BlockingIOError, not a wait).
     */
    private VirtualWait virtualWait(long timeoutNanos, int flags) {
        if ((flags & Os.MSG_DONTWAIT) != 0) {
            return null;
        }
        return VirtualWait.begin(handle, timeoutNanos);
    }

    /**
     * parking: a until it does not fail with EAGAIN, each try holding the descriptor and the
     * scratch memory only for itself, and v parked for events between tries. A virtual thread
     * waiting here holds no native memory and no carrier.
     */
    private int parking(VirtualWait v, int events, Attempt a) throws OSError {
        try (v) {
            for (;;) {
                try (NativeThread t = open()) {
                    int rc = a.apply(t, Os.MSG_DONTWAIT);
                    if (!wouldBlock(rc)) {
                        return check(rc);
                    }
                }
                v.await(events);
            }
        }
    }

    /** FdCall: one libpysocket call on the held descriptor, returning >= 0 or -errno. */
    @FunctionalInterface
    private interface FdCall {
        int apply(int fd);
    }

    /**
     * open begins one call on this socket: {@link NativeThread#open(FdHandle, long)} holds the
     * descriptor (and registers the thread for close() to wake, unless the call cannot block)
     * until the {@code try} that opened it ends. Every operation below is one such
     * {@code try (NativeThread t = open(...))}; none allocates for it.
     */
    private NativeThread open(long timeoutNanos) throws OSError {
        return NativeThread.open(handle, timeoutNanos);
    }

    /** open begins one call on this socket that does not block (no waiter for close() to wake). */
    private NativeThread open() throws OSError {
        return NativeThread.open(handle);
    }

    /** call makes one native call that does not block, on the held descriptor, and checks its result. */
    private int call(FdCall c) throws OSError {
        try (NativeThread t = open()) {
            return checkOpen(check(c.apply(t.fd())));
        }
    }

    @Override
    public void setTimeoutMode(long timeoutNanos) throws OSError {
        call(fd -> Libpysocket.psk_set_nonblocking(fd, timeoutNanos >= 0 ? 1 : 0));
    }

    @Override
    public void bind(SockAddr address) throws OSError {
        try (NativeThread t = open()) {
            checkOpen(check(Libpysocket.psk_bind(t.fd(), Sockaddrs.write(t.scratch(), address))));
        }
    }

    @Override
    public void listen(int backlog) throws OSError {
        call(fd -> Libpysocket.psk_listen(fd, backlog));
    }

    /**
     * accept: a connection accepted while close() ran is closed again and the call raises
     * EBADF, as if the listener had been closed first (its queue is reset then too).
     */
    @Override
    public Accept accept(long timeoutNanos, boolean childNonBlocking) throws OSError {
        int flags = childNonBlocking ? Os.SOCK_NONBLOCK : 0;
        VirtualWait v = virtualWait(timeoutNanos, 0);
        if (v != null) {
            // Timeout mode made the fd O_NONBLOCK: accept answers EAGAIN instead of blocking.
            // Blocking mode has no per-call flag to override: psk_accept_bounded accepts only
            // when a connection is queued, and never waits long for one another acceptor took.
            boolean timed = v.timed();
            Accept[] out = new Accept[1];
            parking(v, VirtualPoller.EPOLLIN, (t, dontWait) -> {
                long peer = Sockaddrs.clear(t.scratch());
                int conn = timed ? Libpysocket.psk_accept(t.fd(), peer, flags)
                        : Libpysocket.psk_accept_bounded(t.fd(), peer, flags, ACCEPT_BOUND_NANOS);
                if (conn >= 0) {
                    out[0] = accepted(t.scratch(), conn);
                }
                return conn;
            });
            return out[0];
        }
        try (NativeThread t = open(timeoutNanos)) {
            int fd = t.fd();
            long peer = Sockaddrs.clear(t.scratch());
            return accepted(t.scratch(), check(timeoutNanos > 0
                    ? Libpysocket.psk_accept_timed(fd, peer, flags, timeoutNanos)
                    : Libpysocket.psk_accept(fd, peer, flags)));
        }
    }

    /**
     * ACCEPT_BOUND_NANOS: the longest a virtual thread's blocking-mode accept holds its carrier
     * when the connection it saw queued was taken by another acceptor (psk_accept_bounded,
     * docs/virtual-threads.md); then it parks again.
     */
    private static final long ACCEPT_BOUND_NANOS = 10_000_000;

    /** accepted: the connection conn, whose peer address is in s; closed again (EBADF) when close() ran meanwhile. */
    private Accept accepted(Scratch s, int conn) throws OSError {
        if (handle.isClosed()) {
            Libpysocket.psk_close(conn);
            throw OSError.of(Errno.EBADF);
        }
        return new Accept(new NativeSocket(conn), Sockaddrs.read(s));
    }

    @Override
    public void connect(SockAddr address, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, 0);
        if (v != null && v.timed()) {
            connectParking(v, address);
            return;
        }
        if (v != null) {
            // Blocking mode: connect(2) would pin the carrier, and only O_NONBLOCK, which the
            // duplicates share, could make it return early; a platform thread makes it instead.
            PlatformOffload.run(() -> connectBlocking(address, timeoutNanos));
            return;
        }
        connectBlocking(address, timeoutNanos);
    }

    /** connectBlocking: connect(2) on this thread, in blocking mode or (on a platform thread) with a timeout. */
    private void connectBlocking(SockAddr address, long timeoutNanos) throws OSError {
        try (NativeThread t = open(timeoutNanos)) {
            int fd = t.fd();
            long addr = Sockaddrs.write(t.scratch(), address);
            checkOpen(check(timeoutNanos > 0 ? Libpysocket.psk_connect_timed(fd, addr, timeoutNanos)
                    : Libpysocket.psk_connect(fd, addr)));
        }
    }

    /**
     * connectParking: connect(2) on the fd the timeout mode made O_NONBLOCK, then, while it is
     * in progress, park until writable and read SO_ERROR, as psk_connect_timed polls (CPython's
     * sock_connect_impl). SO_ERROR is read only once poll says writable: before that it reads 0
     * for a connect still under way.
     */
    private void connectParking(VirtualWait v, SockAddr address) throws OSError {
        try (v) {
            int rc;
            try (NativeThread t = open()) {
                rc = Libpysocket.psk_connect(t.fd(), Sockaddrs.write(t.scratch(), address));
            }
            if (rc != -Os.EINPROGRESS && rc != -Os.EINTR) {
                checkOpen(check(rc));
                return;
            }
            for (;;) {
                v.await(VirtualPoller.EPOLLOUT);
                try (NativeThread t = open()) {
                    int fd = t.fd();
                    if (check(Libpysocket.psk_wait(fd, Libpysocket.PSK_WRITABLE, 0)) == 0) {
                        continue; // a spurious wakeup: still connecting
                    }
                    long err = Libpysocket.psk_getsockopt_int(fd, Os.SOL_SOCKET, Os.SO_ERROR);
                    if (err < 0) {
                        throw failure((int) err);
                    }
                    if (err == Os.EAGAIN) {
                        continue; // CPython's sock_call_ex: EAGAIN here is a false positive
                    }
                    if (err != 0 && err != Os.EISCONN) {
                        throw failure((int) -err);
                    }
                    checkOpen(0);
                    return;
                }
            }
        }
    }

    @Override
    public int recv(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            return received(parking(v, VirtualPoller.EPOLLIN,
                    (t, dontWait) -> receive(t.fd(), t.scratch(), buf, off, len, flags | dontWait, NO_ADDRESS, 0)));
        }
        try (NativeThread t = open(timeoutNanos)) {
            return received(receive(t.fd(), t.scratch(), buf, off, len, flags, NO_ADDRESS, timeoutNanos));
        }
    }

    /**
     * receive: one recv (from is NO_ADDRESS) or recvfrom into buf through the scratch memory,
     * or temporary memory past RETAINED_MAX (one call for the whole length: a datagram must
     * not be cut). With MSG_TRUNC the count may exceed len; only len bytes are copied, so no
     * byte of native memory beyond what the kernel wrote for this call ever leaves. Under jni
     * the copy is {@link JniArrays}' (C memory of the call) and the scratch holds only the
     * sender's block. The count, or -errno unchecked.
     */
    private static int receive(int fd, Scratch s, byte[] buf, int off, int len, int flags, long from,
            long timeoutNanos) throws OSError {
        if (JNI_ARRAYS) {
            return from == NO_ADDRESS ? JniArrays.recv(fd, buf, off, len, flags, timeoutNanos)
                    : JniArrays.recvfrom(fd, buf, off, len, flags, from, timeoutNanos);
        }
        if (len > Scratch.RETAINED_MAX) {
            try (NativeMemory m = Scratch.temporary(len)) {
                int n = recvAt(fd, m.address(), len, flags, from, timeoutNanos);
                if (n > 0) {
                    m.buffer().get(0, buf, off, Math.min(n, len));
                }
                return n;
            }
        }
        int n = recvAt(fd, s.data(len), len, flags, from, timeoutNanos);
        if (n > 0) {
            s.dataBuffer().get(0, buf, off, Math.min(n, len));
        }
        return n;
    }

    /** recvAt: psk_recv, or psk_recvfrom filling the psk_addr block at from; *_timed for a positive timeout. */
    private static int recvAt(int fd, long address, int len, int flags, long from, long timeoutNanos) {
        if (from == NO_ADDRESS) {
            return timeoutNanos > 0 ? Libpysocket.psk_recv_timed(fd, address, len, flags, timeoutNanos)
                    : Libpysocket.psk_recv(fd, address, len, flags);
        }
        return timeoutNanos > 0 ? Libpysocket.psk_recvfrom_timed(fd, address, len, flags, from, timeoutNanos)
                : Libpysocket.psk_recvfrom(fd, address, len, flags, from);
    }

    /** recv into a ByteBuffer: a direct one in place, a heap one through its array as recv(byte[]). */
    @Override
    public int recv(ByteBuffer dst, int flags, long timeoutNanos) throws OSError {
        int pos = dst.position();
        int len = dst.remaining();
        if (!dst.isDirect()) {
            // The facade refuses read-only buffers, so a heap buffer has its array.
            int n = recv(dst.array(), dst.arrayOffset() + pos, len, flags, timeoutNanos);
            dst.position(pos + Math.min(n, len)); // MSG_TRUNC may report more than len
            return n;
        }
        VirtualWait v = virtualWait(timeoutNanos, flags);
        int n;
        if (v != null) {
            n = received(parking(v, VirtualPoller.EPOLLIN, (t, dontWait) -> recvAt(t.fd(),
                    t.scratch().directAddress(dst, false) + pos, len, flags | dontWait, NO_ADDRESS, 0)));
        } else {
            try (NativeThread t = open(timeoutNanos)) {
                long address = t.scratch().directAddress(dst, false) + pos;
                n = received(recvAt(t.fd(), address, len, flags, NO_ADDRESS, timeoutNanos));
            }
        }
        dst.position(pos + Math.min(n, len));
        return n;
    }

    /** sendAt: psk_send, or psk_sendto the psk_addr block at to; *_timed for a positive timeout. */
    private static int sendAt(int fd, long address, int len, int flags, long to, long timeoutNanos) {
        if (to == NO_ADDRESS) {
            return timeoutNanos > 0 ? Libpysocket.psk_send_timed(fd, address, len, flags, timeoutNanos)
                    : Libpysocket.psk_send(fd, address, len, flags);
        }
        return timeoutNanos > 0 ? Libpysocket.psk_sendto_timed(fd, address, len, flags, to, timeoutNanos)
                : Libpysocket.psk_sendto(fd, address, len, flags, to);
    }

    @Override
    public int send(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            return parking(v, VirtualPoller.EPOLLOUT,
                    (t, dontWait) -> transmit(t.fd(), t.scratch(), buf, off, len, flags | dontWait, NO_ADDRESS, 0));
        }
        try (NativeThread t = open(timeoutNanos)) {
            return check(transmit(t.fd(), t.scratch(), buf, off, len, flags, NO_ADDRESS, timeoutNanos));
        }
    }

    /**
     * transmit: one send (to is NO_ADDRESS) or sendto of buf, copied through the scratch
     * memory, or temporary memory past RETAINED_MAX: one call for the whole array, as
     * Python's (R12: a blocking send usually takes all; a datagram must not be cut). Under jni
     * the copy is {@link JniArrays}' and the scratch holds only the destination's block. The
     * count, or -errno unchecked.
     */
    private static int transmit(int fd, Scratch s, byte[] buf, int off, int len, int flags, long to,
            long timeoutNanos) throws OSError {
        if (JNI_ARRAYS) {
            return to == NO_ADDRESS ? JniArrays.send(fd, buf, off, len, flags, timeoutNanos)
                    : JniArrays.sendto(fd, buf, off, len, flags, to, timeoutNanos);
        }
        if (len > Scratch.RETAINED_MAX) {
            try (NativeMemory m = Scratch.temporary(len)) {
                m.buffer().put(0, buf, off, len);
                return sendAt(fd, m.address(), len, flags, to, timeoutNanos);
            }
        }
        long address = s.data(len);
        s.dataBuffer().put(0, buf, off, len);
        return sendAt(fd, address, len, flags, to, timeoutNanos);
    }

    /** send from a ByteBuffer: a direct one in place, a heap one through its array as send(byte[]). */
    @Override
    public int send(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        int pos = src.position();
        int len = src.remaining();
        if (!src.isDirect()) {
            int n = src.hasArray() ? send(src.array(), src.arrayOffset() + pos, len, flags, timeoutNanos)
                    : send(copyOf(src), 0, len, flags, timeoutNanos);
            src.position(pos + n);
            return n;
        }
        VirtualWait v = virtualWait(timeoutNanos, flags);
        int n;
        if (v != null) {
            n = parking(v, VirtualPoller.EPOLLOUT, (t, dontWait) -> sendAt(t.fd(),
                    t.scratch().directAddress(src, true) + pos, len, flags | dontWait, NO_ADDRESS, 0));
        } else {
            try (NativeThread t = open(timeoutNanos)) {
                long address = t.scratch().directAddress(src, true) + pos;
                n = check(sendAt(t.fd(), address, len, flags, NO_ADDRESS, timeoutNanos));
            }
        }
        src.position(pos + n);
        return n;
    }

    /** copyOf: the remaining bytes of a read-only heap buffer, which lends no array. */
    private static byte[] copyOf(ByteBuffer src) {
        byte[] copy = new byte[src.remaining()];
        src.get(src.position(), copy);
        return copy;
    }

    /** sendall of a byte[]: chunks of at most RETAINED_MAX through the scratch memory, one deadline for all (R5). */
    @Override
    public void sendall(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            sendallParking(v, len, (t, done, dontWait) -> {
                int chunk = Math.min(len - done, Scratch.RETAINED_MAX);
                if (JNI_ARRAYS) {
                    return JniArrays.send(t.fd(), buf, off + done, chunk, flags | dontWait, 0);
                }
                Scratch s = t.scratch();
                long address = s.data(chunk);
                s.dataBuffer().put(0, buf, off + done, chunk);
                return Libpysocket.psk_send(t.fd(), address, chunk, flags | dontWait);
            });
            return;
        }
        try (NativeThread t = open(timeoutNanos)) {
            int fd = t.fd();
            Scratch s = t.scratch();
            long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0; // read the clock only if needed
            int done = 0;
            do {
                int chunk = Math.min(len - done, Scratch.RETAINED_MAX);
                if (JNI_ARRAYS) {
                    check(JniArrays.sendall(fd, buf, off + done, chunk, flags, remaining(timeoutNanos, deadline)));
                } else {
                    long address = s.data(chunk);
                    s.dataBuffer().put(0, buf, off + done, chunk);
                    check(sendallAt(fd, address, chunk, flags, remaining(timeoutNanos, deadline)));
                }
                done += chunk;
            } while (done < len);
        }
    }

    @Override
    public void sendall(ByteBuffer src, int flags, long timeoutNanos) throws OSError {
        int pos = src.position();
        int len = src.remaining();
        if (!src.isDirect()) {
            if (src.hasArray()) {
                sendall(src.array(), src.arrayOffset() + pos, len, flags, timeoutNanos);
            } else {
                sendall(copyOf(src), 0, len, flags, timeoutNanos);
            }
            src.position(pos + len);
            return;
        }
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            sendallParking(v, len, (t, done, dontWait) -> Libpysocket.psk_send(t.fd(),
                    t.scratch().directAddress(src, true) + pos + done, len - done, flags | dontWait));
            src.position(src.limit());
            return;
        }
        try (NativeThread t = open(timeoutNanos)) {
            check(sendallAt(t.fd(), t.scratch().directAddress(src, true) + pos, len, flags, timeoutNanos));
            src.position(src.limit());
        }
    }

    /** Part: one send of sendall's bytes from offset done on, without blocking: the count sent or -errno. */
    @FunctionalInterface
    private interface Part {
        int send(NativeThread t, int done, int dontWait) throws OSError;
    }

    /**
     * sendallParking: psk_sendall(_timed) for a virtual thread: sends until all len bytes went
     * out (at least one send, as CPython's, so sendall(b"") still reports EPIPE), parking for
     * EPOLLOUT whenever the buffer is full, under one deadline (R5: a part after the first
     * times out at once when no time is left).
     */
    private void sendallParking(VirtualWait v, int len, Part part) throws OSError {
        try (v) {
            int done = 0;
            boolean first = true;
            do {
                if (!first && v.timed() && v.timeLeft() <= 0) {
                    throw new TimeoutError();
                }
                first = false;
                int sent;
                try (NativeThread t = open()) {
                    sent = part.send(t, done, Os.MSG_DONTWAIT);
                    if (!wouldBlock(sent)) {
                        check(sent);
                    }
                }
                if (wouldBlock(sent)) {
                    v.await(VirtualPoller.EPOLLOUT);
                } else {
                    done += sent;
                }
            } while (done < len);
        }
    }

    /** remaining: the time left of one sendall's budget (R5); a spent budget raises TimeoutError. */
    private static long remaining(long timeoutNanos, long deadline) throws TimeoutError {
        if (timeoutNanos <= 0) {
            return timeoutNanos;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new TimeoutError();
        }
        return left;
    }

    private static int sendallAt(int fd, long address, int len, int flags, long timeoutNanos) {
        return timeoutNanos > 0 ? Libpysocket.psk_sendall_timed(fd, address, len, flags, timeoutNanos)
                : Libpysocket.psk_sendall(fd, address, len, flags);
    }

    @Override
    public int sendto(byte[] buf, int off, int len, int flags, SockAddr address, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            return parking(v, VirtualPoller.EPOLLOUT, (t, dontWait) -> transmit(t.fd(), t.scratch(), buf, off, len,
                    flags | dontWait, Sockaddrs.write(t.scratch(), address), 0));
        }
        try (NativeThread t = open(timeoutNanos)) {
            Scratch s = t.scratch();
            return check(transmit(t.fd(), s, buf, off, len, flags, Sockaddrs.write(s, address), timeoutNanos));
        }
    }

    /** recvfrom: one {@link #receive} with the sender read back from the thread's psk_addr block. */
    @Override
    public Received recvfrom(byte[] buf, int off, int len, int flags, long timeoutNanos) throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            Received[] out = new Received[1];
            parking(v, VirtualPoller.EPOLLIN, (t, dontWait) -> {
                Scratch s = t.scratch();
                int n = receive(t.fd(), s, buf, off, len, flags | dontWait, Sockaddrs.clear(s), 0);
                if (n >= 0) {
                    out[0] = receivedFrom(s, n);
                }
                return n;
            });
            return out[0];
        }
        try (NativeThread t = open(timeoutNanos)) {
            Scratch s = t.scratch();
            return receivedFrom(s, check(receive(t.fd(), s, buf, off, len, flags, Sockaddrs.clear(s), timeoutNanos)));
        }
    }

    /** receivedFrom: the result of a recvfrom that received n bytes, the sender read from s. */
    private Received receivedFrom(Scratch s, int n) throws OSError {
        SockAddr sender = Sockaddrs.readSame(s, lastFrom);
        lastFrom = sender;
        return new Received(received(n), sender);
    }

    /**
     * sendfile: sendfile(2) from a duplicate of the FileChannel's descriptor
     * ({@link FileChannelDescriptor}) in blocks of at most 1 GiB, one deadline for all. As
     * CPython's {@code _sendfile_use_sendfile}, an error before the first byte gives up on
     * sendfile(2) and sends through send() instead (which meets the same error, or works: a
     * file opened for writing only is then the channel's own error); so does a FileChannel
     * whose descriptor cannot be found.
     */
    @Override
    public void sendfile(FileTransfer transfer) throws OSError {
        VirtualWait v = VirtualWait.begin(handle, transfer.timeoutNanos());
        if (v != null && !v.timed()) {
            // sendfile(2) has no MSG_DONTWAIT and the blocking fd must stay blocking: the
            // copy through send() parks instead (CPython's own fallback, _sendfile_use_send).
            transfer.copyThrough(this);
            return;
        }
        int in = FileChannelDescriptor.duplicate(transfer.file());
        if (in < 0) {
            transfer.copyThrough(this);
            return;
        }
        boolean sentByKernel;
        try {
            sentByKernel = v != null ? kernelSendfileParking(transfer, in, v) : kernelSendfile(transfer, in);
        } finally {
            Libpysocket.psk_close(in);
        }
        if (!sentByKernel) {
            transfer.copyThrough(this);
        }
    }

    /** kernelSendfile: the sendfile(2) loop; false when it failed before any byte went out. */
    private boolean kernelSendfile(FileTransfer transfer, int in) throws OSError {
        try (NativeThread t = open(transfer.timeoutNanos())) {
            int fd = t.fd();
            while (!transfer.done()) {
                long left = transfer.timeLeft();
                int n = left > 0 ? Libpysocket.psk_sendfile_timed(fd, in, transfer.position(), transfer.block(), left)
                        : Libpysocket.psk_sendfile(fd, in, transfer.position(), transfer.block());
                int step = advanced(transfer, n);
                if (step != GO_ON) {
                    return step == END_OF_FILE;
                }
            }
            return true;
        }
    }

    /**
     * kernelSendfileParking: the sendfile(2) loop of a virtual thread in timeout mode, whose fd
     * is O_NONBLOCK: each EAGAIN parks until writable, under the transfer's one deadline.
     */
    private boolean kernelSendfileParking(FileTransfer transfer, int in, VirtualWait v) throws OSError {
        try (v) {
            while (!transfer.done()) {
                transfer.timeLeft(); // TimeoutError once the budget is spent
                int n;
                try (NativeThread t = open()) {
                    n = Libpysocket.psk_sendfile(t.fd(), in, transfer.position(), transfer.block());
                }
                if (n == -Os.EAGAIN || n == -Os.EWOULDBLOCK) {
                    v.await(VirtualPoller.EPOLLOUT);
                    continue;
                }
                int step = advanced(transfer, n);
                if (step != GO_ON) {
                    return step == END_OF_FILE;
                }
            }
            return true;
        }
    }

    /** The outcomes of {@link #advanced}. */
    private static final int GO_ON = 1;
    private static final int END_OF_FILE = 0;
    private static final int USE_SEND = -1;

    /**
     * advanced applies one sendfile(2) result n to transfer: GO_ON, END_OF_FILE (the kernel
     * sent all there was), or USE_SEND when sendfile failed before any byte went out (the
     * caller then copies through send()); any other failure is raised.
     */
    private int advanced(FileTransfer transfer, int n) throws OSError {
        if (n < 0) {
            if (transfer.sent() == 0 && n != Libpysocket.PSK_TIMEOUT && !handle.isClosed()) {
                return USE_SEND;
            }
            throw failure(n);
        }
        if (n == 0) {
            return END_OF_FILE;
        }
        transfer.advance(n);
        return GO_ON;
    }

    /** sendmsg: the buffers and items through one {@link MessageArea}, one psk_sendmsg(_timed) call. */
    @Override
    public int sendmsg(byte[][] buffers, List<Ancillary> ancdata, int flags, SockAddr address, long timeoutNanos)
            throws OSError {
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            return parking(v, VirtualPoller.EPOLLOUT,
                    (t, dontWait) -> sendMessage(t, buffers, ancdata, flags | dontWait, address, 0));
        }
        try (NativeThread t = open(timeoutNanos)) {
            return check(sendMessage(t, buffers, ancdata, flags, address, timeoutNanos));
        }
    }

    private int sendMessage(NativeThread t, byte[][] buffers, List<Ancillary> ancdata, int flags, SockAddr address,
            long timeoutNanos) throws OSError {
        try (MessageArea m = MessageArea.forSend(t.scratch(), buffers, ancdata)) {
            int fd = t.fd();
            long to = address == null ? NO_ADDRESS : Sockaddrs.write(t.scratch(), address);
            return timeoutNanos > 0
                    ? Libpysocket.psk_sendmsg_timed(fd, m.iov(), m.iovcnt(), m.items(), m.itemsLen(), m.control(),
                            m.controlLen(), flags, to, timeoutNanos)
                    : Libpysocket.psk_sendmsg(fd, m.iov(), m.iovcnt(), m.items(), m.itemsLen(), m.control(),
                            m.controlLen(), flags, to);
        }
    }

    /**
     * recvmsg: one psk_recvmsg(_timed) call; C has already closed what it could not parse.
     * Once it succeeded, every descriptor it returned is handed over in the result or, if
     * anything fails before the result exists (close() meanwhile, no heap), closed (R36).
     */
    @Override
    public ReceivedMessage recvmsg(ByteBuffer[] buffers, int ancbufsize, int flags, long timeoutNanos)
            throws OSError {
        ReceivedMessage[] out = new ReceivedMessage[1];
        VirtualWait v = virtualWait(timeoutNanos, flags);
        if (v != null) {
            parking(v, VirtualPoller.EPOLLIN,
                    (t, dontWait) -> receiveMessage(t, buffers, ancbufsize, flags | dontWait, 0, out));
        } else {
            try (NativeThread t = open(timeoutNanos)) {
                check(receiveMessage(t, buffers, ancbufsize, flags, timeoutNanos, out));
            }
        }
        return out[0];
    }

    /** receiveMessage: one recvmsg, its result to out[0]; the count or -errno. */
    private int receiveMessage(NativeThread t, ByteBuffer[] buffers, int ancbufsize, int flags,
            long timeoutNanos, ReceivedMessage[] out) throws OSError {
        try (MessageArea m = MessageArea.forReceive(t.scratch(), buffers, ancbufsize)) {
            Scratch s = t.scratch();
            int fd = t.fd();
            long from = Sockaddrs.clear(s);
            int n = timeoutNanos > 0
                    ? Libpysocket.psk_recvmsg_timed(fd, m.iov(), m.iovcnt(), m.control(), m.controlLen(), m.items(),
                            m.itemsLen(), flags, from, s.ints(), timeoutNanos)
                    : Libpysocket.psk_recvmsg(fd, m.iov(), m.iovcnt(), m.control(), m.controlLen(), m.items(),
                            m.itemsLen(), flags, from, s.ints());
            if (n < 0) {
                return n;
            }
            int msgFlags = s.intAt(0);
            int count = s.intAt(2);
            boolean handedOver = false;
            try {
                received(n);
                List<Ancillary> items = m.readItems(count);
                m.scatter(n, buffers);
                out[0] = new ReceivedMessage(n, items, msgFlags, Sockaddrs.read(s));
                handedOver = true;
                return n;
            } finally {
                if (!handedOver) {
                    m.closeReceivedFds(count);
                }
            }
        }
    }

    @Override
    public void shutdown(int how) throws OSError {
        call(fd -> Libpysocket.psk_shutdown(fd, how));
    }

    @Override
    public SockAddr getsockname() throws OSError {
        try (NativeThread t = open()) {
            checkOpen(check(Libpysocket.psk_getsockname(t.fd(), Sockaddrs.clear(t.scratch()))));
            return Sockaddrs.read(t.scratch());
        }
    }

    @Override
    public SockAddr getpeername() throws OSError {
        try (NativeThread t = open()) {
            checkOpen(check(Libpysocket.psk_getpeername(t.fd(), Sockaddrs.clear(t.scratch()))));
            return Sockaddrs.read(t.scratch());
        }
    }

    @Override
    public int getsockoptInt(int level, int optname) throws OSError {
        try (NativeThread t = open()) {
            long v = Libpysocket.psk_getsockopt_int(t.fd(), level, optname);
            if (v < 0) {
                throw failure((int) v);
            }
            return checkOpen((int) v);
        }
    }

    @Override
    public void setsockoptInt(int level, int optname, int value) throws OSError {
        call(fd -> Libpysocket.psk_setsockopt_int(fd, level, optname, value));
    }

    @Override
    public byte[] getsockopt(int level, int optname, int buflen) throws OSError {
        try (NativeThread t = open()) {
            Scratch s = t.scratch();
            int n = checkOpen(check(Libpysocket.psk_getsockopt(t.fd(), level, optname, s.option(), buflen)));
            return s.getOption(Math.min(n, buflen));
        }
    }

    @Override
    public void setsockopt(int level, int optname, byte[] value) throws OSError {
        if (value.length > Scratch.OPTION_MAX) {
            try (NativeMemory m = Scratch.temporary(value.length)) {
                m.buffer().put(0, value);
                call(fd -> Libpysocket.psk_setsockopt(fd, level, optname, m.address(), value.length));
            }
            return;
        }
        try (NativeThread t = open()) {
            long option = t.scratch().putOption(value);
            checkOpen(check(Libpysocket.psk_setsockopt(t.fd(), level, optname, option, value.length)));
        }
    }

    @Override
    public boolean getInheritable() throws OSError {
        return call(fd -> Libpysocket.psk_get_inheritable(fd)) != 0;
    }

    @Override
    public void setInheritable(boolean inheritable) throws OSError {
        call(fd -> Libpysocket.psk_set_inheritable(fd, inheritable ? 1 : 0));
    }

    /** dup: a copy made while close() ran may be of the dead socket: it is closed again (EBADF). */
    @Override
    public SocketImpl dup() throws OSError {
        try (NativeThread t = open()) {
            int copy = check(Libpysocket.psk_dup(t.fd()));
            if (handle.isClosed()) {
                Libpysocket.psk_close(copy);
                throw OSError.of(Errno.EBADF);
            }
            return new NativeSocket(copy);
        }
    }

    @Override
    public int detach() {
        return handle.detach();
    }
}
