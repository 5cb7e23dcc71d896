/*
 * sendfile.c - sendfile(2) from a file to a stream socket (R23), without SIGPIPE (R34), and
 * the lookup that finds the descriptor behind a Java FileChannel.
 */
#include "internal.h"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/sendfile.h>
#include <sys/types.h>
#include <unistd.h>

/* A 64-bit file offset on every target: 32-bit glibc (armhf) has a 32-bit off_t and, for
 * offsets past 2 GiB, sendfile64 and lseek64 (glibc 2.3 and 2.2); musl's off_t and 64-bit
 * glibc's are 64 bits already. (Not _FILE_OFFSET_BITS=64, which would also turn fcntl into
 * fcntl64@GLIBC_2.28 and raise the glibc floor, docs/platforms.md.) */
#if defined(__GLIBC__) && !defined(__LP64__)
#define SENDFILE sendfile64
#define LSEEK lseek64
typedef off64_t file_offset;
#else
#define SENDFILE sendfile
#define LSEEK lseek
typedef off_t file_offset;
#endif

struct sendfile_args {
    int fd;
    int in_fd;
    int64_t offset;
    int count;
};

/*
 * sendfile_quiet: one sendfile(2) with SIGPIPE blocked in this thread. sendfile has no
 * MSG_NOSIGNAL: Linux's splice into a socket sends SIGPIPE to the calling thread with EPIPE
 * (net/core/stream.c sk_stream_error). Blocked, the signal stays pending on this thread; it is
 * taken back with a zero-timeout sigtimedwait(2) unless one was already pending before the
 * call (someone else's), then the old mask returns. So the JVM never sees it, whatever
 * handler SIGPIPE has (psk__sigpipe_block in portable.c).
 * Returns bytes sent (0 at end of file) or -errno; EINTR retried.
 */
static int sendfile_quiet(struct sendfile_args *a) {
    struct psk__sigpipe guard;
    psk__sigpipe_block(&guard);
    ssize_t n;
    do {
        /* sendfile(2) advances its copy, never the file's offset */
        file_offset off = (file_offset)a->offset;
        n = FAULT(PSK__SEND, SENDFILE(a->fd, a->in_fd, &off, (size_t)a->count));
        n = n < 0 ? -errno : n;
    } while (n == -EINTR);
    psk__sigpipe_unblock(&guard, n == -EPIPE);
    return (int)n;
}

static int sendfile_once(void *ctx) {
    return sendfile_quiet(ctx);
}

/* bad_range: the arguments Java validates first (R23), checked again where it is cheap. */
static int bad_range(int64_t offset, int count) {
    return offset < 0 || count < 0;
}

int psk_sendfile(int fd, int in_fd, int64_t offset, int count) {
    if (bad_range(offset, count)) {
        return -EINVAL;
    }
    struct sendfile_args args = {fd, in_fd, offset, count};
    return sendfile_quiet(&args);
}

int psk_sendfile_timed(int fd, int in_fd, int64_t offset, int count, int64_t timeout_ns) {
    if (bad_range(offset, count)) {
        return -EINVAL;
    }
    if (timeout_ns <= 0) {
        return PSK_TIMEOUT;
    }
    struct sendfile_args args = {fd, in_fd, offset, count};
    /* Send first, poll only when the socket buffer is full (io.c's send_try_first). */
    int n = sendfile_quiet(&args);
    if (!psk__would_block(-n)) {
        return n;
    }
    return psk__timed_call(fd, POLLOUT, psk__deadline(timeout_ns), 1, sendfile_once, &args);
}

int64_t psk_file_offset(int fd) {
    file_offset pos = LSEEK(fd, 0, SEEK_CUR);
    return pos < 0 ? -errno : (int64_t)pos;
}

/*
 * psk_file_dup_at_offset: the JDK gives no public way to a FileChannel's descriptor, but the
 * channel can move its own file offset (FileChannel.position). Java sets it to an unlikely
 * value; this scans the process's descriptors (/proc/self/fd, proc(5)) for one whose
 * lseek(2) offset is exactly that, and returns a duplicate (F_DUPFD_CLOEXEC) the caller owns,
 * so that a close of the channel meanwhile cannot hand the number to another file.
 * -ENOENT when no descriptor has the offset, -EINVAL for a negative one, or -errno.
 */
int psk_file_dup_at_offset(int64_t offset) {
    if (offset < 0) {
        return -EINVAL;
    }
    DIR *dir = opendir("/proc/self/fd");
    if (dir == NULL) {
        return -errno;
    }
    int own = dirfd(dir);
    int found = -ENOENT;
    struct dirent *e;
    while (found == -ENOENT && (e = readdir(dir)) != NULL) {
        char *end;
        long fd = strtol(e->d_name, &end, 10);
        if (*end != '\0' || end == e->d_name || fd == own || fd < 0 || fd > INT_MAX) {
            continue; /* ".", ".." and the directory's own descriptor */
        }
        if (LSEEK((int)fd, 0, SEEK_CUR) == (file_offset)offset) {
            found = psk__fcntl((int)fd, F_DUPFD_CLOEXEC, 0);
            if (found < 0) {
                found = -errno;
            }
        }
    }
    closedir(dir);
    return found;
}
