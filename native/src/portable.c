/*
 * portable.c - the calls that differ between Linux and other POSIX systems (internal.h's
 * compile guards, docs/platforms.md): sockets made close-on-exec with or without the Linux
 * type flags, accept with or without accept4, and SIGPIPE kept away from the JVM with or
 * without MSG_NOSIGNAL.
 */
#include "internal.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int psk__socket_setup(int fd, int nonblock) {
    int ok = psk__fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
    if (ok && nonblock) {
        int fl = psk__fcntl(fd, F_GETFL, 0);
        ok = fl >= 0 && psk__fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0;
    }
#ifdef PSK_SET_NOSIGPIPE
    int one = 1;
    ok = ok && setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one) == 0;
#endif
    if (!ok) {
        int err = errno;
        close(fd);
        return -err;
    }
    return fd;
}

int psk__new_socket(int family, int type, int proto) {
#ifdef PSK_HAVE_SOCK_CLOEXEC
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    return fd < 0 ? -errno : fd;
#else
    /* Not atomic: a fork+exec in another thread between the two calls inherits the fd
     * (PEP 446 notes the same for systems without SOCK_CLOEXEC). */
    int fd = socket(family, type & ~SOCK_NONBLOCK, proto);
    return fd < 0 ? -errno : psk__socket_setup(fd, (type & SOCK_NONBLOCK) != 0);
#endif
}

int psk__new_socketpair(int family, int type, int proto, int sv[2]) {
#ifdef PSK_HAVE_SOCK_CLOEXEC
    return socketpair(family, type | SOCK_CLOEXEC, proto, sv) == 0 ? 0 : -errno;
#else
    if (socketpair(family, type & ~SOCK_NONBLOCK, proto, sv) != 0) {
        return -errno;
    }
    int nonblock = (type & SOCK_NONBLOCK) != 0;
    int rc = psk__socket_setup(sv[0], nonblock);
    if (rc < 0) {
        close(sv[1]);
        return rc;
    }
    rc = psk__socket_setup(sv[1], nonblock);
    if (rc < 0) {
        close(sv[0]);
        return rc;
    }
    return 0;
#endif
}

/* -1 and errno, as accept4 (psk_accept's FAULT seam wraps it). */
int psk__accept_cloexec(int fd, struct sockaddr *addr, socklen_t *len, int flags) {
#ifdef PSK_HAVE_ACCEPT4
    return accept4(fd, addr, len, SOCK_CLOEXEC | flags);
#else
    int s = accept(fd, addr, len);
    if (s < 0) {
        return -1;
    }
    int rc = psk__socket_setup(s, (flags & SOCK_NONBLOCK) != 0);
    if (rc < 0) {
        errno = -rc;
        return -1;
    }
    return s;
#endif
}

/* The technique of OpenSSL's and libcurl's SIGPIPE guards: sigprocmask, not pthread_sigmask,
 * because on Linux it changes the calling thread's mask only (rt_sigprocmask is per-thread)
 * and pthread_sigmask moved into glibc's libc only in 2.32 (docs/platforms.md: the floor). */
void psk__sigpipe_block(struct psk__sigpipe *g) {
    sigset_t pipe_set, pending;
    sigemptyset(&pipe_set);
    sigaddset(&pipe_set, SIGPIPE);
    g->blocked = sigprocmask(SIG_BLOCK, &pipe_set, &g->old) == 0;
    g->had_pending = g->blocked && sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE);
}

void psk__sigpipe_unblock(struct psk__sigpipe *g, int raised_epipe) {
    if (!g->blocked) {
        return;
    }
    if (raised_epipe && !g->had_pending) {
        sigset_t pipe_set;
        sigemptyset(&pipe_set);
        sigaddset(&pipe_set, SIGPIPE);
#if defined(__linux__)
        struct timespec zero = {0, 0};
        while (sigtimedwait(&pipe_set, NULL, &zero) < 0 && errno == EINTR) {
        }
#else
        int sig; /* macOS has no sigtimedwait; the signal is pending, so sigwait returns */
        sigwait(&pipe_set, &sig);
#endif
    }
    if (!sigismember(&g->old, SIGPIPE)) {
        sigprocmask(SIG_SETMASK, &g->old, NULL);
    }
}
