/* connect.c - connect, whose completion is read from SO_ERROR after writability (R6). */
#include "internal.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>

int psk__so_error(int fd) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0) {
        return -errno;
    }
    /* EISCONN: the connection completed before we asked (CPython sock_connect_impl). */
    return err == 0 || err == EISCONN ? 0 : -err;
}

/*
 * psk_connect connects fd as it is: 0, or -errno (a non-blocking fd gives -EINPROGRESS,
 * Java's BlockingIOError, R3/R6).
 *
 * A blocking connect interrupted by a signal (EINTR; the wake signal of close() among
 * others) is made again, as every interrupted call here: CPython instead waits for POLLOUT
 * and reads SO_ERROR (bpo-23618), which is right for TCP, whose handshake goes on in the
 * background, but reports success for an AF_UNIX connect that a signal interrupted while it
 * waited for room in the listener's backlog: that one never started. Made again, Linux's
 * inet_stream_connect waits for the handshake already under way (0 or its error), AF_UNIX
 * connects anew, and a pre-closed descriptor fails at once. Where a system answers the
 * second connect with EALREADY (POSIX) it waits for POLLOUT and reads SO_ERROR; EISCONN
 * means the first one completed meanwhile. A non-blocking fd gets -EINTR, CPython's
 * InterruptedError for exactly this case (R10); Linux does not interrupt a non-blocking
 * connect, so that is for other kernels.
 */
int psk_connect(int fd, const psk_addr *addr) {
    struct sockaddr_storage ss;
    int len = psk__to_sockaddr(addr, &ss);
    if (len < 0) {
        return len;
    }
    if (FAULT_AFTER(PSK__CONNECT, connect(fd, (struct sockaddr *)&ss, (socklen_t)len)) == 0) {
        return 0;
    }
    int err = errno;
    if (err != EINTR) {
        return -err;
    }
    int flags = psk__fcntl(fd, F_GETFL, 0);
    if (flags >= 0 && (flags & O_NONBLOCK)) {
        return -EINTR;
    }
    for (;;) {
        if (connect(fd, (struct sockaddr *)&ss, (socklen_t)len) == 0) {
            return 0;
        }
        err = errno;
        if (err == EISCONN) {
            return 0;
        }
        if (err == EALREADY || err == EINPROGRESS) {
            int ready = psk__poll_one(fd, POLLOUT, PSK__NO_DEADLINE, 1);
            return ready < 0 ? ready : psk__so_error(fd);
        }
        if (err != EINTR) {
            return -err;
        }
    }
}

/* so_error_op: the psk__op that reads a connecting socket's SO_ERROR (ctx: the fd). */
static int so_error_op(void *ctx) {
    return psk__so_error(*(const int *)ctx);
}

/*
 * psk_connect_timed connects an O_NONBLOCK fd within timeout_ns (R6): 0, PSK_TIMEOUT, or
 * -errno. connect; EINPROGRESS (or EINTR: the connection goes on) -> poll(POLLOUT) with
 * the time left -> nothing ready: PSK_TIMEOUT; else SO_ERROR, where 0 or EISCONN mean
 * connected. Other connect errors are returned at once, EAGAIN included (a full AF_UNIX
 * backlog; CPython raises it as BlockingIOError too). timeout_ns <= 0: the deadline has
 * already passed, PSK_TIMEOUT without connecting.
 */
int psk_connect_timed(int fd, const psk_addr *addr, int64_t timeout_ns) {
    struct sockaddr_storage ss;
    int len = psk__to_sockaddr(addr, &ss);
    if (len < 0) {
        return len;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    int64_t deadline = psk__deadline(timeout_ns);
    if (FAULT_AFTER(PSK__CONNECT, connect(fd, (struct sockaddr *)&ss, (socklen_t)len)) == 0) {
        return 0;
    }
    int err = errno;
    if (err != EINPROGRESS && err != EINTR) {
        return -err;
    }
    /* The result is SO_ERROR once writable; as in CPython's sock_call_ex, EAGAIN there is a
     * false positive: wait again (psk__timed_call). */
    return psk__timed_call(fd, POLLOUT, deadline, 1, so_error_op, &fd);
}
