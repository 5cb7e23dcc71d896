/* socket.c - creating, duplicating, shutting down and closing fds, and their flags. */
#include "internal.h"

#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* psk_socket returns a new fd with close-on-exec set atomically (PEP 446; a fork+exec
 * in another thread must not inherit it, docs/architecture.md rule 4), or -errno. */
int psk_socket(int family, int type, int proto) {
    return psk__new_socket(family, type, proto);
}

/* psk_socketpair creates a connected pair, both ends close-on-exec atomically (PEP 446,
 * R22: both ends are non-inheritable), into out[0] and out[1]; 0 or -errno. */
int psk_socketpair(int family, int type, int proto, int32_t *out) {
    if (out == NULL) {
        return -EINVAL;
    }
    int sv[2];
    int rc = psk__new_socketpair(family, type, proto, sv);
    if (rc < 0) {
        return rc;
    }
    out[0] = sv[0];
    out[1] = sv[1];
    return 0;
}

/*
 * psk_close closes fd once: 0, or -errno. close(2) is never retried: on Linux the fd is
 * released even when close reports EINTR, so a retry could close a number another
 * thread has just been given (close(2) NOTES; Go's fd_unix.go destroy, R10). EINTR and
 * ECONNRESET (a reset peer, reported by some systems) are therefore success.
 */
int psk_close(int fd) {
    if (FAULT_AFTER(PSK__CLOSE, close(fd)) == 0) {
        return 0;
    }
    int err = errno;
    return err == EINTR || err == ECONNRESET ? 0 : -err;
}

/* psk_dup returns the lowest free fd >= 0 referring to fd's socket, close-on-exec
 * (F_DUPFD_CLOEXEC, as CPython's dup() since PEP 446), or -errno. */
int psk_dup(int fd) {
    int copy = psk__fcntl(fd, F_DUPFD_CLOEXEC, 0);
    return copy < 0 ? -errno : copy;
}

/* psk_shutdown returns 0 or -errno. SHUT_RD/SHUT_RDWR also wakes threads blocked in
 * recv (EOF) or accept (EINVAL) on Linux (R18); it acts on the socket, so every duplicate
 * sees it, which is why close() never uses it (psk_preclose). */
int psk_shutdown(int fd, int how) {
    return shutdown(fd, how) == 0 ? 0 : -errno;
}

/* psk_set_nonblocking sets (on != 0) or clears O_NONBLOCK on the open file description
 * (so dup'ed fds share it, R1); returns 0 or -errno. Skips F_SETFL when nothing changes,
 * as CPython's _Py_set_blocking does. */
int psk_set_nonblocking(int fd, int on) {
    int flags = psk__fcntl(fd, F_GETFL, 0);
    if (flags < 0) {
        return -errno;
    }
    int wanted = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK;
    if (wanted != flags && psk__fcntl(fd, F_SETFL, wanted) < 0) {
        return -errno;
    }
    return 0;
}

/* psk_get_inheritable returns 1 if FD_CLOEXEC is clear, 0 if set, or -errno. */
int psk_get_inheritable(int fd) {
    int flags = psk__fcntl(fd, F_GETFD, 0);
    if (flags < 0) {
        return -errno;
    }
    return (flags & FD_CLOEXEC) ? 0 : 1;
}

/* psk_set_inheritable clears (on != 0) or sets FD_CLOEXEC; returns 0 or -errno. */
int psk_set_inheritable(int fd, int on) {
    int flags = psk__fcntl(fd, F_GETFD, 0);
    if (flags < 0) {
        return -errno;
    }
    int wanted = on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC;
    if (wanted != flags && psk__fcntl(fd, F_SETFD, wanted) < 0) {
        return -errno;
    }
    return 0;
}

/* psk_socket_probe: see pysocket.h. getsockname is the validity check CPython makes
 * (EBADF, ENOTSOCK raise; any other failure leaves the family unknown); SO_TYPE and
 * SO_PROTOCOL never fail on an open socket. */
int psk_socket_probe(int fd, int32_t *out) {
    if (out == NULL) {
        return -EINVAL;
    }
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    memset(&ss, 0, sizeof ss);
    int family = -1;
    if (getsockname(fd, (struct sockaddr *)&ss, &len) == 0) {
        family = ss.ss_family;
    } else if (errno == EBADF || errno == ENOTSOCK) {
        return -errno;
    }
    int type = 0;
    socklen_t optlen = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &optlen) != 0) {
        return -errno;
    }
    int proto = 0;
#ifdef SO_PROTOCOL
    optlen = sizeof proto;
    if (getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &optlen) != 0) {
        return -errno;
    }
#endif
    out[0] = family;
    out[1] = type;
    out[2] = proto;
    return 0;
}
