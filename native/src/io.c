/* io.c - recv, send and sendall, blocking as the fd is or with a deadline (R2, R5, R12). */
#include "internal.h"

#include <poll.h>
#include <stddef.h>
#include <sys/socket.h>

/* A buffer argument is usable when its length is >= 0 and it is not NULL unless empty. */
static int bad_buffer(const void *buf, int len) {
    return len < 0 || (buf == NULL && len > 0);
}

struct io_args {
    int fd;
    void *buf;
    int len;
    int flags;
};

/* recv_once: one recv, EINTR retried: bytes received (0 = EOF), or -errno. */
static int recv_once(void *ctx) {
    struct io_args *a = ctx;
    ssize_t n;
    RETRY_EINTR(n, FAULT(PSK__RECV, recv(a->fd, a->buf, (size_t)a->len, a->flags)));
    return (int)n;
}

/* send_once: one send, EINTR retried: bytes sent, or -errno. MSG_NOSIGNAL on every send:
 * a broken stream must give EPIPE, not kill the JVM with SIGPIPE (R34). */
static int send_once(void *ctx) {
    struct io_args *a = ctx;
    ssize_t n;
#ifdef PSK_SIGPIPE_GUARD
    struct psk__sigpipe guard;
    psk__sigpipe_block(&guard);
#endif
    RETRY_EINTR(n, FAULT(PSK__SEND, send(a->fd, a->buf, (size_t)a->len,
                                          a->flags | PSK_NOSIGNAL)));
#ifdef PSK_SIGPIPE_GUARD
    psk__sigpipe_unblock(&guard, n == -EPIPE);
#endif
    return (int)n;
}

/*
 * send_try_first: a send in timeout mode tries the (O_NONBLOCK) send at once and polls
 * only when it would block. A socket is nearly always writable, so this saves a poll per
 * send over CPython's poll-first order (measured: one syscall of a timed ping-pong round
 * trip); the outcome is the same, since a poll-first send to a writable socket also sends
 * at once. first_wait is psk__poll_one's for the first poll.
 */
static int send_try_first(struct io_args *args, int64_t deadline, int first_wait) {
    int n = send_once(args);
    if (!psk__would_block(-n)) {
        return n;
    }
    return psk__timed_call(args->fd, POLLOUT, deadline, first_wait, send_once, args);
}

/* psk_recv: bytes received into buf (0 at EOF, R11), or -errno (-EAGAIN when a
 * non-blocking fd has no data). */
int psk_recv(int fd, void *buf, int len, int flags) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    struct io_args args = {fd, buf, len, flags};
    return recv_once(&args);
}

/* psk_recv_timed: psk_recv on an O_NONBLOCK fd within timeout_ns (R2), or PSK_TIMEOUT.
 * timeout_ns <= 0: the deadline has passed, PSK_TIMEOUT. */
int psk_recv_timed(int fd, void *buf, int len, int flags, int64_t timeout_ns) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    struct io_args args = {fd, buf, len, flags};
    return psk__timed_call(fd, POLLIN, psk__deadline(timeout_ns), 1, recv_once, &args);
}

/* psk_send: bytes sent, possibly fewer than len (R12), or -errno. */
int psk_send(int fd, const void *buf, int len, int flags) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    /* send(2) only reads the buffer; io_args is shared with recv, hence the cast. */
    struct io_args args = {fd, (void *)buf, len, flags};
    return send_once(&args);
}

/* psk_send_timed: psk_send on an O_NONBLOCK fd within timeout_ns (R2), or PSK_TIMEOUT. */
int psk_send_timed(int fd, const void *buf, int len, int flags, int64_t timeout_ns) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    struct io_args args = {fd, (void *)buf, len, flags};
    return send_try_first(&args, psk__deadline(timeout_ns), 1);
}

/*
 * psk_sendall sends all len bytes on fd as it is and returns len, or -errno, even after
 * part of the data went out (Python cannot tell how much, R5). A non-blocking fd gives
 * -EAGAIN as soon as the buffer is full (R5). Like CPython, it makes at least one send,
 * so sendall(b"") on a broken stream still reports EPIPE.
 */
int psk_sendall(int fd, const void *buf, int len, int flags) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    const char *p = buf;
    int sent = 0;
    do {
        struct io_args args = {fd, (void *)(p + sent), len - sent, flags};
        int n = send_once(&args);
        if (n < 0) {
            return n;
        }
        sent += n;
    } while (sent < len);
    return len;
}

/*
 * psk_sendall_timed is psk_sendall on an O_NONBLOCK fd with ONE deadline for the whole
 * call (R5): each chunk sends first and, when the buffer is full, polls POLLOUT with the
 * time left (send_try_first), so a slow reader cannot stretch the call to a timeout per
 * chunk. As in CPython's sock_sendall, a chunk after the first times out at once if no
 * time is left.
 * Returns len, PSK_TIMEOUT, or -errno.
 */
int psk_sendall_timed(int fd, const void *buf, int len, int flags, int64_t timeout_ns) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    int64_t deadline = psk__deadline(timeout_ns);
    const char *p = buf;
    int sent = 0;
    int first_chunk = 1;
    do {
        if (!first_chunk && psk__now_ns() >= deadline) {
            return PSK_TIMEOUT; /* R5: no time left for the next chunk */
        }
        struct io_args args = {fd, (void *)(p + sent), len - sent, flags};
        int n = send_try_first(&args, deadline, first_chunk);
        if (n < 0) {
            return n;
        }
        sent += n;
        first_chunk = 0;
    } while (sent < len);
    return len;
}

/* sendto and recvfrom share the PSK__SEND and PSK__RECV fault seams: tests arm "the send"
 * or "the recv" of a call, whatever its address arguments. */

/* sendto_args: the destination is converted once per call, not once per EINTR retry. */
struct sendto_args {
    int fd;
    const void *buf;
    int len;
    int flags;
    struct sockaddr_storage to;
    socklen_t to_len;
};

/* sendto_once: one sendto, EINTR retried, MSG_NOSIGNAL always (R34): bytes sent or -errno. */
static int sendto_once(void *ctx) {
    struct sendto_args *a = ctx;
    ssize_t n;
#ifdef PSK_SIGPIPE_GUARD
    struct psk__sigpipe guard;
    psk__sigpipe_block(&guard);
#endif
    RETRY_EINTR(n, FAULT(PSK__SEND, sendto(a->fd, a->buf, (size_t)a->len, a->flags | PSK_NOSIGNAL,
                                            (const struct sockaddr *)&a->to, a->to_len)));
#ifdef PSK_SIGPIPE_GUARD
    psk__sigpipe_unblock(&guard, n == -EPIPE);
#endif
    return (int)n;
}

/* sendto_prepare checks the buffer and converts *to: 0, or -EINVAL. */
static int sendto_prepare(struct sendto_args *a, int fd, const void *buf, int len, int flags,
                          const psk_addr *to) {
    if (bad_buffer(buf, len)) {
        return -EINVAL;
    }
    int to_len = psk__to_sockaddr(to, &a->to);
    if (to_len < 0) {
        return to_len;
    }
    a->fd = fd;
    a->buf = buf;
    a->len = len;
    a->flags = flags;
    a->to_len = (socklen_t)to_len;
    return 0;
}

/* psk_sendto: bytes sent, or -errno (EDESTADDRREQ never: the address is always given). */
int psk_sendto(int fd, const void *buf, int len, int flags, const psk_addr *to) {
    struct sendto_args args;
    int rc = sendto_prepare(&args, fd, buf, len, flags, to);
    return rc < 0 ? rc : sendto_once(&args);
}

/* psk_sendto_timed: psk_sendto on an O_NONBLOCK fd within timeout_ns. As send_try_first,
 * it sends first and polls only when the buffer is full (the outcome is CPython's). */
int psk_sendto_timed(int fd, const void *buf, int len, int flags, const psk_addr *to,
                     int64_t timeout_ns) {
    struct sendto_args args;
    int rc = sendto_prepare(&args, fd, buf, len, flags, to);
    if (rc < 0) {
        return rc;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    int n = sendto_once(&args);
    if (!psk__would_block(-n)) {
        return n;
    }
    return psk__timed_call(fd, POLLOUT, psk__deadline(timeout_ns), 1, sendto_once, &args);
}

struct recvfrom_args {
    int fd;
    void *buf;
    int len;
    int flags;
    psk_addr *from;
};

/* recvfrom_once: one recvfrom, EINTR retried (with the address length reset), the sender
 * into a->from: bytes received (the real length with MSG_TRUNC), or -errno. */
static int recvfrom_once(void *ctx) {
    struct recvfrom_args *a = ctx;
    struct sockaddr_storage ss;
    socklen_t ss_len;
    ssize_t n;
    RETRY_EINTR(n, FAULT(PSK__RECV, (ss_len = sizeof ss,
                                     recvfrom(a->fd, a->buf, (size_t)a->len, a->flags,
                                              (struct sockaddr *)&ss, &ss_len))));
    if (n >= 0) {
        psk__from_sockaddr(&ss, ss_len, a->from);
    }
    /* A datagram's real length fits an int: the largest is 65535 on inet, and AF_UNIX
     * datagrams are bounded by SO_SNDBUF, itself an int. */
    return (int)n;
}

/* psk_recvfrom: bytes received into buf and the sender into *from, or -errno. */
int psk_recvfrom(int fd, void *buf, int len, int flags, psk_addr *from) {
    if (bad_buffer(buf, len) || from == NULL) {
        return -EINVAL;
    }
    struct recvfrom_args args = {fd, buf, len, flags, from};
    return recvfrom_once(&args);
}

/* psk_recvfrom_timed: psk_recvfrom on an O_NONBLOCK fd within timeout_ns (R2). */
int psk_recvfrom_timed(int fd, void *buf, int len, int flags, psk_addr *from, int64_t timeout_ns) {
    if (bad_buffer(buf, len) || from == NULL) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    struct recvfrom_args args = {fd, buf, len, flags, from};
    return psk__timed_call(fd, POLLIN, psk__deadline(timeout_ns), 1, recvfrom_once, &args);
}
