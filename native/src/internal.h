/*
 * internal.h - what the psk_* source files share and do not export: the EINTR retry
 * macro, the fault-injection seam, monotonic deadlines, the one-fd poll loop, and the
 * psk_addr <-> sockaddr converters. Everything here is static inline or psk__* with
 * hidden visibility (the library is built with -fvisibility=hidden).
 */
#ifndef PSK_INTERNAL_H
#define PSK_INTERNAL_H

#include "pysocket.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/*
 * psk__fcntl: fcntl(2) with an int argument (F_GETFL, F_SETFL, F_GETFD, F_SETFD,
 * F_DUPFD_CLOEXEC: all pysocket uses). On 32-bit glibc (armhf) the fcntl symbol got a new
 * version in glibc 2.28 (for the 64-bit record-lock commands), which would raise the library's
 * glibc floor (docs/platforms.md); for these commands the kernel's fcntl64 syscall is exactly
 * what either version calls, so it is called directly there. -1 and errno, as fcntl.
 */
static inline int psk__fcntl(int fd, int cmd, int arg) {
#if defined(__GLIBC__) && !defined(__LP64__) && defined(SYS_fcntl64)
    return (int)syscall(SYS_fcntl64, fd, cmd, arg);
#else
    return fcntl(fd, cmd, arg);
#endif
}

/*
 * FAULT(id, call) / FAULT_AFTER(id, call): the test-only seam of docs/architecture.md rule 14 (Go's
 * hook_unix.go). In a PSK_TESTING build a test may arm a call so that it fails with a
 * chosen errno: FAULT skips the real call, FAULT_AFTER makes it and then reports the
 * failure (for connect and close, whose side effect must happen to be realistic). In a
 * normal build both are the bare call and no seam exists.
 */
#ifdef PSK_FAULT_INJECTION
#include "testing/fault.h"
#define FAULT(id, call) (psk__fault_take(id) ? -1 : (call))
#define FAULT_AFTER(id, call) psk__fault_after((id), (call))
#else
#define FAULT(id, call) (call)
#define FAULT_AFTER(id, call) (call)
#endif

/*
 * RETRY_EINTR(result, call): makes call until it does not fail with EINTR (PEP 475, R4,
 * R10) and leaves its result, or -errno read right after the failing call, in result.
 * Only for calls with no deadline; close(2) must never go through it (see psk_close).
 */
#define RETRY_EINTR(result, call)      \
    do {                               \
        (result) = (call);             \
        if ((result) != -1) {          \
            break;                     \
        }                              \
        (result) = -errno;             \
    } while ((result) == -EINTR)

/* EAGAIN and EWOULDBLOCK are the same number on Linux, not everywhere (POSIX allows both). */
static inline int psk__would_block(int err) {
    return err == EAGAIN || err == EWOULDBLOCK;
}

/* A deadline is an absolute CLOCK_MONOTONIC time in ns; this one never passes. */
#define PSK__NO_DEADLINE INT64_MAX

static inline int64_t psk__now_ns(void) {
    struct timespec ts;
    /* CLOCK_MONOTONIC cannot fail on Linux; wall-clock jumps must not move deadlines. */
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* psk__deadline returns now + timeout_ns, saturated to PSK__NO_DEADLINE (no overflow UB). */
static inline int64_t psk__deadline(int64_t timeout_ns) {
    int64_t now = psk__now_ns();
    if (timeout_ns >= PSK__NO_DEADLINE - now) {
        return PSK__NO_DEADLINE;
    }
    return now + timeout_ns;
}

/* psk__poll_ms returns remaining_ns (> 0) as poll(2) milliseconds, rounded UP as CPython's
 * _PyTime_ROUND_CEILING does (R2): a 1 ns remainder waits 1 ms rather than spinning. */
static inline int psk__poll_ms(int64_t remaining_ns) {
    int64_t ms = remaining_ns / 1000000 + (remaining_ns % 1000000 != 0);
    return ms > INT_MAX ? INT_MAX : (int)ms;
}

/* wait.c */

/*
 * psk__poll_one polls fd for events (POLLIN/POLLOUT) until deadline, retrying EINTR with
 * the time left, so a signal never extends the deadline (R2). It returns the revents
 * (> 0; POLLERR/POLLHUP/POLLNVAL count as ready so that the next syscall reports the
 * error or EOF), 0 once the deadline has passed, or -errno.
 *
 * first_wait != 0 makes at least one poll (0 ms if the deadline passed meanwhile): the
 * first wait of a CPython call uses the whole timeout, so a ready socket is served even
 * with a timeout of a few ns (R8). Otherwise (a retry after a false positive, sendall's
 * next chunk) a passed deadline returns 0 without polling (R2 step 6, R5).
 */
int psk__poll_one(int fd, short events, int64_t deadline, int first_wait);

/* psk__op: one attempt at a syscall with EINTR already retried; returns n >= 0 or -errno. */
typedef int (*psk__op)(void *ctx);

/*
 * psk__timed_call is CPython's sock_call_ex (R2) for a non-blocking fd: poll for events
 * until deadline -> nothing ready: PSK_TIMEOUT; else call op once; EAGAIN/EWOULDBLOCK is
 * a false positive (another reader won, a bad checksum dropped the data), so poll again
 * with the time left, except after POLLHUP (a datagram socket shut down both ways keeps
 * polling readable while recv gives EAGAIN: that EAGAIN is returned, not spun on).
 * first_wait is psk__poll_one's, for the first poll only. Returns op's result,
 * PSK_TIMEOUT, or -errno from poll.
 */
int psk__timed_call(int fd, short events, int64_t deadline, int first_wait, psk__op op,
                    void *ctx);

/* connect.c */

/* psk__so_error reads and clears SO_ERROR: 0 (also for EISCONN, R6), or -errno. */
int psk__so_error(int fd);

/* address.c */

/*
 * psk__to_sockaddr converts a into ss for bind/connect and returns the sockaddr length
 * to pass to the kernel, or -EINVAL for a NULL address, an unknown family, a bad len or
 * port. AF_UNIX: len 0 autobinds (Linux), abstract names (data[0] == 0) use exactly
 * offsetof(sun_path) + len, path names get a NUL and so may have at most 107 bytes.
 */
int psk__to_sockaddr(const psk_addr *a, struct sockaddr_storage *ss);

/*
 * psk__from_sockaddr fills out from the kernel's (ss, len). len 0 gives family 0 (no
 * address); an unnamed AF_UNIX socket gives len 0; a family this file does not know is
 * kept with the raw bytes after sa_family in data (CPython's (family, sa_data), R28).
 */
void psk__from_sockaddr(const struct sockaddr_storage *ss, socklen_t len, psk_addr *out);

/* wake.c: the signal that wakes a thread blocked in a syscall (docs/close.md); the JDK's. */
#define PSK__WAKE_SIGNAL (SIGRTMAX - 2)

/* wake.c: installs the wake signal's no-op handler unless the signal has a handler already
 * (psk_wake_init's rule, callable again by tests): 0 or -errno. */
int psk__install_wake_handler(void);

#endif
