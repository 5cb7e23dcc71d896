/* close's wake-up of a thread blocked in connect, where shutdown() could not help: a blocking
 * AF_UNIX connect waiting for room in a full backlog, and a timed TCP connect waiting for a
 * listener whose backlog is full. Each returns within a second of psk_preclose and
 * psk_wake_thread (what it returns is for Java to overrule: the descriptor is closed). */
#include "task.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int connect_call(struct in_thread *c) {
    return c->timeout_ns > 0 ? psk_connect_timed(c->fd, &c->addr, c->timeout_ns) : psk_connect(c->fd, &c->addr);
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

    int64_t timeout = timed ? 20 * SECONDS : 0;
    struct in_thread c = {.call = connect_call, .addr = *to, .timeout_ns = timeout,
                          .fd = psk_socket(family, timed ? SOCK_STREAM | SOCK_NONBLOCK : SOCK_STREAM, 0)};
    ASSERT_GE(c.fd, 0);
    in_thread_start(&c); /* really blocked: the backlog is full */
    in_thread_wake(&c);

    ASSERT_EQ(psk_close(c.fd), 0);
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
    psk_addr ta;
    int tl = tcp_listener_backlog(&ta, 0);
    wake_one(AF_INET, &ta, 1);
    ASSERT_EQ(psk_close(tl), 0);
    return 0;
}
