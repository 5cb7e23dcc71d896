/* accept.c - accept4 with close-on-exec, the peer address into the caller's psk_addr. */
#include "internal.h"

#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <sys/socket.h>

struct accept_args {
    int fd;
    int flags;
    psk_addr *peer;
};

/* accept_call: one accept4, EINTR not retried; the new fd or -errno (ECONNABORTED too: a
 * connection reset while queued is for the caller to skip or raise). */
static int accept_call(const struct accept_args *a) {
    struct sockaddr_storage ss = {0};
    socklen_t len = sizeof ss;
    int fd = FAULT(PSK__ACCEPT, psk__accept_cloexec(a->fd, a->peer ? (struct sockaddr *)&ss : NULL,
                                                    a->peer ? &len : NULL, a->flags));
    if (fd < 0) {
        return -errno;
    }
    if (a->peer != NULL) {
        psk__from_sockaddr(&ss, len, a->peer);
    }
    return fd;
}

/* accept_once: accept_call with EINTR retried. */
static int accept_once(void *ctx) {
    int fd;
    do {
        fd = accept_call(ctx);
    } while (fd == -EINTR);
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

/*
 * The wake timer of psk_accept_bounded, through the raw syscalls (timer_create(2),
 * timer_settime(2), timer_delete(2)): glibc moved timer_* from librt into libc only in 2.34
 * (its NEWS), so calling them would make the library need GLIBC_2.34 or link librt
 * (docs/platforms.md: the glibc floor), and musl spells SIGEV_THREAD_ID's field differently.
 * The kernel's own structures are used, declared here as the kernel lays them out
 * (include/uapi/asm-generic/siginfo.h: struct sigevent is 64 bytes, the thread id right after
 * sigev_notify; a kernel timer id is an int; the classic timer_settime takes the kernel's
 * native long, which on every target built here, 32-bit armhf included, is the time_t the
 * syscall expects).
 */
#ifndef SIGEV_THREAD_ID
#define SIGEV_THREAD_ID 4
#endif

struct kernel_sigevent {
    union {
        int sival_int;
        void *sival_ptr;
    } value;
    int signo;
    int notify;
    int tid;
    int pad[(64 - 3 * (int)sizeof(int) - (int)sizeof(void *)) / (int)sizeof(int)];
};
_Static_assert(sizeof(struct kernel_sigevent) == 64, "the kernel's struct sigevent is 64 bytes");

struct kernel_timespec_long {
    long sec;
    long nsec;
};

struct kernel_itimerspec_long {
    struct kernel_timespec_long interval;
    struct kernel_timespec_long value;
};

/* start_wake_timer: a CLOCK_MONOTONIC timer that sends the wake signal to this thread after
 * bound_ns and every bound_ns after that; its kernel id in *timer, 0 or -errno. */
static int start_wake_timer(int64_t bound_ns, int *timer) {
    struct kernel_sigevent sev;
    memset(&sev, 0, sizeof sev);
    sev.notify = SIGEV_THREAD_ID;
    sev.signo = PSK__WAKE_SIGNAL;
    sev.tid = (int)syscall(SYS_gettid);
    if (syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, timer) != 0) {
        return -errno;
    }
    struct kernel_itimerspec_long bound;
    memset(&bound, 0, sizeof bound);
    bound.value.sec = (long)(bound_ns / 1000000000);
    bound.value.nsec = (long)(bound_ns % 1000000000);
    /* Again every bound_ns until deleted: a thread descheduled for longer than bound_ns
     * between here and accept4 takes the first signal before accept4 starts, and would then
     * block until the next connection (seen on a loaded 2-core machine: accept-bounded-race
     * hung until its timeout). The next signal ends that accept4. */
    bound.interval = bound.value;
    if (syscall(SYS_timer_settime, *timer, 0, &bound, NULL) != 0) {
        int rc = -errno;
        syscall(SYS_timer_delete, *timer);
        return rc;
    }
    return 0;
}

/*
 * psk_accept_bounded: see pysocket.h. A listener in blocking mode has no per-call way not to
 * wait (accept4(2) takes no MSG_DONTWAIT, and O_NONBLOCK belongs to the open file description,
 * which every duplicate shares), and a connection poll(2) saw queued may be taken by another
 * acceptor before this accept4. So a timer (timer_create(2), SIGEV_THREAD_ID, through the raw
 * syscalls: start_wake_timer) sends this thread the wake signal after bound_ns, and again every
 * bound_ns: its handler does nothing and has no SA_RESTART, so a lost race ends the accept4
 * with EINTR, reported as -EAGAIN (wait for readiness again), as is an interruption by any
 * other signal. Three syscalls more than psk_accept, made only once poll said a connection
 * was queued.
 */
int psk_accept_bounded(int fd, psk_addr *peer, int flags, int64_t bound_ns) {
    if (!valid_flags(flags) || bound_ns <= 0) {
        return -EINVAL;
    }
    struct pollfd p = {.fd = fd, .events = POLLIN, .revents = 0};
    int ready;
    RETRY_EINTR(ready, poll(&p, 1, 0));
    if (ready < 0) {
        return ready;
    }
    if (FAULT(PSK__ACCEPT_RACE, 0) != 0) { /* tests only: a race lost after this poll */
        ready = 1;
        p.revents = POLLIN;
    }
    if (ready == 0) {
        return -EAGAIN;
    }
    if ((p.revents & POLLNVAL) != 0) {
        return -EBADF;
    }
    int rc = psk_wake_init(); /* the wake signal must have its handler before a timer sends it */
    if (rc < 0) {
        return rc;
    }
    int timer;
    rc = start_wake_timer(bound_ns, &timer);
    if (rc < 0) {
        return rc;
    }
    struct accept_args args = {fd, flags, peer};
    rc = accept_call(&args);
    syscall(SYS_timer_delete, timer);
    return rc == -EINTR ? -EAGAIN : rc;
}
