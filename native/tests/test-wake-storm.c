/*
 * A storm of the wake signal, one every millisecond, at a thread that blocks in psk_recv,
 * psk_accept, psk_connect (TCP, and AF_UNIX waiting for backlog room) and poll (psk_wait,
 * psk_recv_timed, psk_accept_timed, psk_connect_timed): no call reports EINTR (every psk_*
 * call retries it, PEP 475), blocking calls return what arrives later, and no timeout is
 * stretched by more than 100 ms (the retry waits for the time left, R2).
 */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct storm {
    atomic_llong target;
    atomic_int stop;
    atomic_int sent;
};

static void *storm_run(void *arg) {
    struct storm *s = arg;
    while (!atomic_load(&s->stop)) {
        int64_t tid = atomic_load(&s->target);
        if (tid > 0 && psk_wake_thread(tid) == 0) {
            atomic_fetch_add(&s->sent, 1);
        }
        sleep_ms(1);
    }
    return NULL;
}

struct later {
    int fd;
    int kind; /* 0: send "late"; 1: connect to addr; 2: accept one on fd */
    psk_addr addr;
};

static void *act_later(void *arg) {
    struct later *l = arg;
    sleep_ms(300);
    if (l->kind == 0) {
        ASSERT_EQ(psk_sendall(l->fd, "late", 4, 0), 4);
    } else if (l->kind == 1) {
        int c = psk_socket(AF_INET, SOCK_STREAM, 0);
        ASSERT_GE(c, 0);
        ASSERT_EQ(psk_connect(c, &l->addr), 0);
        l->fd = c; /* the test closes it */
    } else {
        int c = psk_accept(l->fd, NULL, 0);
        ASSERT_GE(c, 0);
        l->fd = c;
    }
    return NULL;
}

TEST_IMPL(wake_storm) {
    struct storm s;
    atomic_init(&s.target, 0);
    atomic_init(&s.stop, 0);
    atomic_init(&s.sent, 0);
    atomic_store(&s.target, wakeable_thread_id());
    pthread_t storm = start_thread(storm_run, &s);
    char buf[16];

    /* Blocking recv: the data sent 300 ms later, not EINTR. */
    int client, server;
    tcp_pair(&client, &server);
    struct later l = {.fd = server, .kind = 0};
    pthread_t t = start_thread(act_later, &l);
    ASSERT_EQ(psk_recv(client, buf, sizeof buf, 0), 4);
    join_thread(t);

    /* Timed recv and wait: the timeout, neither early nor stretched. */
    int64_t start = now_ns();
    ASSERT_EQ(psk_wait(client, PSK_READABLE, 500 * MS), 0);
    ASSERT_ELAPSED(start, 0.5, 0.6);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 500 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.5, 0.6);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);

    /* Blocking accept: the connection made 300 ms later; then a timed accept times out. */
    psk_addr bound;
    int listener = tcp_listener(&bound);
    l = (struct later){.kind = 1, .addr = bound};
    t = start_thread(act_later, &l);
    int conn = psk_accept(listener, NULL, 0);
    ASSERT_GE(conn, 0);
    join_thread(t);
    ASSERT_EQ(psk_close(conn), 0);
    ASSERT_EQ(psk_close(l.fd), 0);
    ASSERT_EQ(psk_set_nonblocking(listener, 1), 0);
    start = now_ns();
    ASSERT_EQ(psk_accept_timed(listener, NULL, 0, 500 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.5, 0.6);
    ASSERT_EQ(psk_close(listener), 0);

    /* Blocking AF_UNIX connect waiting for backlog room: connected once the listener
     * accepts 300 ms later, never a false success or EINTR. */
    char path[64];
    snprintf(path, sizeof path, "/tmp/psk-storm-%d", (int)getpid());
    unlink(path);
    psk_addr ua = unix_addr(path, (int)strlen(path));
    int ul = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_bind(ul, &ua), 0);
    ASSERT_EQ(psk_listen(ul, 0), 0);
    int queued = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_connect(queued, &ua), 0); /* fills the backlog of 0 (Linux takes one) */
    l = (struct later){.fd = ul, .kind = 2};
    t = start_thread(act_later, &l);
    int uc = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_connect(uc, &ua), 0);
    join_thread(t);
    psk_addr peer;
    ASSERT_EQ(psk_getpeername(uc, &peer), 0);
    ASSERT_EQ(peer.family, AF_UNIX);
    int fds[] = {uc, queued, l.fd, ul};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    unlink(path);

    /* Timed TCP connect to a full backlog: the timeout. */
    psk_addr ta;
    int tl = tcp_listener_backlog(&ta, 0);
    int filler[8];
    int nfill = 0;
    for (; nfill < 8; nfill++) {
        filler[nfill] = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        ASSERT_GE(filler[nfill], 0);
        ASSERT_EQ(psk_connect(filler[nfill], &ta), -EINPROGRESS);
    }
    sleep_ms(100); /* the first handshakes complete and fill the queue */
    int tc = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(tc, 0);
    start = now_ns();
    ASSERT_EQ(psk_connect_timed(tc, &ta, 500 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.5, 0.6);
    ASSERT_EQ(psk_close(tc), 0);
    for (int i = 0; i < nfill; i++) {
        ASSERT_EQ(psk_close(filler[i]), 0);
    }
    ASSERT_EQ(psk_close(tl), 0);

    atomic_store(&s.stop, 1);
    join_thread(storm);
    /* The storm really ran: about one signal per millisecond over ~2.6 s of waits. */
    /* Under an emulator or heavy load (time_slack_s) a signal costs far more: a tenth is still
     * a storm. */
    ASSERT_GT(atomic_load(&s.sent), time_slack_s() > 0 ? 100 : 1000);
    return 0;
}
