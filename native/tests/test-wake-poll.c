/* close's wake-up of a thread waiting in poll (psk_wait, and psk_recv_timed's poll): after
 * psk_preclose and psk_wake_thread the retried poll sees the dead socket at once (hang-up,
 * readable at EOF), and recv_timed returns EOF, long before its 20 s timeout. */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/socket.h>

struct blocked {
    int fd;
    int use_wait;
    int result;
    atomic_llong tid;
    atomic_llong returned_at;
};

static void *poll_blocked(void *arg) {
    struct blocked *b = arg;
    atomic_store(&b->tid, wakeable_thread_id());
    char buf[8];
    b->result = b->use_wait ? psk_wait(b->fd, PSK_READABLE, -1)
                            : psk_recv_timed(b->fd, buf, sizeof buf, 0, 20 * SECONDS);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

static void wake_one(int use_wait) {
    int client, server;
    tcp_pair(&client, &server);
    struct blocked b = {.fd = client, .use_wait = use_wait, .result = -12345};
    atomic_init(&b.tid, 0);
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(poll_blocked, &b);
    sleep_ms(200);
    ASSERT_EQ(atomic_load(&b.returned_at), 0);

    int64_t start = now_ns();
    ASSERT_EQ(psk_preclose(client), 0);
    ASSERT_EQ(psk_wake_thread(atomic_load(&b.tid)), 0);
    join_thread(t);
    if (use_wait) {
        ASSERT_EQ(b.result & PSK_ERROR, PSK_ERROR);
    } else {
        ASSERT_EQ(b.result, 0);
    }
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
}

TEST_IMPL(wake_poll) {
    wake_one(1);
    wake_one(0);
    return 0;
}
