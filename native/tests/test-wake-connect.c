/* close's wake-up of a thread blocked in connect, where shutdown() could not help: a blocking
 * AF_UNIX connect waiting for room in a full backlog, and a timed TCP connect waiting for a
 * listener whose backlog is full. Each returns within a second of psk_preclose and
 * psk_wake_thread (what it returns is for Java to overrule: the descriptor is closed). */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct blocked {
    int fd;
    psk_addr to;
    int timed;
    int result;
    atomic_llong tid;
    atomic_llong returned_at;
};

static void *connect_blocked(void *arg) {
    struct blocked *b = arg;
    atomic_store(&b->tid, wakeable_thread_id());
    b->result = b->timed ? psk_connect_timed(b->fd, &b->to, 20 * SECONDS) : psk_connect(b->fd, &b->to);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

/* fill: connects non-blocking sockets to `to` until the listener's queue is full: AF_UNIX
 * says so (EAGAIN); TCP never does, so make a few and let their handshakes complete. Returns
 * how many. */
static int fill(int family, const psk_addr *to, int *fds, int max) {
    int n = 0;
    while (n < max) {
        int fd = psk_socket(family, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ASSERT_GE(fd, 0);
        int rc = psk_connect(fd, to);
        fds[n++] = fd;
        if (rc == -EAGAIN || (rc == -EINPROGRESS && n == 4)) {
            sleep_ms(100);
            return n;
        }
        ASSERT(rc == 0 || rc == -EINPROGRESS);
    }
    return n;
}

static void wake_one(int family, const psk_addr *to, int timed) {
    int fds[64];
    int n = fill(family, to, fds, 64);
    ASSERT_LT(n, 64);

    struct blocked b = {.fd = psk_socket(family, timed ? SOCK_STREAM | SOCK_NONBLOCK : SOCK_STREAM, 0),
                        .to = *to, .timed = timed, .result = -12345};
    ASSERT_GE(b.fd, 0);
    atomic_init(&b.tid, 0);
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(connect_blocked, &b);
    sleep_ms(300);
    ASSERT_EQ(atomic_load(&b.returned_at), 0); /* really blocked: the backlog is full */

    int64_t start = now_ns();
    ASSERT_EQ(psk_preclose(b.fd), 0);
    ASSERT_EQ(psk_wake_thread(atomic_load(&b.tid)), 0);
    join_thread(t);
    ASSERT_NE(b.result, -12345);
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);

    ASSERT_EQ(psk_close(b.fd), 0);
    for (int i = 0; i < n; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
}

TEST_IMPL(wake_connect) {
    char path[64];
    snprintf(path, sizeof path, "/tmp/psk-wake-%d", (int)getpid());
    unlink(path);
    psk_addr ua = unix_addr(path, (int)strlen(path));
    int ul = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_bind(ul, &ua), 0);
    ASSERT_EQ(psk_listen(ul, 0), 0);
    wake_one(AF_UNIX, &ua, 0);
    ASSERT_EQ(psk_close(ul), 0);
    unlink(path);

    /* TCP: a SYN to a full accept queue is dropped, so the connect waits for retransmits. */
    psk_addr ta = inet_addr_of("127.0.0.1", 0);
    int tl = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(tl, 0);
    ASSERT_EQ(psk_bind(tl, &ta), 0);
    ASSERT_EQ(psk_listen(tl, 0), 0);
    ASSERT_EQ(psk_getsockname(tl, &ta), 0);
    wake_one(AF_INET, &ta, 1);
    ASSERT_EQ(psk_close(tl), 0);
    return 0;
}
