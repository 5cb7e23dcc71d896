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
#include <signal.h>
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

/*
 * Compile guards (docs/platforms.md). Linux has SOCK_CLOEXEC/SOCK_NONBLOCK in a socket type,
 * accept4 and MSG_NOSIGNAL; macOS and some BSDs lack one or more of them (macOS has
 * SO_NOSIGPIPE instead of MSG_NOSIGNAL). libpysocket is built for Linux only (elsewhere Java
 * runs the jdk backend), but the other branches are kept compiling, and PSK_PORTABLE (CMake
 * -DPSK_PORTABLE=ON) takes them on Linux too, so the C tests run them for real
 * (tools/native/test-all-targets.sh).
 */
#if defined(SOCK_CLOEXEC) && !defined(PSK_PORTABLE)
#define PSK_HAVE_SOCK_CLOEXEC 1
#endif
#if defined(__linux__) && !defined(PSK_PORTABLE)
#define PSK_HAVE_ACCEPT4 1
#endif
#ifndef SOCK_NONBLOCK
#define SOCK_NONBLOCK 0 /* no such type flag here: the caller can only ask for 0 */
#endif
#if defined(MSG_NOSIGNAL) && !defined(PSK_PORTABLE)
#define PSK_NOSIGNAL MSG_NOSIGNAL
#else
#define PSK_NOSIGNAL 0
#if defined(SO_NOSIGPIPE)
/* Every socket gets SO_NOSIGPIPE when it is made (psk__socket_setup). */
#define PSK_SET_NOSIGPIPE 1
#else
/* Neither: each send blocks SIGPIPE around itself (psk__sigpipe_block), as sendfile does. */
#define PSK_SIGPIPE_GUARD 1
#endif
#endif

/* portable.c: a socket made without the Linux type flags gets close-on-exec (and O_NONBLOCK
 * when nonblock, SO_NOSIGPIPE where that is how SIGPIPE is avoided): fd, or -errno with fd
 * closed. */
int psk__socket_setup(int fd, int nonblock);
/* portable.c: socket(2) / socketpair(2) / accept4(2) with close-on-exec, SOCK_NONBLOCK in type
 * (or flags) honoured, by the Linux flags where they exist, else psk__socket_setup. */
int psk__new_socket(int family, int type, int proto);
int psk__new_socketpair(int family, int type, int proto, int sv[2]);
int psk__accept_cloexec(int fd, struct sockaddr *addr, socklen_t *len, int flags);

/* portable.c: SIGPIPE blocked in this thread around a call that may raise it (sendfile(2),
 * and every send where neither MSG_NOSIGNAL nor SO_NOSIGPIPE exists): a SIGPIPE the call
 * raises is taken back before the old mask returns, one pending before is left alone. */
struct psk__sigpipe {
    sigset_t old;
    int blocked;
    int had_pending;
};
void psk__sigpipe_block(struct psk__sigpipe *g);
void psk__sigpipe_unblock(struct psk__sigpipe *g, int raised_epipe);

/* wake.c: installs the wake signal's no-op handler unless the signal has a handler already
 * (psk_wake_init's rule, callable again by tests): 0 or -errno. */
int psk__install_wake_handler(void);

#endif
