package dev.pysocket.internal.posix;

/**
 * Libpysocket: native/include/pysocket.h, written in Java. One static native per exported
 * psk_* function, same name, all-primitive arguments: pointers are raw {@code long}
 * addresses into memory the caller allocated once (docs/native-boundary.md). Every
 * function returns {@code >= 0} or {@code -errno} ({@link #PSK_TIMEOUT} for a passed
 * deadline). The sizes and offsets of the records behind those addresses are {@link Layout}'s,
 * read from the library. Registered by {@link NativeLoader}; no checks here, they live one
 * layer up.
 */
final class Libpysocket {
    static final int PSK_TIMEOUT = -1000000;
    static final int PSK_READABLE = 1;
    static final int PSK_WRITABLE = 2;
    static final int PSK_ERROR = 4;

    private Libpysocket() {
    }

    static native int psk_init(long table, int n);

    static native int psk_strerror(int errnum, long buf, int buflen);

    static native int psk_layout(long buf, int buflen);

    /** psk_nop: returns 0; only the benchmarks call it, to time one bare call per binding. */
    static native int psk_nop();

    static native int psk_socket(int family, int type, int proto);

    static native int psk_socketpair(int family, int type, int proto, long out);

    static native int psk_close(int fd);

    static native int psk_dup(int fd);

    static native int psk_preclose(int fd);

    static native int psk_wake_init();

    static native long psk_thread_id();

    static native int psk_wake_thread(long tid);

    static native int psk_wake_signal();

    static native int psk_shutdown(int fd, int how);

    static native int psk_set_nonblocking(int fd, int on);

    static native int psk_get_inheritable(int fd);

    static native int psk_set_inheritable(int fd, int on);

    static native int psk_socket_probe(int fd, long out);

    static native int psk_bind(int fd, long addr);

    static native int psk_listen(int fd, int backlog);

    static native int psk_getsockname(int fd, long out);

    static native int psk_getpeername(int fd, long out);

    static native int psk_connect(int fd, long addr);

    static native int psk_connect_timed(int fd, long addr, long timeoutNs);

    static native int psk_accept(int fd, long peer, int flags);

    static native int psk_accept_timed(int fd, long peer, int flags, long timeoutNs);

    static native int psk_accept_bounded(int fd, long peer, int flags, long boundNs);

    static native int psk_recv(int fd, long buf, int len, int flags);

    static native int psk_recv_timed(int fd, long buf, int len, int flags, long timeoutNs);

    static native int psk_send(int fd, long buf, int len, int flags);

    static native int psk_send_timed(int fd, long buf, int len, int flags, long timeoutNs);

    static native int psk_sendall(int fd, long buf, int len, int flags);

    static native int psk_sendall_timed(int fd, long buf, int len, int flags, long timeoutNs);

    static native int psk_sendto(int fd, long buf, int len, int flags, long to);

    static native int psk_sendto_timed(int fd, long buf, int len, int flags, long to, long timeoutNs);

    static native int psk_recvfrom(int fd, long buf, int len, int flags, long from);

    static native int psk_recvfrom_timed(int fd, long buf, int len, int flags, long from, long timeoutNs);

    static native int psk_sendfile(int fd, int inFd, long offset, int count);

    static native int psk_sendfile_timed(int fd, int inFd, long offset, int count, long timeoutNs);

    static native long psk_file_offset(int fd);

    static native int psk_file_dup_at_offset(long offset);

    /** psk_sendmsg: gather iov (struct iovec[iovcnt]) with the items' control data built into control. */
    static native int psk_sendmsg(int fd, long iov, int iovcnt, long items, int itemslen, long control,
            int controllen, int flags, long to);

    static native int psk_sendmsg_timed(int fd, long iov, int iovcnt, long items, int itemslen, long control,
            int controllen, int flags, long to, long timeoutNs);

    /** psk_recvmsg: scatter into iov, control data parsed into items; out: msg_flags, item bytes, item count. */
    static native int psk_recvmsg(int fd, long iov, int iovcnt, long control, int controllen, long items,
            int itemslen, int flags, long from, long out);

    static native int psk_recvmsg_timed(int fd, long iov, int iovcnt, long control, int controllen, long items,
            int itemslen, int flags, long from, long out, long timeoutNs);

    static native long psk_getsockopt_int(int fd, int level, int optname);

    static native int psk_setsockopt_int(int fd, int level, int optname, int value);

    static native int psk_getsockopt(int fd, int level, int optname, long buf, int buflen);

    static native int psk_setsockopt(int fd, int level, int optname, long buf, int buflen);

    static native int psk_wait(int fd, int events, long timeoutNs);

    /** select.c: sizeof(fd_set), the bytes reserved per epoll event, and epoll_ctl's ops. */
    static final int PSK_FD_SET_SIZE = 128;
    static final int PSK_EPOLL_EVENT_SPACE = 16;
    static final int PSK_EPOLL_CTL_ADD = 1;
    static final int PSK_EPOLL_CTL_DEL = 2;
    static final int PSK_EPOLL_CTL_MOD = 3;

    static native int psk_select(int nfds, long readfds, long writefds, long exceptfds, long timeoutNs);

    static native int psk_poll(long fds, int nfds, long timeoutNs);

    static native int psk_epoll_create();

    static native int psk_epoll_ctl(int epfd, int op, int fd, int events);

    static native int psk_epoll_wait(int epfd, long out, int maxevents, long timeoutNs);

    static final int PSK_GAI_BASE = -2000000;
    static final int PSK_H_BASE = -3000000;

    static native int psk_getaddrinfo(long host, long service, long hints, long out, int outlen);

    static native int psk_getnameinfo(long addr, int flags, long out, int outlen);

    static native int psk_gai_strerror(int eai, long buf, int buflen);

    static native int psk_hstrerror(int h, long buf, int buflen);

    static native int psk_gethostbyname(long name, long out, int outlen);

    static native int psk_gethostbyaddr(long addr, long out, int outlen);

    static native int psk_gethostname(long out, int outlen);

    static native int psk_getservbyname(long name, long proto);

    static native int psk_getservbyport(int port, long proto, long out, int outlen);

    static native int psk_getprotobyname(long name);

    static native int psk_if_nameindex(long out, int outlen);

    static native int psk_if_nametoindex(long name);

    static native int psk_if_indextoname(int index, long out, int outlen);
}
