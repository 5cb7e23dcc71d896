/* wait.c - poll on one fd (the deadline loop of every *_timed call). */
#include "internal.h"

#include <poll.h>

int psk__poll_one(int fd, short events, int64_t deadline, int first_wait) {
    /* poll(2) ignores a negative fd: it would time out, or sleep forever, not fail. */
    if (fd < 0) {
        return -EBADF;
    }
    struct pollfd p = {.fd = fd, .events = events};
    for (int must_poll = first_wait;; must_poll = 0) {
        int ms = -1;
        if (deadline != PSK__NO_DEADLINE) {
            int64_t left = deadline - psk__now_ns();
            if (left <= 0 && !must_poll) {
                return 0;
            }
            ms = left <= 0 ? 0 : psk__poll_ms(left);
        }
        int n = FAULT(PSK__POLL, poll(&p, 1, ms));
        int err = n < 0 ? errno : 0;
        if (n > 0) {
            return p.revents;
        }
        /* n == 0: ms passed (rounded up, so the deadline too), or ms was capped at
         * INT_MAX; the loop re-checks the clock. EINTR: retry with the time left, never
         * the original timeout (R2). */
        if (err != 0 && err != EINTR) {
            return -err;
        }
    }
}

int psk__timed_call(int fd, short events, int64_t deadline, int first_wait, psk__op op,
                    void *ctx) {
    for (;; first_wait = 0) {
        int ready = psk__poll_one(fd, events, deadline, first_wait);
        if (ready <= 0) {
            return ready == 0 ? PSK_TIMEOUT : ready;
        }
        int result = op(ctx);
        if (!psk__would_block(-result)) {
            return result;
        }
        /* EAGAIN after POLLHUP is final, not a false positive: a datagram socket shut down
         * both ways polls readable forever while recv finds nothing, so polling again would
         * spin until the deadline. */
        if (ready & POLLHUP) {
            return result;
        }
    }
}

/* look_once: poll with timeout 0 ("just look"), EINTR retried: revents, 0, or -errno. */
static int look_once(int fd, short events) {
    if (fd < 0) {
        return -EBADF;
    }
    struct pollfd p = {.fd = fd, .events = events};
    int n;
    RETRY_EINTR(n, FAULT(PSK__POLL, poll(&p, 1, 0)));
    return n > 0 ? p.revents : n;
}

/*
 * psk_wait polls fd for PSK_READABLE/PSK_WRITABLE until one is ready or timeout_ns passes
 * (< 0: no limit; 0: just look) and returns the ready PSK_* bits, PSK_ERROR standing for
 * POLLERR/POLLHUP/POLLNVAL; 0 when the time passed; -EINVAL for unknown event bits,
 * -EBADF for a negative fd, or -errno from poll. EINTR is retried with the time left.
 */
int psk_wait(int fd, int events, int64_t timeout_ns) {
    if (events & ~(PSK_READABLE | PSK_WRITABLE)) {
        return -EINVAL;
    }
    short want = (short)(((events & PSK_READABLE) ? POLLIN : 0) |
                         ((events & PSK_WRITABLE) ? POLLOUT : 0));
    int revents;
    if (timeout_ns == 0) {
        revents = look_once(fd, want);
    } else {
        revents = psk__poll_one(fd, want,
                                timeout_ns < 0 ? PSK__NO_DEADLINE : psk__deadline(timeout_ns), 1);
    }
    if (revents <= 0) {
        return revents;
    }
    return ((revents & POLLIN) ? PSK_READABLE : 0) | ((revents & POLLOUT) ? PSK_WRITABLE : 0) |
           ((revents & (POLLERR | POLLHUP | POLLNVAL)) ? PSK_ERROR : 0);
}
