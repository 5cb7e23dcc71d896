/* accept.c - accept4 with close-on-exec, the peer address into the caller's psk_addr. */
#include "internal.h"

#include <poll.h>
#include <sys/socket.h>

struct accept_args {
    int fd;
    int flags;
    psk_addr *peer;
};

/* accept_once: one accept4, EINTR retried; the new fd or -errno (ECONNABORTED too: a
 * connection reset while queued is for the caller to skip or raise). */
static int accept_once(void *ctx) {
    struct accept_args *a = ctx;
    struct sockaddr_storage ss = {0};
    socklen_t len = sizeof ss;
    int fd;
    RETRY_EINTR(fd, FAULT(PSK__ACCEPT,
                          accept4(a->fd, a->peer ? (struct sockaddr *)&ss : NULL,
                                  a->peer ? &len : NULL, SOCK_CLOEXEC | a->flags)));
    if (fd >= 0 && a->peer != NULL) {
        psk__from_sockaddr(&ss, len, a->peer);
    }
    return fd;
}

/* Only SOCK_NONBLOCK may be asked for: SOCK_CLOEXEC is always on (docs/architecture.md rule 4). */
static int valid_flags(int flags) {
    return (flags & ~SOCK_NONBLOCK) == 0;
}

/* psk_accept returns the new fd (close-on-exec; non-blocking if flags has SOCK_NONBLOCK)
 * and fills peer when it is not NULL, or -errno. */
int psk_accept(int fd, psk_addr *peer, int flags) {
    if (!valid_flags(flags)) {
        return -EINVAL;
    }
    struct accept_args args = {fd, flags, peer};
    return accept_once(&args);
}

/* psk_accept_timed is psk_accept on an O_NONBLOCK listener within timeout_ns (R2):
 * the new fd, PSK_TIMEOUT, or -errno. timeout_ns <= 0 gives PSK_TIMEOUT. */
int psk_accept_timed(int fd, psk_addr *peer, int flags, int64_t timeout_ns) {
    if (!valid_flags(flags)) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    struct accept_args args = {fd, flags, peer};
    return psk__timed_call(fd, POLLIN, psk__deadline(timeout_ns), 1, accept_once, &args);
}
