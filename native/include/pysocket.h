/*
 * pysocket.h - the C layer of pysocket: one thin function per syscall step.
 *
 * Naming: every exported function is psk_<syscall>[_<variant>]; internal helpers are
 * static or psk__*. Java mirrors this header one to one in internal/jna/Libpysocket.java.
 *
 * Contract of every psk_* function:
 *   - returns n >= 0 on success, or -errno on failure (never relies on errno after return);
 *   - PSK_TIMEOUT (not an errno) when a *_timed call's deadline passed;
 *   - EINTR is retried inside C; a *_timed call retries with the time left on
 *     CLOCK_MONOTONIC, so a signal never extends the deadline (conformance R2);
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
 * psk_addr: the portable, packed form of a socket address that Java reads and writes at
 * fixed offsets (0, 4, 8, 12, 16, 20; size 128). address.c converts it to and from the
 * platform's sockaddr_in / sockaddr_in6 / sockaddr_un.
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
 * Platform constants, in the order psk_init writes them. Java's NativeConstants holds the
 * same names in the same order. A name the platform lacks is written as PSK_ABSENT.
 */
#define PSK_ABSENT INT32_MIN
#define PSK_CONSTANTS(X) \
    X(AF_UNSPEC) X(AF_INET) X(AF_INET6) X(AF_UNIX) \
    X(SOCK_STREAM) X(SOCK_DGRAM) X(SOCK_RAW) X(SOCK_SEQPACKET) X(SOCK_NONBLOCK) X(SOCK_CLOEXEC) \
    X(SOL_SOCKET) X(SO_REUSEADDR) X(SO_REUSEPORT) X(SO_KEEPALIVE) X(SO_RCVBUF) X(SO_SNDBUF) \
    X(SO_BROADCAST) X(SO_LINGER) X(SO_ERROR) X(SO_TYPE) X(SO_RCVTIMEO) X(SO_SNDTIMEO) \
    X(SO_PEERCRED) X(SO_ACCEPTCONN) X(SO_PROTOCOL) X(SO_DOMAIN) X(SO_OOBINLINE) \
    X(SO_RCVLOWAT) X(SO_SNDLOWAT) \
    X(IPPROTO_IP) X(IPPROTO_TCP) X(IPPROTO_UDP) X(IPPROTO_IPV6) \
    X(TCP_NODELAY) X(TCP_MAXSEG) X(TCP_KEEPIDLE) X(TCP_KEEPINTVL) X(TCP_KEEPCNT) \
    X(TCP_QUICKACK) X(TCP_INFO) \
    X(IP_TOS) X(IP_TTL) X(IP_MULTICAST_TTL) X(IP_MULTICAST_LOOP) X(IP_ADD_MEMBERSHIP) \
    X(IP_DROP_MEMBERSHIP) X(IPV6_V6ONLY) \
    X(MSG_OOB) X(MSG_PEEK) X(MSG_DONTROUTE) X(MSG_CTRUNC) X(MSG_TRUNC) X(MSG_DONTWAIT) \
    X(MSG_EOR) X(MSG_WAITALL) X(MSG_NOSIGNAL) \
    X(SHUT_RD) X(SHUT_WR) X(SHUT_RDWR) X(SCM_RIGHTS) X(SOMAXCONN) \
    X(AI_PASSIVE) X(AI_CANONNAME) X(AI_NUMERICHOST) X(AI_NUMERICSERV) \
    X(NI_NUMERICHOST) X(NI_NUMERICSERV) X(NI_NAMEREQD) \
    X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(ENXIO) X(EBADF) X(ECHILD) X(EAGAIN) \
    X(EWOULDBLOCK) X(EACCES) X(EFAULT) X(EEXIST) X(ENOTDIR) X(EISDIR) X(EINVAL) X(EMFILE) \
    X(EPIPE) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) X(EPROTOTYPE) X(ENOPROTOOPT) \
    X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(EOPNOTSUPP) X(EAFNOSUPPORT) X(EADDRINUSE) \
    X(EADDRNOTAVAIL) X(ENETDOWN) X(ENETUNREACH) X(ECONNABORTED) X(ECONNRESET) X(ENOBUFS) \
    X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) X(ETIMEDOUT) X(ECONNREFUSED) X(EHOSTUNREACH) \
    X(EALREADY) X(EINPROGRESS) X(EIO)

/* Writes up to n constants (PSK_CONSTANTS order) into table; returns how many exist. */
PSK_EXPORT int psk_init(int32_t *table, int n);
/* strerror_r into buf (always NUL-terminated); returns the message length. */
PSK_EXPORT int psk_strerror(int errnum, char *buf, int buflen);

/* socket.c */
PSK_EXPORT int psk_socket(int family, int type, int proto);   /* adds SOCK_CLOEXEC */
/* --- unix/socketpair (issue 5) --- */
/* socketpair(2) with SOCK_CLOEXEC added: writes the two connected fds to out[0] and out[1]
 * and returns 0, or -errno (-EINVAL for a NULL out; Linux answers -EOPNOTSUPP for AF_INET,
 * R22). out is untouched on failure. */
PSK_EXPORT int psk_socketpair(int family, int type, int proto, int32_t *out);
PSK_EXPORT int psk_close(int fd);            /* never retried; EINTR and ECONNRESET count as 0 */
PSK_EXPORT int psk_dup(int fd);              /* F_DUPFD_CLOEXEC */
PSK_EXPORT int psk_shutdown(int fd, int how);
PSK_EXPORT int psk_set_nonblocking(int fd, int on);   /* O_NONBLOCK on or off */
PSK_EXPORT int psk_get_inheritable(int fd);           /* 1 if FD_CLOEXEC is clear */
PSK_EXPORT int psk_set_inheritable(int fd, int on);
/* --- lifecycle (issue 5) --- */
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

/* connect.c: blocking connect interrupted by EINTR is not re-issued; it polls for
 * POLLOUT and reads SO_ERROR (R6). connect_timed expects an O_NONBLOCK fd: connect,
 * EINPROGRESS -> poll(POLLOUT) until the deadline -> SO_ERROR (0 or EISCONN = success). */
PSK_EXPORT int psk_connect(int fd, const psk_addr *addr);
PSK_EXPORT int psk_connect_timed(int fd, const psk_addr *addr, int64_t timeout_ns);

/* accept.c: accept4(SOCK_CLOEXEC | flags); flags may add SOCK_NONBLOCK. peer may be NULL.
 * Returns the new fd. */
PSK_EXPORT int psk_accept(int fd, psk_addr *peer, int flags);
PSK_EXPORT int psk_accept_timed(int fd, psk_addr *peer, int flags, int64_t timeout_ns);

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
/* --- datagram/IPv6 (issue 5) --- */
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

/* Pins the calling thread to one CPU (benchmarks); returns 0 or -errno. */
PSK_EXPORT int psk_pin_thread(int cpu);

#endif
