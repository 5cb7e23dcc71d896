/*
 * select.c - Python's select module: select(2), poll(2) and epoll(7) over arrays the caller
 * owns (Java allocates them once per Poll/Epoll object and rewrites them in place), so a call
 * allocates nothing. Each wait retries EINTR with the time left on CLOCK_MONOTONIC (PEP 475),
 * as CPython's Modules/selectmodule.c does, so a signal never stretches the caller's timeout.
 */
#include "internal.h"

#include <poll.h>
#include <string.h>
#if defined(__has_include)
#if __has_include(<sys/epoll.h>)
#define PSK_HAVE_EPOLL 1
#include <sys/epoll.h>
#endif
#endif
#include <sys/select.h>

_Static_assert(sizeof(fd_set) == PSK_FD_SET_SIZE, "PSK_FD_SET_SIZE is sizeof(fd_set)");
_Static_assert(sizeof(struct pollfd) == 8, "struct pollfd is {int fd; short events; short revents;}");
#ifdef PSK_HAVE_EPOLL
_Static_assert(sizeof(struct epoll_event) <= PSK_EPOLL_EVENT_SPACE,
               "PSK_EPOLL_EVENT_SPACE holds one struct epoll_event");
_Static_assert(PSK_EPOLL_CTL_ADD == EPOLL_CTL_ADD && PSK_EPOLL_CTL_DEL == EPOLL_CTL_DEL &&
                   PSK_EPOLL_CTL_MOD == EPOLL_CTL_MOD,
               "PSK_EPOLL_CTL_* are Linux's EPOLL_CTL_*");
#endif

/*
 * wait_ms: the milliseconds poll(2) or epoll_wait(2) should wait before deadline: -1 without
 * one, else the time left rounded up (0 once it has passed). *expired is set when the deadline
 * had passed before this wait, so the caller makes this one last look and then stops.
 */
static int wait_ms(int64_t deadline, int *expired) {
    if (deadline == PSK__NO_DEADLINE) {
        return -1;
    }
    int64_t left = deadline - psk__now_ns();
    *expired = left <= 0;
    return left <= 0 ? 0 : psk__poll_ms(left);
}

/* to_deadline: timeout_ns (< 0 none, 0 now, > 0 from now) as an absolute deadline. */
static int64_t to_deadline(int64_t timeout_ns) {
    if (timeout_ns < 0) {
        return PSK__NO_DEADLINE;
    }
    return timeout_ns == 0 ? psk__now_ns() : psk__deadline(timeout_ns);
}

/* psk_select: see pysocket.h. */
int psk_select(int nfds, void *readfds, void *writefds, void *exceptfds, int64_t timeout_ns) {
    if (nfds < 0 || nfds > FD_SETSIZE) {
        return -EINVAL;
    }
    /* select(2) rewrites the sets, and an interrupted one leaves them undefined: keep the
     * caller's for the retry (on the stack: three fd_sets are 384 bytes). */
    fd_set saved[3];
    void *sets[3] = {readfds, writefds, exceptfds};
    for (int i = 0; i < 3; i++) {
        if (sets[i] != NULL) {
            memcpy(&saved[i], sets[i], sizeof(fd_set));
        }
    }
    int64_t deadline = to_deadline(timeout_ns);
    for (;;) {
        struct timeval tv;
        struct timeval *tvp = NULL;
        if (deadline != PSK__NO_DEADLINE) {
            int64_t left = deadline - psk__now_ns();
            if (left < 0) {
                left = 0;
            }
            /* Microseconds rounded up, as CPython's _PyTime_ROUND_TIMEOUT. */
            int64_t us = left / 1000 + (left % 1000 != 0);
            tv.tv_sec = (time_t)(us / 1000000);
            tv.tv_usec = (suseconds_t)(us % 1000000);
            tvp = &tv;
        }
        int n = select(nfds, (fd_set *)readfds, (fd_set *)writefds, (fd_set *)exceptfds, tvp);
        if (n >= 0) {
            return n;
        }
        int err = errno;
        if (err != EINTR) {
            return -err;
        }
        for (int i = 0; i < 3; i++) {
            if (sets[i] != NULL) {
                memcpy(sets[i], &saved[i], sizeof(fd_set));
            }
        }
        if (deadline != PSK__NO_DEADLINE && deadline - psk__now_ns() <= 0) {
            /* The time is up: nothing became ready (CPython clears the sets, bpo-35310). */
            for (int i = 0; i < 3; i++) {
                if (sets[i] != NULL) {
                    memset(sets[i], 0, sizeof(fd_set));
                }
            }
            return 0;
        }
    }
}

/* psk_poll: see pysocket.h. */
int psk_poll(void *fds, int nfds, int64_t timeout_ns) {
    if (nfds < 0 || (fds == NULL && nfds > 0)) {
        return -EINVAL;
    }
    int64_t deadline = to_deadline(timeout_ns);
    for (;;) {
        int expired = 0;
        int ms = wait_ms(deadline, &expired);
        int n = FAULT(PSK__POLL, poll((struct pollfd *)fds, (nfds_t)nfds, ms));
        if (n >= 0) {
            return n;
        }
        int err = errno;
        if (err != EINTR) {
            return -err;
        }
        if (expired) {
            return 0;
        }
    }
}

#ifdef PSK_HAVE_EPOLL
/* psk_epoll_create: see pysocket.h. */
int psk_epoll_create(void) {
    int fd = epoll_create1(EPOLL_CLOEXEC);
    return fd >= 0 ? fd : -errno;
}

/* psk_epoll_ctl: see pysocket.h. The event's data is the fd itself, as CPython's. */
int psk_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    struct epoll_event ev;
    memset(&ev, 0, sizeof ev);
    ev.events = events;
    ev.data.fd = fd;
    int r;
    RETRY_EINTR(r, epoll_ctl(epfd, op, fd, op == EPOLL_CTL_DEL ? NULL : &ev));
    return r < 0 ? r : 0;
}

/* psk_epoll_wait: see pysocket.h. */
int psk_epoll_wait(int epfd, void *out, int maxevents, int64_t timeout_ns) {
    if (out == NULL || maxevents <= 0) {
        return -EINVAL;
    }
    int64_t deadline = to_deadline(timeout_ns);
    int n;
    for (;;) {
        int expired = 0;
        int ms = wait_ms(deadline, &expired);
        n = FAULT(PSK__EPOLL_WAIT, epoll_wait(epfd, (struct epoll_event *)out, maxevents, ms));
        if (n >= 0) {
            break;
        }
        int err = errno;
        if (err != EINTR) {
            return -err;
        }
        if (expired) {
            return 0;
        }
    }
    /* The kernel's struct epoll_event is packed on x86_64 (12 bytes): rewrite the results in
     * place as {int32 fd, uint32 events} pairs, which Java reads the same on every platform.
     * Entry i is read whole before pair i is written, and pair i (8 bytes at 8 * i) never
     * reaches past entry i, so nothing is overwritten before it is read. */
    unsigned char *bytes = out;
    for (int i = 0; i < n; i++) {
        struct epoll_event ev;
        memcpy(&ev, bytes + (size_t)i * sizeof ev, sizeof ev);
        int32_t pair[2] = {ev.data.fd, (int32_t)ev.events};
        memcpy(bytes + (size_t)i * sizeof pair, pair, sizeof pair);
    }
    return n;
}
#else
/* No epoll(7) here (macOS, the BSDs: their kqueue is not wrapped): -ENOSYS, which Java's
 * capability check reports as the backend lacking epoll. */
int psk_epoll_create(void) {
    return -ENOSYS;
}

int psk_epoll_ctl(int epfd, int op, int fd, uint32_t events) {
    (void)epfd, (void)op, (void)fd, (void)events;
    return -ENOSYS;
}

int psk_epoll_wait(int epfd, void *out, int maxevents, int64_t timeout_ns) {
    (void)epfd, (void)out, (void)maxevents, (void)timeout_ns;
    return -ENOSYS;
}
#endif
