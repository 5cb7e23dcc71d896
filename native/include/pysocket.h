/*
 * pysocket.h - the C layer of pysocket: one thin function per syscall step.
 *
 * Naming: every exported function is psk_<syscall>[_<variant>]; internal helpers are
 * static or psk__*. Java mirrors this header one to one in internal/posix/Libpysocket.java.
 *
 * Contract of every psk_* function:
 *   - returns n >= 0 on success, or -errno on failure (never relies on errno after return);
 *   - PSK_TIMEOUT (not an errno) when a *_timed call's deadline passed;
 *   - EINTR is retried inside C; a *_timed call retries with the time left on
 *     CLOCK_MONOTONIC, so a signal never extends the deadline (R2);
 *   - every send passes MSG_NOSIGNAL (SO_NOSIGPIPE where that does not exist);
 *   - arguments are primitive: fds are int, buffers and addresses are raw pointers into
 *     memory the caller owns, lengths are int. NULL pointers or negative lengths give
 *     -EINVAL, never a crash (Java validates first; C re-checks what is cheap).
 *   - timeout_ns of a *_timed call is relative (nanoseconds from the call), > 0.
 */
#ifndef PYSOCKET_H
#define PYSOCKET_H

#include <stdint.h>

#if defined(PSK_BUILDING) && defined(__GNUC__)
#define PSK_EXPORT __attribute__((visibility("default")))
#else
#define PSK_EXPORT
#endif

/* A *_timed call's deadline passed before the operation could run. */
#define PSK_TIMEOUT (-1000000)

/*
 * psk_addr: the portable, packed form of a socket address that Java reads and writes at the
 * offsets psk_layout reports (0, 4, 8, 12, 16, 20; size 128 on Linux). address.c converts it
 * to and from the platform's sockaddr_in / sockaddr_in6 / sockaddr_un.
 *   family   AF_* of this platform; 0 = "no address" (the kernel reported addrlen 0)
 *   port     host byte order (inet, inet6)
 *   flowinfo, scope_id   inet6 only, host byte order
 *   len      bytes used in data: 4 (inet), 16 (inet6), path length without NUL (unix;
 *            0 = unnamed; abstract names start with a 0 byte and count it)
 *   data     address bytes in network order, or the AF_UNIX path bytes
 */
typedef struct psk_addr {
    int32_t family;
    int32_t port;
    uint32_t flowinfo;
    uint32_t scope_id;
    int32_t len;
    uint8_t data[108];
} psk_addr;

#define PSK_ADDR_SIZE 128

/*
 * psk_layout writes the sizes and field offsets of the records Java reads and writes (the
 * structs of this header, PSK_AI_HEADER, PSK_NI_*), so that Java takes them from the
 * library it loaded instead of copying them: one "NAME=value\n" line each (NAME without the
 * PSK_ prefix: ADDR_SIZE, ADDR_PORT, AI_ADDR, ...), NUL-terminated. Returns the text's
 * length without the NUL, -ENOBUFS when buflen cannot hold it all (nothing useful is written
 * then), -EINVAL for a NULL buf or buflen < 0.
 */
PSK_EXPORT int psk_layout(char *buf, int buflen);

/*
 * Platform constants: PSK_CONSTANTS(X) lists them in the order psk_init writes them (as
 * int64_t: INADDR_BROADCAST and friends do not fit an int). It is generated from
 * native/constants.list, as Java's ConstantNames is, so the two hold the same names in the
 * same order. A name the platform lacks is written as PSK_ABSENT.
 */
#define PSK_ABSENT INT64_MIN
#include "pysocket_constants.h"

/* Writes up to n constants (PSK_CONSTANTS order) into table; returns how many exist. */
PSK_EXPORT int psk_init(int64_t *table, int n);
/* strerror_r into buf (always NUL-terminated); returns the message length. */
PSK_EXPORT int psk_strerror(int errnum, char *buf, int buflen);
/*
 * psk_nop does nothing and returns 0. It exists so that the benchmarks can measure what one
 * call through each binding (JNI, JNA direct mapping) costs by itself, with no syscall and no
 * argument conversion (benchmarks/WORKLOADS.md, workload "calls"). nop.c.
 */
PSK_EXPORT int psk_nop(void);

/* socket.c */
PSK_EXPORT int psk_socket(int family, int type, int proto);   /* adds SOCK_CLOEXEC */
/* socketpair(2) with SOCK_CLOEXEC added: writes the two connected fds to out[0] and out[1]
 * and returns 0, or -errno (-EINVAL for a NULL out; Linux answers -EOPNOTSUPP for AF_INET,
 * R22). out is untouched on failure. */
PSK_EXPORT int psk_socketpair(int family, int type, int proto, int32_t *out);
PSK_EXPORT int psk_close(int fd);            /* never retried; EINTR and ECONNRESET count as 0 */
/* Closing a descriptor other threads are blocked in (wake.c; the JDK's protocol, see
 * docs/close.md). psk_preclose makes fd name a dead socket (a shut-down socketpair end made
 * once) without freeing the number: every later syscall on fd fails or sees EOF at once,
 * while a duplicate of the old socket keeps working. A thread already blocked in a syscall on
 * fd is then woken by psk_wake_thread(its psk_thread_id()): the wake signal has a handler
 * that does nothing, the syscall fails with EINTR, and the EINTR retry lands on the dead
 * socket. The caller closes fd (psk_close) when the last thread has left. 0 or -errno. */
PSK_EXPORT int psk_preclose(int fd);
/* psk_wake_init installs the wake signal's no-op handler (only where the signal has none:
 * SIG_DFL or SIG_IGN; a handler the JVM or another library installed is kept) and makes the
 * dead socket; once per process, later calls return the first result. 0 or -errno. */
PSK_EXPORT int psk_wake_init(void);
/* psk_thread_id: the calling thread's kernel id (gettid). */
PSK_EXPORT int64_t psk_thread_id(void);
/* psk_wake_thread sends the wake signal to thread tid of this process: 0, -ESRCH when it has
 * exited, -EINVAL for a tid out of range. Harmless to any thread: every psk_* call retries
 * EINTR with the time left. */
PSK_EXPORT int psk_wake_thread(int64_t tid);
/* psk_wake_signal: the signal number psk_wake_thread sends (SIGRTMAX - 2). */
PSK_EXPORT int psk_wake_signal(void);
PSK_EXPORT int psk_dup(int fd);              /* F_DUPFD_CLOEXEC */
PSK_EXPORT int psk_shutdown(int fd, int how);
PSK_EXPORT int psk_set_nonblocking(int fd, int on);   /* O_NONBLOCK on or off */
PSK_EXPORT int psk_get_inheritable(int fd);           /* 1 if FD_CLOEXEC is clear */
PSK_EXPORT int psk_set_inheritable(int fd, int on);
/* Python's socket(fileno=fd) (socketmodule.c sock_initobj): checks that fd is an open
 * socket and writes what it auto-detects into out[3]: the family getsockname reports
 * (-1 if getsockname fails otherwise, as CPython leaves it), SO_TYPE and SO_PROTOCOL
 * (0 where the platform lacks it). Returns 0, or -errno: -EBADF for a closed fd,
 * -ENOTSOCK for a file that is not a socket, -EINVAL for a NULL out. */
PSK_EXPORT int psk_socket_probe(int fd, int32_t *out);

/* bind.c */
PSK_EXPORT int psk_bind(int fd, const psk_addr *addr);
PSK_EXPORT int psk_listen(int fd, int backlog);
PSK_EXPORT int psk_getsockname(int fd, psk_addr *out);
PSK_EXPORT int psk_getpeername(int fd, psk_addr *out);

/* connect.c: a blocking connect interrupted by EINTR is made again (Linux then waits for the
 * handshake under way; EISCONN means it completed), unlike CPython's poll + SO_ERROR (R6,
 * docs/close.md). connect_timed expects an O_NONBLOCK fd: connect, EINPROGRESS ->
 * poll(POLLOUT) until the deadline -> SO_ERROR (0 or EISCONN = success). */
PSK_EXPORT int psk_connect(int fd, const psk_addr *addr);
PSK_EXPORT int psk_connect_timed(int fd, const psk_addr *addr, int64_t timeout_ns);

/* accept.c: accept4(SOCK_CLOEXEC | flags); flags may add SOCK_NONBLOCK. peer may be NULL.
 * Returns the new fd. */
PSK_EXPORT int psk_accept(int fd, psk_addr *peer, int flags);
PSK_EXPORT int psk_accept_timed(int fd, psk_addr *peer, int flags, int64_t timeout_ns);
/* accept_bounded: for a caller that must not block long (a virtual thread's carrier) on a
 * blocking listener: -EAGAIN when no connection is queued; else accept4, which gives up with
 * -EAGAIN after bound_ns (> 0) if another acceptor took the connection first. */
PSK_EXPORT int psk_accept_bounded(int fd, psk_addr *peer, int flags, int64_t bound_ns);

/* io.c: recv/send return the byte count. The *_timed forms poll first, then make the
 * call once, and go back to poll on EAGAIN (R2). sendall loops until len bytes are sent
 * (returns len), or fails with -errno / PSK_TIMEOUT (bytes already sent are lost, as in
 * Python); one deadline covers the whole sendall_timed call (R5). */
PSK_EXPORT int psk_recv(int fd, void *buf, int len, int flags);
PSK_EXPORT int psk_recv_timed(int fd, void *buf, int len, int flags, int64_t timeout_ns);
PSK_EXPORT int psk_send(int fd, const void *buf, int len, int flags);
PSK_EXPORT int psk_send_timed(int fd, const void *buf, int len, int flags, int64_t timeout_ns);
PSK_EXPORT int psk_sendall(int fd, const void *buf, int len, int flags);
PSK_EXPORT int psk_sendall_timed(int fd, const void *buf, int len, int flags, int64_t timeout_ns);
/* io.c: sendto sends len bytes of buf to *to (one datagram on a datagram socket; Linux
 * ignores the address of a connected stream) with MSG_NOSIGNAL, and returns the bytes
 * sent or -errno; a NULL or malformed *to (address.c's rules) gives -EINVAL. recvfrom
 * receives into buf and writes the sender into *from, family 0 when the kernel reports
 * addrlen 0 (R27: a connected stream, an unbound AF_UNIX sender); from must not be NULL.
 * With MSG_TRUNC in flags a datagram socket returns the datagram's REAL length, which may
 * exceed len: only len bytes of buf are ever written (the caller must not read beyond).
 * The *_timed forms are CPython's sock_call_ex on an O_NONBLOCK fd (R2), as recv_timed
 * and send_timed: the result, PSK_TIMEOUT, or -errno; timeout_ns <= 0 is PSK_TIMEOUT. */
PSK_EXPORT int psk_sendto(int fd, const void *buf, int len, int flags, const psk_addr *to);
PSK_EXPORT int psk_sendto_timed(int fd, const void *buf, int len, int flags, const psk_addr *to,
                                int64_t timeout_ns);
PSK_EXPORT int psk_recvfrom(int fd, void *buf, int len, int flags, psk_addr *from);
PSK_EXPORT int psk_recvfrom_timed(int fd, void *buf, int len, int flags, psk_addr *from,
                                  int64_t timeout_ns);

/* sendfile.c: sendfile(2) of count bytes of in_fd from offset (the file's own offset does
 * not move) to the stream socket fd: bytes sent (0 at end of file, fewer than count when the
 * socket takes fewer), or -errno; never SIGPIPE (blocked around the call, a pending one taken
 * back, R34); -EINVAL for a negative offset or count. The timed form expects an O_NONBLOCK fd:
 * it sends at once, or polls POLLOUT until timeout_ns passes (PSK_TIMEOUT) and sends once.
 * psk_file_offset: lseek(fd, 0, SEEK_CUR) or -errno. psk_file_dup_at_offset: a CLOEXEC
 * duplicate of the first descriptor of this process whose file offset is exactly offset
 * (scanning /proc/self/fd), -ENOENT when none is: how Java finds a FileChannel's descriptor. */
PSK_EXPORT int psk_sendfile(int fd, int in_fd, int64_t offset, int count);
PSK_EXPORT int psk_sendfile_timed(int fd, int in_fd, int64_t offset, int count, int64_t timeout_ns);
PSK_EXPORT int64_t psk_file_offset(int fd);
PSK_EXPORT int psk_file_dup_at_offset(int64_t offset);

/*
 * message.c: sendmsg(2) and recvmsg(2) with scatter/gather and ancillary data (R35-R37).
 *
 * iov points at iovcnt of the platform's struct iovec, in memory the caller owns and filled
 * (the offsets psk_layout reports as IOV_*): the kernel reads and writes those buffers in
 * place, so a gather or scatter is never copied here. Their lengths must add up to at most
 * INT_MAX (-EINVAL otherwise); iovcnt above IOV_MAX is the kernel's EMSGSIZE.
 *
 * Ancillary data crosses as "items": each a psk_cmsg_item header, then len data bytes, the
 * next item starting at the next multiple of PSK_ITEM_ALIGN; itemslen counts them all.
 * cmsg.c turns items into control data and back with the CMSG_* macros, checking every
 * header and length (a fuzz target, native/fuzz/, feeds it arbitrary bytes).
 */
typedef struct psk_cmsg_item {
    int32_t level;    /* cmsg_level */
    int32_t type;     /* cmsg_type */
    int32_t len;      /* data bytes that follow the header */
    int32_t reserved; /* 0 */
} psk_cmsg_item;
#define PSK_ITEM_ALIGN 8
#define PSK_ITEM_SPACE(len) \
    ((int)sizeof(psk_cmsg_item) + (((len) + PSK_ITEM_ALIGN - 1) & ~(PSK_ITEM_ALIGN - 1)))

/* psk_sendmsg builds the control data of items into control (controllen bytes, at least the
 * sum of CMSG_SPACE(len) of the items; cleared first) and sends iov with it, to *to unless to
 * is NULL, with MSG_NOSIGNAL (R34). Returns the data bytes sent, or -errno: -EINVAL for
 * malformed items (a negative len, a len past itemslen), -ENOBUFS when control is too small.
 * Kernel errors pass through (R35: EBADF for a bad descriptor in SCM_RIGHTS, EINVAL for an
 * unknown type). The *_timed form sends first and polls only when the buffer is full, as
 * psk_sendto_timed. */
PSK_EXPORT int psk_sendmsg(int fd, const void *iov, int iovcnt, const void *items, int itemslen,
                           void *control, int controllen, int flags, const psk_addr *to);
PSK_EXPORT int psk_sendmsg_timed(int fd, const void *iov, int iovcnt, const void *items,
                                 int itemslen, void *control, int controllen, int flags,
                                 const psk_addr *to, int64_t timeout_ns);
/* psk_recvmsg receives into iov with MSG_CMSG_CLOEXEC added (received descriptors are
 * close-on-exec: a deviation from CPython, whose are inheritable), up to controllen bytes of
 * control data into control (controllen 0: none, the kernel then drops descriptors and sets
 * MSG_CTRUNC), and parses it into items (itemslen >= controllen always suffices). The sender
 * goes to *from (family 0 when the kernel reports none), and out[0] = msg_flags,
 * out[1] = item bytes written, out[2] = item count.
 * No descriptor leaks: the descriptors of an SCM_RIGHTS item that cannot be handed over
 * whole (cut by the end of the control data, or no room left in items) are closed here and
 * the item left out, and MSG_CTRUNC is set in out[0]; a truncated item of another type is
 * kept with the bytes that arrived, as CPython keeps it (after its RuntimeWarning). Returns
 * the data bytes received (the real length with MSG_TRUNC on a datagram), or -errno, or
 * PSK_TIMEOUT for the *_timed form (CPython's sock_call_ex, as psk_recvfrom_timed). */
PSK_EXPORT int psk_recvmsg(int fd, const void *iov, int iovcnt, void *control, int controllen,
                           void *items, int itemslen, int flags, psk_addr *from, int32_t *out);
PSK_EXPORT int psk_recvmsg_timed(int fd, const void *iov, int iovcnt, void *control,
                                 int controllen, void *items, int itemslen, int flags,
                                 psk_addr *from, int32_t *out, int64_t timeout_ns);

/* sockopt.c: the int form returns the value as an unsigned 32-bit number (0..2^32-1)
 * or -errno, so that negative option values cannot be confused with errors. */
PSK_EXPORT int64_t psk_getsockopt_int(int fd, int level, int optname);
PSK_EXPORT int psk_setsockopt_int(int fd, int level, int optname, int value);
/* The bytes form: returns the optlen the kernel reported. */
PSK_EXPORT int psk_getsockopt(int fd, int level, int optname, void *buf, int buflen);
PSK_EXPORT int psk_setsockopt(int fd, int level, int optname, const void *buf, int buflen);

/* wait.c: poll one fd until it is ready or timeout_ns passes (< 0 = forever, 0 = just
 * look). events and the result use pysocket's own portable bits: PSK_READABLE,
 * PSK_WRITABLE, and in the result also PSK_ERROR (POLLERR/POLLHUP/POLLNVAL).
 * Returns the ready bits, or 0 when the time passed. */
#define PSK_READABLE 1
#define PSK_WRITABLE 2
#define PSK_ERROR 4
PSK_EXPORT int psk_wait(int fd, int events, int64_t timeout_ns);

/*
 * select.c: Python's select module. Every wait takes timeout_ns as the *_timed calls do,
 * except that < 0 waits without limit and 0 looks once; EINTR is retried with the time left
 * (PEP 475), and 0 ready is returned once the deadline passes. Nothing is allocated per call:
 * the arrays are the caller's, reused from call to call.
 *
 * psk_select: select(2) of the first nfds (0..FD_SETSIZE) descriptors over three fd_sets of
 * PSK_FD_SET_SIZE bytes in the caller's memory (any may be NULL), rewritten in place with the
 * ready ones (all cleared when the time passed); the timeout is rounded up to microseconds.
 * Returns the count of ready bits, or -errno (-EBADF for a closed descriptor in a set).
 *
 * psk_poll: poll(2) of nfds struct pollfd {int32 fd; int16 events; int16 revents} at fds;
 * returns the count with revents set (POLLNVAL for a closed fd, which is not an error).
 *
 * psk_epoll_create: epoll_create1(EPOLL_CLOEXEC): the new descriptor. psk_epoll_ctl:
 * epoll_ctl(epfd, op, fd) with op one of PSK_EPOLL_CTL_*, the event's data being fd:
 * 0 or -errno (EEXIST, ENOENT, EINVAL, EPERM, as Linux answers). psk_epoll_wait: up to
 * maxevents (> 0) events into out, which must hold maxevents * PSK_EPOLL_EVENT_SPACE bytes;
 * returns n, the first n pairs of int32 {fd, events} at out.
 */
#define PSK_FD_SET_SIZE 128
#define PSK_EPOLL_EVENT_SPACE 16
#define PSK_EPOLL_CTL_ADD 1
#define PSK_EPOLL_CTL_DEL 2
#define PSK_EPOLL_CTL_MOD 3
PSK_EXPORT int psk_select(int nfds, void *readfds, void *writefds, void *exceptfds, int64_t timeout_ns);
PSK_EXPORT int psk_poll(void *fds, int nfds, int64_t timeout_ns);
PSK_EXPORT int psk_epoll_create(void);
PSK_EXPORT int psk_epoll_ctl(int epfd, int op, int fd, uint32_t events);
PSK_EXPORT int psk_epoll_wait(int epfd, void *out, int maxevents, int64_t timeout_ns);

/*
 * resolve.c: getaddrinfo(3) and friends, into flat caller buffers (no callbacks, no shared
 * structs but psk_addr). Strings are NUL-terminated bytes (Java applies IDNA first); a NULL
 * host or service is Python's None. Failures that are not errnos come back encoded:
 *   PSK_GAI_ERROR(eai)  an EAI_* code of getaddrinfo/getnameinfo (EAI_SYSTEM comes back as
 *                       -errno instead: CPython raises it as a plain OSError, 1.3)
 *   PSK_H_ERROR(h)      an h_errno of gethostbyname_r/gethostbyaddr_r (Python's herror)
 * PSK_IS_GAI_ERROR / PSK_IS_H_ERROR tell them apart from -errno (all errnos are > -4096).
 * -ENOBUFS means out was too small for the answer: call again with a larger buffer.
 */
#define PSK_GAI_BASE (-2000000)
#define PSK_GAI_ERROR(eai) (PSK_GAI_BASE + (eai))
#define PSK_IS_GAI_ERROR(r) ((r) > PSK_GAI_BASE - 10000 && (r) < PSK_GAI_BASE + 10000)
#define PSK_H_BASE (-3000000)
#define PSK_H_ERROR(h) (PSK_H_BASE - (h))
#define PSK_IS_H_ERROR(r) ((r) > PSK_H_BASE - 10000 && (r) <= PSK_H_BASE)

/* One getaddrinfo result in out. The entries follow an 8-byte header (int32 count, int32 0);
 * the canonname strings follow the entries. */
typedef struct psk_ai_entry {
    int32_t family;
    int32_t socktype;
    int32_t protocol;
    int32_t canonname; /* offset of the NUL-terminated name from the start of out; 0 = none */
    psk_addr addr;
} psk_ai_entry;
#define PSK_AI_HEADER 8
#define PSK_AI_ENTRY_SIZE ((int)sizeof(psk_ai_entry))
/* hints: int32 {family, socktype, protocol, flags}. Returns the number of entries. */
PSK_EXPORT int psk_getaddrinfo(const char *host, const char *service, const int32_t *hints,
                               void *out, int outlen);
/* getnameinfo of addr (AF_INET/AF_INET6): host NUL-terminated at out, service at
 * out + PSK_NI_SERV_OFFSET; outlen must be at least PSK_NI_SIZE. Returns 0. */
#define PSK_NI_SERV_OFFSET 1025
#define PSK_NI_SIZE (1025 + 32)
PSK_EXPORT int psk_getnameinfo(const psk_addr *addr, int flags, char *out, int outlen);
/* gai_strerror / hstrerror into buf (always NUL-terminated); return the message length. */
PSK_EXPORT int psk_gai_strerror(int eai, char *buf, int buflen);
PSK_EXPORT int psk_hstrerror(int h, char *buf, int buflen);
/* gethostbyname_r (IPv4) / gethostbyaddr_r of addr's family and bytes, as one flat
 * hostent: a psk_hostent; naddrs * addrlen address bytes; then h_name and each alias,
 * NUL-terminated. Return the bytes written. */
typedef struct psk_hostent {
    int32_t addrtype;
    int32_t addrlen;
    int32_t naliases;
    int32_t naddrs;
} psk_hostent;
PSK_EXPORT int psk_gethostbyname(const char *name, void *out, int outlen);
PSK_EXPORT int psk_gethostbyaddr(const psk_addr *addr, void *out, int outlen);
/* gethostname(2) into out (NUL-terminated); returns its length. */
PSK_EXPORT int psk_gethostname(char *out, int outlen);
/* getservbyname_r: the port (host order) or -ENOENT; proto may be NULL (any). */
PSK_EXPORT int psk_getservbyname(const char *name, const char *proto);
/* getservbyport_r of port (0..65535, host order): the name's length, written NUL-terminated
 * to out, or -ENOENT. */
PSK_EXPORT int psk_getservbyport(int port, const char *proto, char *out, int outlen);
/* getprotobyname_r: the protocol number or -ENOENT. */
PSK_EXPORT int psk_getprotobyname(const char *name);

/* ifname.c: if_nameindex(3) as psk_if_entry records (the name NUL-padded); returns the count.
 * if_nametoindex: the index, or 0 when there is none. if_indextoname: the name's length
 * (NUL-terminated in out) or -errno (ENXIO for an unknown index). */
typedef struct psk_if_entry {
    int32_t index;
    char name[16]; /* IF_NAMESIZE on Linux */
} psk_if_entry;
#define PSK_IF_ENTRY_SIZE ((int)sizeof(psk_if_entry))
PSK_EXPORT int psk_if_nameindex(void *out, int outlen);
PSK_EXPORT int psk_if_nametoindex(const char *name);
PSK_EXPORT int psk_if_indextoname(int index, char *out, int outlen);

#endif
