/* message.c - sendmsg and recvmsg: scatter/gather with ancillary data (R34-R37). */
#include "cmsg.h"
#include "internal.h"

#include <poll.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

/* bad_iov: iov must be readable for iovcnt records whose lengths add up to at most INT_MAX,
 * so that a byte count always fits the int result. Reading the lengths costs nothing beside
 * the syscall that reads them again. */
static int bad_iov(const void *iov, int iovcnt) {
    if (iovcnt < 0 || (iov == NULL && iovcnt > 0)) {
        return 1;
    }
    const struct iovec *v = iov;
    size_t total = 0;
    for (int i = 0; i < iovcnt; i++) {
        if (v[i].iov_len > (size_t)INT_MAX - total || (v[i].iov_base == NULL && v[i].iov_len > 0)) {
            return 1;
        }
        total += v[i].iov_len;
    }
    return 0;
}

/* sendmsg_args: the msghdr is built once per call (control data, destination), not per
 * EINTR retry. */
struct sendmsg_args {
    int fd;
    int flags;
    struct msghdr msg;
    struct sockaddr_storage to;
};

/* send_message: sendmsg(2). musl's sendmsg copies a 64-bit process's control data into a
 * 1024-byte buffer on its stack (to clear its cmsghdr padding) and fails with ENOMEM above that
 * (musl src/network/sendmsg.c); psk__cmsg_build has zeroed that padding already (and the
 * msghdr is zeroed before it is filled), so there the syscall is made directly. */
static ssize_t send_message(int fd, const struct msghdr *msg, int flags) {
#if !defined(__GLIBC__) && defined(SYS_sendmsg)
    return (ssize_t)syscall(SYS_sendmsg, fd, msg, flags);
#else
    return sendmsg(fd, msg, flags);
#endif
}

/* sendmsg_once: one sendmsg, EINTR retried, MSG_NOSIGNAL always (R34): bytes sent or -errno. */
static int sendmsg_once(void *ctx) {
    struct sendmsg_args *a = ctx;
    ssize_t n;
#ifdef PSK_SIGPIPE_GUARD
    struct psk__sigpipe guard;
    psk__sigpipe_block(&guard);
#endif
    RETRY_EINTR(n, FAULT(PSK__SEND, send_message(a->fd, &a->msg, a->flags | PSK_NOSIGNAL)));
#ifdef PSK_SIGPIPE_GUARD
    psk__sigpipe_unblock(&guard, n == -EPIPE);
#endif
    return (int)n;
}

/* sendmsg_prepare checks the arguments, builds the control data and converts *to: 0 or -errno. */
static int sendmsg_prepare(struct sendmsg_args *a, int fd, const void *iov, int iovcnt,
                           const void *items, int itemslen, void *control, int controllen,
                           int flags, const psk_addr *to) {
    if (bad_iov(iov, iovcnt)) {
        return -EINVAL;
    }
    int used = psk__cmsg_build(items, itemslen, control, controllen);
    if (used < 0) {
        return used;
    }
    memset(a, 0, sizeof *a);
    a->fd = fd;
    a->flags = flags;
    a->msg.msg_iov = (struct iovec *)iov; /* sendmsg(2) only reads the iovecs */
    a->msg.msg_iovlen = (size_t)iovcnt;
    a->msg.msg_control = used > 0 ? control : NULL;
    a->msg.msg_controllen = (size_t)used;
    if (to != NULL) {
        int to_len = psk__to_sockaddr(to, &a->to);
        if (to_len < 0) {
            return to_len;
        }
        a->msg.msg_name = &a->to;
        a->msg.msg_namelen = (socklen_t)to_len;
    }
    return 0;
}

/* psk_sendmsg: see pysocket.h. */
int psk_sendmsg(int fd, const void *iov, int iovcnt, const void *items, int itemslen,
                void *control, int controllen, int flags, const psk_addr *to) {
    struct sendmsg_args args;
    int rc = sendmsg_prepare(&args, fd, iov, iovcnt, items, itemslen, control, controllen, flags, to);
    return rc < 0 ? rc : sendmsg_once(&args);
}

/* psk_sendmsg_timed: psk_sendmsg on an O_NONBLOCK fd within timeout_ns; sends first and polls
 * only when the buffer is full, as psk_sendto_timed (the outcome is CPython's). */
int psk_sendmsg_timed(int fd, const void *iov, int iovcnt, const void *items, int itemslen,
                      void *control, int controllen, int flags, const psk_addr *to,
                      int64_t timeout_ns) {
    struct sendmsg_args args;
    int rc = sendmsg_prepare(&args, fd, iov, iovcnt, items, itemslen, control, controllen, flags, to);
    if (rc < 0) {
        return rc;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    int n = sendmsg_once(&args);
    if (!psk__would_block(-n)) {
        return n;
    }
    return psk__timed_call(fd, POLLOUT, psk__deadline(timeout_ns), 1, sendmsg_once, &args);
}

struct recvmsg_args {
    int fd;
    int flags;
    struct msghdr msg;
    size_t controllen;
    struct sockaddr_storage from;
};

/* recvmsg_once: one recvmsg, EINTR retried with the name and control lengths reset, received
 * descriptors close-on-exec (MSG_CMSG_CLOEXEC, PEP 446): bytes received or -errno. */
static int recvmsg_once(void *ctx) {
    struct recvmsg_args *a = ctx;
    ssize_t n;
    RETRY_EINTR(n, FAULT(PSK__RECV, (a->msg.msg_namelen = sizeof a->from,
                                     a->msg.msg_controllen = a->controllen, a->msg.msg_flags = 0,
                                     recvmsg(a->fd, &a->msg, a->flags | MSG_CMSG_CLOEXEC))));
    return (int)n;
}

/* recvmsg_prepare checks the arguments and points the msghdr at the caller's memory. */
static int recvmsg_prepare(struct recvmsg_args *a, int fd, const void *iov, int iovcnt,
                           void *control, int controllen, void *items, int itemslen, int flags,
                           const psk_addr *from, const int32_t *out) {
    if (bad_iov(iov, iovcnt) || controllen < 0 || (control == NULL && controllen > 0) ||
        itemslen < controllen || items == NULL || from == NULL || out == NULL) {
        return -EINVAL;
    }
    memset(a, 0, sizeof *a);
    a->fd = fd;
    a->flags = flags;
    a->msg.msg_name = &a->from;
    a->msg.msg_iov = (struct iovec *)iov;
    a->msg.msg_iovlen = (size_t)iovcnt;
    a->msg.msg_control = controllen > 0 ? control : NULL;
    a->controllen = (size_t)controllen;
    return 0;
}

/* close_received: a received descriptor the caller will not get is closed at once, never
 * retried (EINTR after close(2) on Linux means it is closed, see psk_close). */
static void close_received(int fd) {
    close(fd);
}

/* recvmsg_finish: after a successful recvmsg, the sender, the items and out[]. Nothing here
 * can fail, so no descriptor is received without being handed over or closed. */
static int recvmsg_finish(struct recvmsg_args *a, int n, void *items, int itemslen,
                          psk_addr *from, int32_t *out) {
    if (n < 0) {
        return n;
    }
    psk__from_sockaddr(&a->from, a->msg.msg_namelen, from);
    size_t got = a->msg.msg_control == NULL ? 0 : a->msg.msg_controllen;
    struct psk__cmsg_parsed p = psk__cmsg_parse(a->msg.msg_control, got, items, itemslen,
                                                close_received);
    /* Linux echoes MSG_CMSG_CLOEXEC in msg_flags: reported only if the caller asked for it,
     * so that the flags are the ones CPython gives for the same call. */
    int echoed = a->flags & MSG_CMSG_CLOEXEC ? 0 : MSG_CMSG_CLOEXEC;
    out[0] = (a->msg.msg_flags & ~echoed) | (p.dropped ? MSG_CTRUNC : 0);
    out[1] = p.used;
    out[2] = p.count;
    return n;
}

/* psk_recvmsg: see pysocket.h. */
int psk_recvmsg(int fd, const void *iov, int iovcnt, void *control, int controllen, void *items,
                int itemslen, int flags, psk_addr *from, int32_t *out) {
    struct recvmsg_args args;
    int rc = recvmsg_prepare(&args, fd, iov, iovcnt, control, controllen, items, itemslen, flags,
                             from, out);
    if (rc < 0) {
        return rc;
    }
    return recvmsg_finish(&args, recvmsg_once(&args), items, itemslen, from, out);
}

/* psk_recvmsg_timed: psk_recvmsg on an O_NONBLOCK fd within timeout_ns (R2). */
int psk_recvmsg_timed(int fd, const void *iov, int iovcnt, void *control, int controllen,
                      void *items, int itemslen, int flags, psk_addr *from, int32_t *out,
                      int64_t timeout_ns) {
    struct recvmsg_args args;
    int rc = recvmsg_prepare(&args, fd, iov, iovcnt, control, controllen, items, itemslen, flags,
                             from, out);
    if (rc < 0) {
        return rc;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    int n = psk__timed_call(fd, POLLIN, psk__deadline(timeout_ns), 1, recvmsg_once, &args);
    return recvmsg_finish(&args, n, items, itemslen, from, out);
}
